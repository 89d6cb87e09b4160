import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';
import { LineHits } from '../../src/core/model/line-hits.js';
import type { EvidenceBundle, FamilyInput } from '../../src/core/model/evidence-bundle.js';
import type { Finding, SastReport } from '../../src/core/model/finding.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { resolveRules } from '../../src/core/rules/resolve-rules.js';
import type { Rules } from '../../src/core/rules/rules.js';
import type { RulesLoader } from '../../src/core/rules/rules-source.js';
import { fileRulesLoader } from '../../src/cli/file-rules-loader.js';

/** Rules from YAML text, with presets read from the real rules/ folder. */
export function rulesFrom(yaml: string): Rules {
  const presets = fileRulesLoader(process.cwd());
  const loader: RulesLoader = (ref, from) =>
    from === null ? { id: 'memory', name: 'rules.yml', text: yaml } : presets(ref, from);
  return resolveRules('rules.yml', loader);
}

/** A file with `covered` covered lines then `uncovered` uncovered ones. */
export function file(
  path: string,
  covered: number,
  uncovered: number,
  branches: FileCoverage['branches'] = null,
): FileCoverage {
  const lines = new LineHits();
  for (let line = 1; line <= covered + uncovered; line++) lines.set(line, line <= covered ? 1 : 0);
  return { path, lines, branches };
}

export function coverageReport(...files: FileCoverage[]): CoverageReport {
  return { source: 'coverage.xml', format: 'cobertura', sourceRoots: [], files };
}

let findingCount = 0;

export function finding(overrides: Partial<Finding> = {}): Finding {
  findingCount++;
  return {
    tool: 'CodeQL',
    ruleId: 'js/xss',
    severity: 'high',
    path: 'src/a.ts',
    line: 12,
    endLine: 12,
    message: 'Cross-site scripting',
    fingerprint: `fp-${findingCount}`,
    suppressed: false,
    baselineState: null,
    runComplete: true,
    confidence: null,
    cwes: [],
    identity: `message:finding ${findingCount}`,
    run: 0,
    ...overrides,
  };
}

export function sastReport(findings: Finding[], complete = true): SastReport {
  return {
    source: 'scan.sarif',
    format: 'sarif',
    runs: [
      {
        tool: 'CodeQL',
        format: 'sarif',
        complete,
        incompleteReason: complete ? null : 'invocation reported executionSuccessful: false',
      },
    ],
    findings,
  };
}

export function item(overrides: Partial<TrackedItem> = {}): TrackedItem {
  return {
    key: 'PROJ-1',
    title: 'Something to do',
    url: null,
    state: 'open',
    status: 'todo',
    priority: null,
    severity: null,
    labels: [],
    module: null,
    assignees: [],
    due: null,
    created: null,
    parent: null,
    body: null,
    stateReason: null,
    progress: null,
    rawPriority: null,
    blocking: false,
    updated: null,
    section: [],
    source: { file: 'issues.json', line: null, kind: 'tracker' },
    ...overrides,
  };
}

export function checklistItem(
  title: string,
  status: TrackedItem['status'],
  section: string[],
  line = 1,
): TrackedItem {
  return item({
    key: `READY.md#L${line}`,
    title,
    status,
    state: status === 'done' || status === 'dropped' ? 'closed' : 'open',
    section,
    source: { file: 'READY.md', line, kind: 'checklist' },
  });
}

export function trackerReport(items: TrackedItem[], source = 'READY.md'): TrackerReport {
  return { source, format: 'markdown', items, warnings: [] };
}

const absent = <T>(): FamilyInput<T> => ({ configured: false, requested: [], reports: [], problems: [] });
export const given = <T>(...reports: T[]): FamilyInput<T> => ({
  configured: true,
  requested: ['given'],
  reports,
  problems: [],
});
export const missing = <T>(problem: string): FamilyInput<T> => ({
  configured: true,
  requested: ['x'],
  reports: [],
  problems: [problem],
});

/** A bundle where only the families passed are configured. */
export function bundle(parts: Partial<EvidenceBundle> = {}): EvidenceBundle {
  return {
    coverage: absent(),
    baseCoverage: absent(),
    baseSast: absent(),
    sast: absent(),
    trackers: absent(),
    todos: absent(),
    baselineFingerprints: null,
    diff: null,
    repository: { files: null, goModule: null },
    ...parts,
  };
}
