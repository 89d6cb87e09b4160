import type { TrackerFormat, TrackerReport } from '../../../model/tracked-item.js';
import type { TrackerOptions } from '../../tracker-parser.js';
import { groupProblems } from './group-problems.js';
import type { IssueFacts } from './issue-facts.js';
import { missingFieldWarnings } from './missing-field-warnings.js';
import type { ExpectedField } from './missing-field-warnings.js';
import { trackedIssue } from './tracked-issue.js';

/** One GitHub export, already checked to be a list of objects, and how to read its records. */
export interface IssuesExport<T> {
  source: string;
  format: TrackerFormat;
  options: TrackerOptions;
  /** The records as exported, and as parsed by the lenient schema, in the same order. */
  records: readonly Readonly<Record<string, unknown>>[];
  parsed: readonly T[];
  /** Issue listings hold pull requests too: they are skipped. */
  isPullRequest(record: Readonly<Record<string, unknown>>): boolean;
  expected: readonly ExpectedField[];
  facts(record: Readonly<Record<string, unknown>>, issue: T, absentFromFile: ReadonlySet<string>): IssueFacts;
  /** Warnings about the export as a whole, found while unwrapping it. */
  warnings: readonly string[];
  /** How to export the missing fields, told once after the warnings about them. */
  missingHint?: string;
}

/**
 * The tracker report of a GitHub export: pull requests skipped, each issue mapped, an issue listed twice (a
 * listing that shifted while it was paged) kept once with a warning, problems grouped into one warning each.
 */
export function buildIssuesReport<T>(input: IssuesExport<T>): TrackerReport {
  const { source, records } = input;
  const positions = records.flatMap((record, index) => (input.isPullRequest(record) ? [] : [index]));
  const kept = positions.map((index) => records[index] ?? {});
  const missing = missingFieldWarnings(kept, source, input.expected);
  const issues = positions.flatMap((index) => {
    const record = records[index];
    const parsed = input.parsed[index];
    if (record === undefined || parsed === undefined) return [];
    const facts = input.facts(record, parsed, missing.absent);
    return [trackedIssue(facts, { source, index, line: null }, input.options.labels)];
  });
  const seen = new Map<string, number>();
  const items = issues.flatMap(({ item }) => {
    const count = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, count);
    return count === 1 ? [item] : [];
  });
  const warnings = [...input.warnings, ...missing.warnings];
  if (missing.warnings.length > 0 && input.missingHint) warnings.push(`${source}: ${input.missingHint}`);
  for (const [key, count] of seen) {
    if (count > 1) warnings.push(`${source}: ${key}: listed ${count} times; counted once (the first)`);
  }
  warnings.push(
    ...groupProblems(
      source,
      issues.map(({ item, problems }) => ({ key: item.key, problems })),
    ),
  );
  if (items.length === 0) {
    const pulls = records.length - positions.length;
    const skipped = pulls > 0 ? ` (${pulls} pull request${pulls === 1 ? '' : 's'} skipped)` : '';
    warnings.push(`${source}: no issues found${skipped}`);
  }
  return { source, format: input.format, items, warnings };
}
