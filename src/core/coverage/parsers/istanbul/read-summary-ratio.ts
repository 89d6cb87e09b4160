import type { Ratio } from '../../../model/coverage.js';
import type { Fail } from './entry-failure.js';
import type { JsonRecord } from './json-record.js';
import { ownValue } from './json-record.js';
import { readCount } from './read-count.js';
import { recordAt } from './record-at.js';

/**
 * The covered and total counts of one metric (`lines`, `branches`) of a summary entry, or `null` when the entry
 * has no such metric. `pct` and `skipped` are not read.
 */
export function readSummaryRatio(entry: JsonRecord, metric: string, fail: Fail): Ratio | null {
  if (ownValue(entry, metric) === undefined) return null;
  const counts = recordAt(entry, metric, fail);
  const failHere: Fail = (reason) => fail(`"${metric}": ${reason}`);
  const total = readCount(ownValue(counts, 'total'), 'total', failHere);
  const covered = readCount(ownValue(counts, 'covered'), 'covered', failHere);
  if (covered > total) failHere(`covered ${covered} is more than total ${total}`);
  return { covered, total };
}
