import * as z from 'zod';
import { lenient } from '../../../sast/parsers/lenient.js';

const count = z.number().int().nonnegative();
const named = z.looseObject({ name: z.string() });
const user = z.looseObject({ login: z.string() });
/** A linked issue as gh writes it (`parent`, `blockedBy` nodes). */
const linked = z.looseObject({
  number: lenient(z.number().int().positive()),
  state: lenient(z.string()),
  url: lenient(z.string()),
  repository: lenient(z.looseObject({ nameWithOwner: z.string() })),
});

/**
 * An issue as `gh issue list --json …` / `gh issue view --json …` writes it: GraphQL names in camelCase, enums in
 * capitals (`OPEN`, `NOT_PLANNED`), connections flattened to arrays (labels, assignees), milestone
 * `{number,title,description,dueOn}`. gh writes only the fields asked for, so every field may be absent; each is
 * lenient, dropped (and noted) when of the wrong shape.
 */
export const ghIssueSchema = z.looseObject({
  number: lenient(z.number().int().positive()),
  title: lenient(z.string()),
  state: lenient(z.string()),
  closed: lenient(z.boolean()),
  stateReason: lenient(z.string().nullable()),
  labels: lenient(z.array(named.nullable().catch(null))),
  assignees: lenient(z.array(user.nullable().catch(null))),
  milestone: lenient(
    z.looseObject({ title: lenient(z.string()), dueOn: lenient(z.string().nullable()) }).nullable(),
  ),
  createdAt: lenient(z.string().nullable()),
  updatedAt: lenient(z.string().nullable()),
  body: lenient(z.string().nullable()),
  url: lenient(z.string()),
  parent: lenient(linked.nullable()),
  subIssuesSummary: lenient(z.looseObject({ total: count, completed: count }).nullable()),
  // gh has written `blockedBy` both as the bare node list and as the connection `{nodes, totalCount}`.
  blockedBy: lenient(z.union([z.array(linked), z.looseObject({ nodes: z.array(linked) })]).nullable()),
  projectItems: lenient(
    z.array(
      z
        .looseObject({ status: lenient(named.nullable()) })
        .nullable()
        .catch(null),
    ),
  ),
});

/** One parsed gh issue. */
export type GhIssue = z.output<typeof ghIssueSchema>;

/** The fields of a gh issue gonogo reads, for notes on the ones dropped. */
export const GH_ISSUE_FIELDS: readonly string[] = Object.keys(ghIssueSchema.shape);
