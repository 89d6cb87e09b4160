import * as z from 'zod';

// The part of a Jira REST search response (`GET /rest/api/2|3/search`, `/search/jql`) that must hold for the
// file to be read at all: the `issues` array, and each issue's `key` and `fields` object. Fields themselves are
// read one by one, a bad one noted and left unknown (see `jiraJsonFields`).

/** One issue of a search response. */
export const jiraIssueSchema = z.looseObject({
  key: z.string().min(1),
  fields: z.record(z.string(), z.unknown()),
});

/** A search response page. */
export const jiraSearchSchema = z.looseObject({ issues: z.array(jiraIssueSchema) });

/** A validated Jira issue. */
export type JiraIssue = z.infer<typeof jiraIssueSchema>;
