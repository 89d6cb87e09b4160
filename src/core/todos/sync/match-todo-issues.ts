import type { ScannedTodo } from '../../model/todo.js';
import type { MarkedIssue } from './marked-issue.js';
import { tokenDice } from './token-dice.js';
import { byPlace } from '../by-place.js';

/** How a TODO of this scan was recognised in an issue. */
export type TodoMatchKind = 'same' | 'moved' | 'edited';

/** A TODO and the issue that tracks it. */
export interface TodoIssueMatch {
  todo: ScannedTodo;
  issue: MarkedIssue;
  /** `same`: fingerprint and path; `moved`: fingerprint, from a path that no longer has it; `edited`: same file. */
  how: TodoMatchKind;
}

/** The TODOs and issues paired, and what is left on each side. */
export interface TodoIssueMatching {
  matches: TodoIssueMatch[];
  /** TODOs no issue tracks, by path then line. */
  unmatchedTodos: ScannedTodo[];
  /** Issues whose TODO is gone, by number. */
  unmatchedIssues: MarkedIssue[];
  /** Further issues for a TODO that already has one (two runs at once, or an issue copied by hand), by number. */
  duplicates: { issue: MarkedIssue; of: MarkedIssue }[];
}

/** Texts at least this alike (token Dice) are the same TODO, edited. */
export const EDITED_MIN_SIMILARITY = 0.5;
/** Failing that, an open issue's TODO and a TODO of the same keyword at most this many lines apart. */
export const EDITED_MAX_LINE_DRIFT = 3;

const key = (fingerprint: string, path: string) => `${fingerprint}\u0000${path}`;
// Open issues first (the one people look at), then the oldest.
const byPreference = (a: MarkedIssue, b: MarkedIssue) =>
  Number(a.issue.state !== 'open') - Number(b.issue.state !== 'open') || a.issue.number - b.issue.number;

/** The TODO's text as the issue's title holds it: the title without its `KEYWORD: ` prefix. */
function issueText(issue: MarkedIssue): string {
  const prefix = `${issue.marker.keyword}:`;
  const title = issue.issue.title.trim();
  return title.toLowerCase().startsWith(prefix.toLowerCase()) ? title.slice(prefix.length) : title;
}

/**
 * Pairs the TODOs of a scan with the issues gonogo opened for them, in a cascade where each step sees only what
 * the steps before left unpaired:
 * 1. same fingerprint and path: the same TODO, maybe on another line (further issues with that key are
 *    duplicates);
 * 2. same fingerprint, another path, and the issue's path no longer has that fingerprint anywhere in `scanned`:
 *    the TODO moved (a copy, its original still in place, is a new TODO);
 * 3. same path, text edited: an issue and a TODO of one file whose texts are alike (token Dice ≥ 0.5, most alike
 *    first), or failing that an open issue and a TODO of the same keyword within 3 lines (nearest first).
 * Deterministic: TODOs are taken by path then line, issues open first then by number. Pure.
 *
 * @param todos the TODOs to track (not those that refer to an issue of their own)
 * @param issues the marked issues, open and closed
 * @param scanned every TODO the scan found, for step 2's "no longer has it" (`todos` when not given)
 */
export function matchTodoIssues(
  todos: readonly ScannedTodo[],
  issues: readonly MarkedIssue[],
  scanned: readonly ScannedTodo[] = todos,
): TodoIssueMatching {
  const pendingTodos = [...todos].sort(byPlace);
  const pendingIssues = [...issues].sort(byPreference);
  const matches: TodoIssueMatch[] = [];
  const duplicates: TodoIssueMatching['duplicates'] = [];
  const pair = (todo: ScannedTodo, issue: MarkedIssue, how: TodoMatchKind) => {
    matches.push({ todo, issue, how });
    pendingTodos.splice(pendingTodos.indexOf(todo), 1);
    pendingIssues.splice(pendingIssues.indexOf(issue), 1);
  };

  // 1. Same fingerprint, same path.
  for (const todo of [...pendingTodos]) {
    const same = pendingIssues.filter(
      (issue) => issue.marker.fingerprint === todo.fingerprint && issue.marker.path === todo.path,
    );
    const [first, ...others] = same;
    if (!first) continue;
    pair(todo, first, 'same');
    for (const other of others) {
      duplicates.push({ issue: other, of: first });
      pendingIssues.splice(pendingIssues.indexOf(other), 1);
    }
  }

  // 2. Same fingerprint, moved from a path that no longer has it.
  const present = new Set(scanned.map((todo) => key(todo.fingerprint, todo.path)));
  for (const todo of [...pendingTodos]) {
    const moved = pendingIssues.find(
      (issue) =>
        issue.marker.fingerprint === todo.fingerprint &&
        issue.marker.path !== todo.path &&
        !present.has(key(issue.marker.fingerprint, issue.marker.path)),
    );
    if (moved) pair(todo, moved, 'moved');
  }

  // 3. Same path, text edited: most alike first, then nearest.
  const candidates = pendingIssues.flatMap((issue) =>
    pendingTodos
      .filter((todo) => todo.path === issue.marker.path)
      .map((todo) => ({
        issue,
        todo,
        similarity: tokenDice(issueText(issue), todo.text),
        drift: Math.abs(todo.line - issue.marker.line),
      })),
  );
  const taken = (candidate: (typeof candidates)[number]) =>
    !pendingIssues.includes(candidate.issue) || !pendingTodos.includes(candidate.todo);
  const tieBreak = (a: (typeof candidates)[number], b: (typeof candidates)[number]) =>
    a.drift - b.drift || a.issue.issue.number - b.issue.issue.number || byPlace(a.todo, b.todo);
  const alike = candidates
    .filter((candidate) => candidate.similarity >= EDITED_MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || tieBreak(a, b));
  for (const candidate of alike) if (!taken(candidate)) pair(candidate.todo, candidate.issue, 'edited');
  const near = candidates
    .filter(
      (candidate) =>
        candidate.issue.issue.state === 'open' &&
        candidate.drift <= EDITED_MAX_LINE_DRIFT &&
        candidate.todo.keyword.toLowerCase() === candidate.issue.marker.keyword.toLowerCase(),
    )
    .sort(tieBreak);
  for (const candidate of near) if (!taken(candidate)) pair(candidate.todo, candidate.issue, 'edited');

  return {
    matches,
    unmatchedTodos: pendingTodos,
    unmatchedIssues: [...pendingIssues].sort((a, b) => a.issue.number - b.issue.number),
    duplicates: duplicates.sort((a, b) => a.issue.issue.number - b.issue.issue.number),
  };
}
