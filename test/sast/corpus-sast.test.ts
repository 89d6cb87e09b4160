import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { Severity } from '../../src/core/model/severity.js';
import { parseSast } from '../../src/core/sast/parse-sast.js';
import { summarizeFindings } from '../../src/core/sast/summarize-findings.js';
import { corpusNames, hasCorpus, manifestNotes, noticeIfNoCorpus, readCorpus } from '../support/corpus.js';

noticeIfNoCorpus('SAST');

const read = readCorpus;
const filesOf = corpusNames;

// ---- An independent reference walk over the raw JSON, with the published rules ----------------------------

/** `value.a[0].b` without types: `undefined` as soon as a step is missing. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** GitHub's published security-severity bands; `null` when the value is not a score or a severity word. */
function bandOf(value: unknown): Severity | null {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (['critical', 'high', 'medium', 'low'].includes(text)) return text as Severity;
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const score = Number(text);
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'info';
}
const LEVELS: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };

function ruleOf(run: unknown, result: unknown): unknown {
  const extensions = list(at(run, 'tool', 'extensions'));
  const driver = at(run, 'tool', 'driver');
  const ruleIndex = at(result, 'rule', 'index');
  if (typeof ruleIndex === 'number') {
    const componentIndex = at(result, 'rule', 'toolComponent', 'index');
    const component = typeof componentIndex === 'number' ? extensions[componentIndex] : driver;
    const rule = list(at(component, 'rules'))[ruleIndex];
    if (rule) return rule;
  }
  const index = at(result, 'ruleIndex');
  if (typeof index === 'number' && list(at(driver, 'rules'))[index]) return list(at(driver, 'rules'))[index];
  const id = at(result, 'ruleId') ?? at(result, 'rule', 'id');
  return [driver, ...extensions]
    .flatMap((component) => list(at(component, 'rules')))
    .find((r) => at(r, 'id') === id);
}

interface Expected {
  findings: number;
  open: Record<Severity, number>;
  suppressed: number;
  incompleteTools: string[];
}

function referenceCounts(log: unknown): Expected {
  const expected: Expected = {
    findings: 0,
    open: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    suppressed: 0,
    incompleteTools: [],
  };
  for (const run of list(at(log, 'runs'))) {
    const notifications = list(at(run, 'invocations')).flatMap((invocation) => [
      ...list(at(invocation, 'toolExecutionNotifications')),
      ...list(at(invocation, 'toolConfigurationNotifications')),
    ]);
    const failed = list(at(run, 'invocations')).some(
      (invocation) => at(invocation, 'executionSuccessful') === false,
    );
    if (
      failed ||
      notifications.some((n) => at(n, 'level') === 'error') ||
      !Array.isArray(at(run, 'results'))
    ) {
      expected.incompleteTools.push(String(at(run, 'tool', 'driver', 'name')));
    }
    for (const result of list(at(run, 'results'))) {
      if ((at(result, 'kind') ?? 'fail') !== 'fail') continue;
      expected.findings++;
      const rule = ruleOf(run, result);
      const suppressions = list(at(result, 'suppressions'));
      const suppressed =
        suppressions.length > 0 &&
        suppressions.every((s) => !['rejected', 'underReview'].includes(String(at(s, 'status'))));
      if (suppressed) expected.suppressed++;
      if (suppressed || at(result, 'baselineState') === 'absent') continue;
      const level = at(result, 'level') ?? at(rule, 'defaultConfiguration', 'level') ?? 'warning';
      const severity =
        bandOf(at(result, 'properties', 'security-severity')) ??
        bandOf(at(rule, 'properties', 'security-severity')) ??
        LEVELS[String(level)];
      if (severity) expected.open[severity]++;
    }
  }
  return expected;
}

// ---- SARIF ---------------------------------------------------------------------------------------------------

