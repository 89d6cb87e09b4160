import { branchTotals, coverageTotals, lineTotals, percentOf } from '../../coverage/coverage-totals.js';
import type { FileCoverage, Ratio } from '../../model/coverage.js';
import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import type { CoverageCheck, GateRule } from '../../rules/rules.js';
import { formatPercent } from '../../text/format-percent.js';
import { plural } from '../../text/plural.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, notApplicable, requireFamily } from '../gate-outcome.js';
import { globMatcher, samePath } from '../path-matches.js';
import { selectModules } from '../select-modules.js';
import { unresolvedPaths } from '../unresolved-paths.js';
import { combineResults } from '../combine-results.js';
import { coverageDrop } from './coverage-drop.js';

const ratioOf = (metric: CoverageCheck['metric'], files: Iterable<FileCoverage>): Ratio | null => {
  const totals = coverageTotals(files);
  return metric === 'lines' ? totals.lines : totals.branches;
};

/**
 * Uncovered changed lines collapsed into ranges: two uncovered lines join when no covered line lies between
 * them (blank lines and comments have no coverage record and do not split a range).
 */
function uncoveredRanges(
  uncovered: readonly number[],
  file: FileCoverage,
): { start: number; end: number; count: number }[] {
  const ranges: { start: number; end: number; count: number }[] = [];
  for (const line of [...uncovered].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    let joins = last !== undefined;
    for (let between = (last?.end ?? line) + 1; joins && between < line; between++)
      if ((file.lines.get(between) ?? 0) > 0) joins = false;
    if (last && joins) {
      last.end = line;
      last.count++;
    } else ranges.push({ start: line, end: line, count: 1 });
  }
  return ranges;
}

/** The files with the most uncovered lines, as evidence. */
function weakestFiles(files: Iterable<FileCoverage>, limit = 10): EvidenceItem[] {
  return [...files]
    .map((file) => ({ file, totals: lineTotals(file) }))
    .filter(({ totals }) => totals.covered < totals.total)
    .sort(
      (a, b) =>
        b.totals.total - b.totals.covered - (a.totals.total - a.totals.covered) ||
        a.file.path.localeCompare(b.file.path),
    )
    .slice(0, limit)
    .map(({ file, totals }) => ({
      label: file.path,
      path: file.path,
      why: `${plural(totals.total - totals.covered, 'uncovered line')} (${formatPercent(percentOf(totals))} of ${totals.total} covered)`,
    }));
}

/** A coverage check with a minimum. */
type MinCheck = CoverageCheck & { min: number };

/** `; start with a.ts, b.ts` naming the files with the most uncovered lines. */
function weakestHint(files: Iterable<FileCoverage>): string {
  const names = weakestFiles(files, 3).map((item) => item.label);
  return names.length ? `; start with ${names.join(', ')}` : '';
}

function wholeRepository(
  gate: GateRule,
  check: MinCheck,
  files: FileCoverage[],
  threshold: string,
): GateResult {
  const ratio = ratioOf(check.metric, files);
  if (!ratio) return missingInput(gate, threshold, 'the coverage reports carry no branch data');
  const percent = percentOf(ratio);
  if (percent === null)
    return missingInput(gate, threshold, `the coverage reports have no coverable ${check.metric}`);
  const passed = percent >= check.min;
  return measuredResult(gate, passed, {
    measured: formatPercent(percent),
    threshold,
    value: percent,
    summary: `${ratio.covered} of ${plural(ratio.total, check.metric === 'lines' ? 'coverable line' : 'branch', check.metric === 'lines' ? 'coverable lines' : 'branches')} covered`,
    evidence: weakestFiles(files),
    action: `Raise ${check.metric === 'lines' ? 'line' : 'branch'} coverage from ${formatPercent(percent)} to ${formatPercent(check.min)}: cover ${plural(Math.ceil((check.min * ratio.total) / 100 - ratio.covered), check.metric === 'lines' ? 'more line' : 'more branch', check.metric === 'lines' ? 'more lines' : 'more branches')}${weakestHint(files)}.`,
  });
}

function byModule(gate: GateRule, check: MinCheck, context: GateContext, threshold: string): GateResult {
  const selected = selectModules(check.modules, context.rules);
  if (selected.length === 0)
    return notApplicable(gate, threshold, 'no module is marked critical in the rules');
  // Only files that resolved to repository paths can belong to a module.
  const files = [...context.coverage.values()].filter((file) => file.resolved !== false);
  const evidence: EvidenceItem[] = [];
  let worst: number | null = null;
  const parts: string[] = [];
  for (const name of selected) {
    const module = context.rules.modules[name];
    if (!module) continue;
    const matches = globMatcher(module.paths);
    const moduleFiles = files.filter((file) => matches(file.path));
    const ratio = ratioOf(check.metric, moduleFiles);
    const percent = ratio ? percentOf(ratio) : null;
    if (percent === null) {
      evidence.push({
        label: `module ${name}`,
        why: `no coverable ${check.metric} in files matching ${module.paths.join(', ')}`,
      });
      worst = 0;
      parts.push(`${name} n/a`);
      continue;
    }
    parts.push(`${name} ${formatPercent(percent)}`);
    worst = worst === null ? percent : Math.min(worst, percent);
    if (percent < check.min) {
      evidence.push({
        label: `module ${name}`,
        why: `${formatPercent(percent)} < ${formatPercent(check.min)}`,
      });
      evidence.push(...weakestFiles(moduleFiles, 5));
    }
  }
  const failed = evidence.length > 0;
  return measuredResult(gate, !failed, {
    measured: worst === null ? 'n/a' : `${formatPercent(worst)} (lowest)`,
    threshold,
    value: worst,
    summary: parts.join(', '),
    evidence,
    action: `Raise coverage of ${evidence
      .filter((item) => item.label.startsWith('module '))
      .map((item) => item.label)
      .join(', ')} to ${formatPercent(check.min)}.`,
  });
}

