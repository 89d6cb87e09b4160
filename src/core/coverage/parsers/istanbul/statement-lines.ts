import type { Fail } from './entry-failure.js';
import type { JsonRecord } from './json-record.js';
import { readCount } from './read-count.js';
import { readLineNumber } from './read-line-number.js';
import { recordAt } from './record-at.js';
import { startLineOf } from './start-line-of.js';

/**
 * Line hits of one file from its statements (`statementMap` and `s`): a statement counts on its start line, and a
 * line's hits are the LARGEST count among the statements starting on it. Several statements on one line are one
 * coverable line, and `a(); b();` run once is a line hit once, not twice. This is istanbul's own line coverage
 * (`getLineCoverage`), the one its lcov reporter writes. Statements and counts must match one to one: a count
 * without a statement or a statement without a count is corrupt data, refused rather than guessed at.
 */
export function statementLines(file: JsonRecord, fail: Fail): Map<number, number> {
  const statementMap = recordAt(file, 'statementMap', fail);
  const counts = recordAt(file, 's', fail);
  const lines = new Map<number, number>();
  for (const [id, location] of Object.entries(statementMap)) {
    const failHere: Fail = (reason) => fail(`statement "${id}": ${reason}`);
    const line = readLineNumber(startLineOf(location), 'start line', failHere);
    if (!Object.hasOwn(counts, id)) failHere('no count in "s"');
    const count = readCount(counts[id], 'count', failHere);
    const known = lines.get(line);
    if (known === undefined || count > known) lines.set(line, count);
  }
  for (const id of Object.keys(counts)) {
    if (!Object.hasOwn(statementMap, id)) fail(`"s" counts statement "${id}", which "statementMap" lacks`);
  }
  return lines;
}
