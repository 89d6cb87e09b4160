import * as z from 'zod';
import { lenient } from '../../../sast/parsers/lenient.js';

const count = z.number().int().nonnegative();
const user = z.looseObject({ login: z.string() });
/** REST labels are objects; some dumps and `POST` bodies carry plain names. */
const label = z.union([z.string(), z.looseObject({ name: z.string() })]);

/**
 * A REST issue (`GET /repos/{owner}/{repo}/issues`), as much of it as gonogo reads. Every field is lenient: a
 * field of the wrong shape is dropped (and noted), never the whole issue. Field names and shapes follow GitHub's
 * OpenAPI description (`components.schemas.issue` in `@octokit/openapi-types`).
 */
export const restIssueSchema = z.looseObject({
  number: lenient(z.number().int().positive()),
  title: lenient(z.string()),
  state: lenient(z.string()),
  state_reason: lenient(z.string().nullable()),
  labels: lenient(z.array(label.nullable().catch(null))),
  assignees: lenient(z.array(user.nullable().catch(null)).nullable()),
  assignee: lenient(user.nullable()),
  milestone: lenient(
    z.looseObject({ title: lenient(z.string()), due_on: lenient(z.string().nullable()) }).nullable(),
  ),
  created_at: lenient(z.string().nullable()),
  updated_at: lenient(z.string().nullable()),
  body: lenient(z.string().nullable()),
  html_url: lenient(z.string()),
  repository_url: lenient(z.string()),
  parent_issue_url: lenient(z.string().nullable()),
  sub_issues_summary: lenient(z.looseObject({ total: count, completed: count }).nullable()),
  issue_dependencies_summary: lenient(z.looseObject({ blocked_by: count }).nullable()),
});

/** One parsed REST issue. */
export type RestIssue = z.output<typeof restIssueSchema>;

/** The fields of a REST issue gonogo reads, for notes on the ones dropped. */
export const REST_ISSUE_FIELDS: readonly string[] = Object.keys(restIssueSchema.shape);