function patch(gate: GateRule, check: MinCheck, context: GateContext, threshold: string): GateResult {
  const diff = context.bundle.diff;
  if (!diff)
    return notApplicable(gate, threshold, 'patch coverage needs a diff (--diff FILE, or a pull request)');
  const totalsOnly = context.bundle.coverage.reports.filter((report) => report.totalsOnly);
  if (totalsOnly.length === context.bundle.coverage.reports.length) {
    return missingInput(
      gate,
      threshold,
      `${totalsOnly.map((report) => report.source).join(', ')}: per-file totals only (Istanbul coverage-summary.json); patch coverage needs line records`,
    );
  }
  const ratio: Ratio = { covered: 0, total: 0 };
  const evidence: EvidenceItem[] = [];
  const withoutData: string[] = [];
  for (const [path, changed] of diff) {
    const file = [...context.coverage.values()].find(
      (candidate) => candidate.resolved !== false && samePath(candidate.path, path),
    );
    if (!file) {
      withoutData.push(path);
      continue;
    }
    const uncovered: number[] = [];
    for (const line of changed) {
      const hits = file.lines.get(line);
      if (hits === undefined) continue;
      ratio.total++;
      if (hits > 0) ratio.covered++;
      else uncovered.push(line);
    }
    for (const range of uncoveredRanges(uncovered, file)) {
      const lines = range.end === range.start ? `line ${range.start}` : `lines ${range.start}–${range.end}`;
      evidence.push({
        label: `${path}:${range.start}${range.end === range.start ? '' : `-${range.end}`}`,
        path,
        line: range.start,
        endLine: range.end,
        why: `${plural(range.count, 'changed line')} not covered (${lines})`,
      });
    }
  }
  const notes = withoutData.length ? [`changed files without coverage data: ${withoutData.join(', ')}`] : [];
  if (ratio.total < check.minChangedLines) {
    return notApplicable(
      gate,
      threshold,
      `not enough changed lines: ${ratio.total} coverable changed (minimum ${check.minChangedLines})`,
      notes,
    );
  }
  const percent = percentOf(ratio) ?? 0;
  return measuredResult(gate, percent >= check.min, {
    measured: formatPercent(percent),
    threshold,
    value: percent,
    summary: `${ratio.covered} of ${plural(ratio.total, 'changed coverable line')} covered`,
    evidence,
    notes,
    action: `Add tests for the changed lines that are not covered (${formatPercent(percent)} of changed lines covered, ${formatPercent(check.min)} needed).`,
  });
}

/** Coverage gate: overall, per module, or on the lines a diff changes. */
/** `≥ 70 %`, `drop ≤ 1 pt`, or both. */
function thresholdOf(check: CoverageCheck): string {
  return [
    check.min !== null ? `≥ ${formatPercent(check.min)}` : null,
    check.maxDrop !== null ? `drop ≤ ${check.maxDrop} pt` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Coverage gate: overall, per module, or on the lines a diff changes; and/or the drop against a base report. */
export function coverageGate(gate: GateRule, check: CoverageCheck, context: GateContext): GateResult {
  const threshold = thresholdOf(check);
  const missing = requireFamily(gate, threshold, context.bundle.coverage, 'coverage');
  if (missing) return missing;
  const files = [...context.coverage.values()];
  if (files.length === 0) return missingInput(gate, threshold, 'the coverage reports list no files');
  if (check.metric === 'branches' && files.every((file) => branchTotals(file) === null)) {
    return missingInput(gate, threshold, 'the coverage reports carry no branch data');
  }
  const paths = unresolvedPaths(context);
  if (paths.failure) return missingInput(gate, threshold, paths.failure);
  const results: GateResult[] = [];
  if (check.min !== null) {
    const withMin: MinCheck = { ...check, min: check.min };
    results.push(
      check.scope === 'patch'
        ? patch(gate, withMin, context, threshold)
        : check.modules !== null
          ? byModule(gate, withMin, context, threshold)
          : wholeRepository(gate, withMin, files, threshold),
    );
  }
  if (check.maxDrop !== null) results.push(coverageDrop(gate, check, check.maxDrop, context, threshold));
  const result = combineResults(results);
  return paths.note ? { ...result, notes: [...result.notes, paths.note] } : result;
}
