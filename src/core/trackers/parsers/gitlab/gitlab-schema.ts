import * as z from 'zod';

// The part of a GitLab issue that must hold for a file to be read at all: its project-scoped `iid`, which is its
// key. Every other field is read one by one, a bad one noted and left unknown.

/** One issue of the REST API (`GET /projects/:id/issues`) or of a project export (`issues.ndjson`). */
export const gitlabIssueSchema = z.looseObject({ iid: z.number().int().positive() });

/** A `GET /projects/:id/issues` response. */
export const gitlabIssuesSchema = z.array(gitlabIssueSchema);

/** A validated GitLab issue. */
export type GitlabIssue = z.infer<typeof gitlabIssueSchema>;
