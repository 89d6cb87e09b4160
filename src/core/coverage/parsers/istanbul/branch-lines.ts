import type { BranchCount } from '../../../model/coverage.js';
import type { Fail } from './entry-failure.js';
import type { JsonRecord } from './json-record.js';
import { isJsonRecord, ownValue, showJsonValue } from './json-record.js';
import { readCount } from './read-count.js';
import { readLineNumber } from './read-line-number.js';
import { recordAt } from './record-at.js';
import { startLineOf } from './start-line-of.js';

/** The line a branch counts on: its `loc` start, else its `line`, else the start of its first location. */
function branchLine(branch: JsonRecord): unknown {
  const fromLoc = startLineOf(ownValue(branch, 'loc'));
  if (fromLoc !== undefined) return fromLoc;
  if (Object.hasOwn(branch, 'line')) return branch.line;
  const locations = ownValue(branch, 'locations');
  return Array.isArray(locations) ? startLineOf(locations[0]) : undefined;
}

/**
 * Branch counts per line of one file (`branchMap` and `b`): every arm of a branch (`b[id]` holds one count per
 * arm) is one branch on the branch's line, covered when its count is above 0. Several branches on one line add
 * up. A file without `branchMap` and `b` has no branches. Lines whose branches have no arms are left out.
 */
export function branchLines(file: JsonRecord, fail: Fail): Map<number, BranchCount> {
  const branchMap = recordAt(file, 'branchMap', fail, true);
  const counts = recordAt(file, 'b', fail, true);
  const lines = new Map<number, BranchCount>();
  for (const [id, branch] of Object.entries(branchMap)) {
    const failHere: Fail = (reason) => fail(`branch "${id}": ${reason}`);
    if (!isJsonRecord(branch)) failHere(`expected an object, found ${showJsonValue(branch)}`);
    const line = readLineNumber(branchLine(branch), 'line', failHere);
    const arms = ownValue(counts, id);
    if (arms === undefined) failHere('no counts in "b"');
    if (!Array.isArray(arms)) failHere(`counts ${showJsonValue(arms)} are not an array`);
    let covered = 0;
    for (const [arm, count] of arms.entries()) {
      if (readCount(count, `arm ${arm} count`, failHere) > 0) covered++;
    }
    if (arms.length === 0) continue;
    const known = lines.get(line) ?? { covered: 0, total: 0 };
    lines.set(line, { covered: known.covered + covered, total: known.total + arms.length });
  }
  for (const id of Object.keys(counts)) {
    if (!Object.hasOwn(branchMap, id)) fail(`"b" counts branch "${id}", which "branchMap" lacks`);
  }
  return lines;
}
