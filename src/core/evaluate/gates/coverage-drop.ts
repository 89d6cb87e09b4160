import { branchTotals, coverageTotals, lineTotals, percentOf } from '../../coverage/coverage-totals.js';
import type { FileCoverage, Ratio } from '../../model/coverage.js';
import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import type { CoverageCheck, GateRule } from '../../rules/rules.js';
import { formatPercent } from '../../text/format-percent.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, notApplicable } from '../gate-outcome.js';

const totalsOf = (metric: CoverageCheck['metric'], file: FileCoverage): Ratio | null =>
  metric === 'lines' ? lineTotals(file) : branchTotals(file);

/** Percentage points, signed, one decimal: `-1.2 pt`, `+0.4 pt`. */
function points(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(1)} pt`;
}

/** The files whose coverage fell most against the base, as evidence. */
function fileDeltas(
  metric: CoverageCheck['metric'],
  current: Map<string, FileCoverage>,
  base: Map<string, FileCoverage>,
): EvidenceItem[] {
  const deltas: { path: string; delta: number; before: number; after: number }[] = [];
  for (const [path, file] of current) {
    const before = base.get(path);
    const now = totalsOf(metric, file);
    const then = before ? totalsOf(metric, before) : null;
    const after = now ? percentOf(now) : null;
    const previous = then ? percentOf(then) : null;
    if (after === null || previous === null || after >= previous) continue;
    deltas.push({ path, delta: after - previous, before: previous, after });
  }
  return deltas
    .sort((a, b) => a.delta - b.delta || a.path.localeCompare(b.path))
    .slice(0, 10)
    .map(({ path, delta, before, after }) => ({
      label: path,
      path,
      why: `${points(delta)} (${formatPercent(before)} → ${formatPercent(after)})`,
    }));
}

/** Coverage drop: overall coverage may fall at most `maxDrop` percentage points below the base report's. */
export function coverageDrop(
  gate: GateRule,
  check: CoverageCheck,
  maxDrop: number,
  context: GateContext,
  threshold: string,
): GateResult {
  if (context.baseCoverage === null) {
    return notApplicable(
      gate,
      threshold,
      'coverage drop needs a base report (--base-coverage FILE); none was given',
    );
  }
  const pick = (files: Map<string, FileCoverage>) => {
    const totals = coverageTotals(files.values());
    return check.metric === 'lines' ? totals.lines : totals.branches;
  };
  const base = pick(context.baseCoverage);
  const current = pick(context.coverage);
  const before = base ? percentOf(base) : null;
  const after = current ? percentOf(current) : null;
  if (before === null)
    return missingInput(gate, threshold, `the base coverage report has no coverable ${check.metric}`);
  if (after === null)
    return missingInput(gate, threshold, `the coverage reports have no coverable ${check.metric}`);
  const delta = after - before;
  const drop = Math.max(0, -delta);
  return measuredResult(gate, drop <= maxDrop + 1e-9, {
    measured: points(delta),
    threshold,
    value: delta,
    summary: `${check.metric === 'lines' ? 'line' : 'branch'} coverage ${formatPercent(before)} → ${formatPercent(after)} against the base`,
    evidence: fileDeltas(check.metric, context.coverage, context.baseCoverage),
    action: `Bring ${check.metric === 'lines' ? 'line' : 'branch'} coverage back within ${maxDrop} pt of the base (${formatPercent(before)}): it fell ${points(delta)}.`,
  });
}