describe.skipIf(!hasCorpus)('SAST corpus: SARIF files', () => {
  const notes = manifestNotes();
  const files = filesOf('sarif');
  const raw = (name: string): unknown => JSON.parse(read(`sarif/${name}`).replace(/^\uFEFF/, ''));
  const unsupported = files.filter((name) => at(raw(name), 'version') !== '2.1.0');

  it('holds exactly one file of another SARIF version: the 2.0.0 pre-release, refused by version', () => {
    expect(unsupported).toEqual(['sdk-pylint-sarif2.0.0.sarif']);
    expect(() => parseSast(read('sarif/sdk-pylint-sarif2.0.0.sarif'), 'sdk-pylint-sarif2.0.0.sarif')).toThrow(
      new InputError('sdk-pylint-sarif2.0.0.sarif', 'unsupported SARIF version 2.0.0 (supported: 2.1.0)'),
    );
  });

  for (const name of files.filter((file) => !unsupported.includes(file))) {
    const note = notes.get(`sarif/${name}`) ?? '';

    it(`${name}: findings and open counts per severity match the raw records`, () => {
      const report = parseSast(read(`sarif/${name}`), name);
      const expected = referenceCounts(raw(name));
      const summary = summarizeFindings(report.findings);

      expect(report.findings.length).toBe(expected.findings);
      expect(summary.open).toEqual(expected.open);
      expect(summary.suppressed).toBe(expected.suppressed);
      expect(report.runs.length).toBe(list(at(raw(name), 'runs')).length);
      expect(report.runs.filter((run) => !run.complete).map((run) => run.tool)).toEqual(
        expected.incompleteTools,
      );

      // The manifest's own counts, written by whoever collected the file.
      const results = /(\d+) results/.exec(note);
      if (results) expect(report.findings.length).toBe(Number(results[1]));
      const suppressions = /(\d+) suppressions/.exec(note);
      if (suppressions) expect(summary.suppressed).toBe(Number(suppressions[1]));
    });

    it(`${name}: every finding is usable as shown to a user`, () => {
      const report = parseSast(read(`sarif/${name}`), name);
      const fingerprints = new Set(report.findings.map((finding) => finding.fingerprint));
      expect(fingerprints.size).toBe(report.findings.length);
      for (const finding of report.findings) {
        expect(finding.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
        expect(finding.message.trim()).not.toBe('');
        if (finding.path !== null) expect(finding.path).not.toMatch(/\\|^\.\//);
        if (finding.line !== null) expect(finding.endLine ?? 0).toBeGreaterThanOrEqual(finding.line);
        const run = report.runs.find((candidate) => candidate.tool === finding.tool);
        expect(finding.runComplete).toBe(run?.complete);
      }
    });
  }

  it('dd-no-runs.sarif: an empty runs array is a report with no runs', () => {
    expect(parseSast(read('sarif/dd-no-runs.sarif'), 'dd-no-runs.sarif').runs).toEqual([]);
  });

  it('dd-spotbugs.sarif: rules of a plugin extension, and a run that did not complete', () => {
    const report = parseSast(read('sarif/dd-spotbugs.sarif'), 'dd-spotbugs.sarif');
    expect(report.runs[0]?.complete).toBe(false);
    expect(report.runs[0]?.incompleteReason).toMatch(
      /^invocation reported executionSuccessful: false; tool configuration error: Classes needed/,
    );
    expect(report.findings[0]).toMatchObject({
      ruleId: 'DMI_HARDCODED_ABSOLUTE_FILENAME',
      message: 'Hard coded reference to an absolute pathname in Boot.main(String[]).',
      path: 'Boot.java',
      line: 23,
    });
  });

  it('dd-appendix-k4.sarif: chained uriBaseIds, messageStrings, an accepted suppression', () => {
    const report = parseSast(read('sarif/dd-appendix-k4.sarif'), 'dd-appendix-k4.sarif');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      path: 'src/collections/list.h',
      line: 15,
      severity: 'high',
      suppressed: true,
      baselineState: 'unchanged',
      message: 'Variable "ptr" was used without being initialized.\nIt was declared [here](0).',
    });
    expect(report.runs[0]?.incompleteReason).toMatch(
      /^tool execution error: Exception evaluating rule "C2001"/,
    );
  });

  it('sdk-baseline-newresults.sarif: baselineState copied from every result', () => {
    const report = parseSast(read('sarif/sdk-baseline-newresults.sarif'), 'sdk-baseline-newresults.sarif');
    const states = new Set(report.findings.map((finding) => finding.baselineState));
    // The manifest mentions absent results; this file holds only new and unchanged ones.
    expect(states).toEqual(new Set(['new', 'unchanged']));
  });
});

// ---- Every SAST file of the corpus: parsed, or refused with one clear line ----------------------------------

/** Corpus files that are not SAST reports gonogo reads, and the one line each is refused with. */
const REFUSED: Record<string, RegExp> = {
  'sarif/sdk-pylint-sarif2.0.0.sarif':
    /^sarif\/sdk-pylint-sarif2\.0\.0\.sarif: unsupported SARIF version 2\.0\.0/,
  // The Semgrep Cloud API's deployments dump, not `semgrep --json` output.
  'semgrep/dd-semgrep-sca.json':
    /^semgrep\/dd-semgrep-sca\.json: unknown SAST format: expected SARIF 2\.1\.0, or the JSON of /,
  'other/sonar-generic-coverage.xml':
    /^other\/sonar-generic-coverage\.xml: unknown SAST format: expected SARIF/,
};
const SAST_FAMILIES = ['sarif', 'semgrep', 'bandit', 'eslint', 'npm-audit', 'trivy', 'gitleaks', 'other'];

describe.skipIf(!hasCorpus)('SAST corpus: every file', () => {
  for (const family of SAST_FAMILIES) {
    for (const name of filesOf(family)) {
      const path = `${family}/${name}`;
      const refusal = REFUSED[path];
      if (refusal) {
        it(`${path}: refused with one line naming the file and the cause`, () => {
          let error: unknown;
          try {
            parseSast(read(path), path);
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).message).not.toContain('\n');
          expect((error as InputError).message).toMatch(refusal);
        });
      } else {
        it(`${path}: parsed as ${family === 'sarif' ? 'SARIF' : 'its native format'}, every finding usable`, () => {
          const report = parseSast(read(path), path);
          expect(report.format).toBe(family);
          expect(report.runs.length).toBeGreaterThanOrEqual(family === 'sarif' ? 0 : 1);
          for (const finding of report.findings) {
            expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
            expect(finding.message.trim()).not.toBe('');
            expect(finding.cwes.every((cwe) => /^CWE-\d+$/.test(cwe))).toBe(true);
          }
        });
      }
    }
  }

  it('reads the empty ESLint array as a complete ESLint run with no findings', () => {
    const report = parseSast(read('eslint/dd-eslint-empty.json'), 'eslint/dd-eslint-empty.json');
    expect(report.runs).toEqual([
      { tool: 'ESLint', format: 'eslint', complete: true, incompleteReason: null },
    ]);
    expect(report.findings).toEqual([]);
  });
});
