import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the committed bundle through bin/gonogo.js, as `npx gonogo` does after `npm ci`.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/gonogo.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function gonogo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, GONOGO_DEBUG: '' } },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const examples = [
  '--config',
  'examples/gonogo.yml',
  '--coverage',
  'examples/reports/cobertura.xml',
  '--sast',
  'examples/reports/scan.sarif',
  '--tracker',
  'examples/PRODUCTION_READINESS.md',
  '--now',
  '2026-11-22',
];

/** One line on stderr, naming the file, with no stack trace. */
function expectOneLineError(run: Run, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('gonogo check', () => {
  it('prints the readiness report of the examples with a verdict, and exits 0 on go-with-warnings', async () => {
    const run = await gonogo('check', ...examples, '--format', 'markdown');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^## ⚠️ gonogo: GO WITH WARNINGS — readiness \d+\/100 \(grade [A-F]\)$/,
    );
    expect(run.stdout).toContain(
      '| coverage-overall | block | ✅ pass | 80.5 % | ≥ 70 % | 58 of 72 coverable lines covered |',
    );
    expect(run.stdout).toContain('| checklist-complete | warn | ⚠️ warn |');
    expect(run.stdout).not.toMatch(/\bnan\b|undefined|\bnull\b/i);
  });

  it('exits 1 on no-go and names each failing finding in JSON', async () => {
    const run = await gonogo(
      'check',
      ...examples,
      '--config',
      'test/fixtures/cli/strict.yml',
      '--format',
      'json',
    );
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      verdict: string;
      score: number;
      grade: string;
      failedGates: string[];
      gates: { id: string; status: string; evidence: { label: string }[] }[];
    };
    expect(json.verdict).toBe('no-go');
    expect(json.grade).toMatch(/^[DF]$/);
    expect(json.failedGates).toEqual(expect.arrayContaining(['coverage-overall', 'sast-no-medium']));
    const sast = json.gates.find((gate) => gate.id === 'sast-no-medium');
    expect(sast?.evidence.map((e) => e.label)).toEqual([
      'ExampleScanner js/weak-hash examples/src/billing/invoice.ts:6',
    ]);
  });

  it('prints a plain text report by default and writes --out', async () => {
    const run = await gonogo('check', ...examples);
    expect(run.stdout.split('\n')[0]).toMatch(/^gonogo: GO WITH WARNINGS — readiness \d+\/100/);
  });

  it('fails closed when a configured glob matches nothing', async () => {
    const run = await gonogo('check', '--config', 'test/fixtures/cli/globs.yml', '--format', 'json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { gates: { id: string; status: string; summary: string }[] };
    expect(json.gates.find((gate) => gate.id === 'coverage-overall')).toMatchObject({
      status: 'fail',
      summary: 'fails closed: no file matches "no-such-dir/**/cobertura.xml"',
    });
  });

  it('uses a diff for patch coverage', async () => {
    const run = await gonogo(
      'check',
      '--config',
      'recommended',
      '--coverage',
      'examples/reports/cobertura.xml',
      '--diff',
      'test/fixtures/cli/change.diff',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).inputs).toContainEqual({ family: 'diff', text: '1 changed file' });
  });
});

describe('gonogo check with several SAST tools', () => {
  const reports = [
    '--sast',
    'test/fixtures/cli/sast/codeql.sarif',
    '--sast',
    'test/fixtures/cli/sast/semgrep.json',
  ];

  it('fails "severity: high, max: 0" and names each finding once, by tool, rule and file:line', async () => {
    const config = ['--config', 'test/fixtures/cli/sast/no-high.yml', '--now', '2026-11-22'];
    const run = await gonogo('check', ...config, ...reports, '--format', 'markdown');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^## ⛔ gonogo: NO-GO/);
    expect(run.stdout).toMatch(/\| sast-no-high \| block \| ❌ FAIL \| 3 findings \| ≤ 0 high\+ \|/);
    for (const finding of [
      'CodeQL, Semgrep js/sql-injection examples/src/billing/invoice.ts:12',
      'CodeQL js/path-injection examples/src/ingestion/reader.ts:8',
      'Semgrep javascript.browser.security.insecure-document-method examples/src/web/page.ts:5',
    ]) {
      expect(run.stdout).toContain(finding);
    }
    expect(run.stdout).toContain('1 finding reported by several tools or runs, counted once');

    const json = JSON.parse((await gonogo('check', ...config, ...reports, '--format', 'json')).stdout) as {
      gates: { id: string; value: number; evidence: { label: string; severity: string }[] }[];
    };
    const gate = json.gates.find((candidate) => candidate.id === 'sast-no-high');
    expect(gate?.value).toBe(3);
    expect(gate?.evidence.map((item) => item.severity)).toEqual(['high', 'high', 'high']);
  });

  it('passes the same reports compared with themselves as the base: nothing is new', async () => {
    const rules = ['--config', 'test/fixtures/cli/sast/no-new-high.yml', '--now', '2026-11-22'];
    const base = [
      '--base-sast',
      'test/fixtures/cli/sast/codeql.sarif',
      '--base-sast',
      'test/fixtures/cli/sast/semgrep.json',
    ];
    const run = await gonogo('check', ...rules, ...reports, ...base, '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { gates: { id: string; status: string; notes: string[] }[] };
    expect(json.gates[0]).toMatchObject({ id: 'sast-no-new-high', status: 'pass' });
    expect(json.gates[0]?.notes).toContain(
      'new = absent from the base SAST reports (5 findings already there)',
    );
  });

  it("sast prints each tool's findings as reported, without merging", async () => {
    const run = await gonogo(
      'sast',
      'test/fixtures/cli/sast/codeql.sarif',
      'test/fixtures/cli/sast/semgrep.json',
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { runs: { tool: string }[]; summary: unknown };
    expect(json.runs.map((entry) => entry.tool)).toEqual(['CodeQL', 'Semgrep']);
    expect(json.summary).toEqual({
      open: { critical: 0, high: 4, medium: 0, low: 2, info: 0 },
      suppressed: 0,
    });
  });
});

describe('gonogo check against a base report', () => {
  it('measures the drop against --base-coverage', async () => {
    const run = await gonogo(
      'check',
      '--config',
      'test/fixtures/cli/drop.yml',
      '--coverage',
      'examples/reports/cobertura.xml',
      '--base-coverage',
      'examples/reports/cobertura.xml',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).gates[0]).toMatchObject({
      id: 'no-drop',
      status: 'pass',
      measured: '±0.0 pt',
    });
  });
});

describe('gonogo data commands', () => {
  it('coverage prints the DESIGN.md shape with totals from line records', async () => {
    const run = await gonogo('coverage', 'examples/reports/cobertura.xml', '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.reports).toEqual([{ path: 'examples/reports/cobertura.xml', format: 'cobertura' }]);
    expect(json.totals).toEqual({ lines: { covered: 58, total: 72 }, branches: { covered: 6, total: 8 } });
    // The report's paths are relative to a CI checkout (<source>/home/runner/work/shop/shop/examples</source>):
    // they resolve to this repository's examples/src files.
    expect(json.files[0]).toEqual({
      path: 'examples/src/billing/invoice.ts',
      reportPath: 'src/billing/invoice.ts',
      resolved: true,
      lines: { covered: 20, total: 24 },
      branches: { covered: 4, total: 4 },
    });
    expect(json.unresolved).toBe(0);
  });

  it('sast prints runs, findings and open counts per severity', async () => {
    const run = await gonogo('sast', 'examples/reports/scan.sarif', '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.runs).toEqual([
      expect.objectContaining({ tool: 'ExampleScanner', format: 'sarif', complete: true }),
    ]);
    expect(json.summary).toEqual({
      open: { critical: 0, high: 0, medium: 1, low: 1, info: 0 },
      suppressed: 1,
    });
    expect(json.findings[0]).toMatchObject({
      tool: 'ExampleScanner',
      ruleId: 'js/sql-injection',
      severity: 'high',
      path: 'examples/src/billing/invoice.ts', // resolved to the repository file
      reportPath: 'src/billing/invoice.ts',
      resolved: true,
      line: 21,
      suppressed: true,
    });
  });

  it('issues prints the tracked items of a checklist', async () => {
    const run = await gonogo('issues', 'examples/PRODUCTION_READINESS.md', '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const statuses = (json.items as { status: string }[]).map((item) => item.status);
    expect(statuses).toHaveLength(12);
    expect(statuses.filter((status) => status === 'done')).toHaveLength(8);
    expect(statuses.filter((status) => status === 'dropped')).toHaveLength(1);
  });
});

describe('tracked items and risk', () => {
  const rules = ['--config', 'test/fixtures/cli/trackers/risk.yml', '--now', '2026-11-22'];

  it('issues prints each item with its risk and the reasons for every point', async () => {
    const run = await gonogo('issues', 'test/fixtures/cli/trackers/issues.json', ...rules);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as {
      items: { key: string; status: string; risk: number | null; reasons: string[] }[];
    };
    const byKey = Object.fromEntries(json.items.map((item) => [item.key, item]));
    expect(byKey['#41']).toMatchObject({
      risk: 100,
      reasons: [
        'base:P0(40)',
        'overdue:7d(+30)',
        'age:52d(+1)',
        'module:billing(x1.5)',
        'domain:security(+10)',
      ],
    });
    expect(byKey['#42']?.reasons).toContain('unassigned(+5)');
    expect(byKey['#43']).toMatchObject({
      risk: 24,
      reasons: ['base:P3(5)', 'sla-P3:561d(+9)', 'age:681d(+10)'],
    });
    expect(byKey['#45']).toMatchObject({ status: 'done', risk: null, reasons: [] });
    expect(byKey['#46']).toMatchObject({ status: 'dropped', risk: null });
  });

  it('check reports counts that add up, the top open risks and domains, with every cell filled', async () => {
    const run = await gonogo(
      'check',
      '--tracker',
      'test/fixtures/cli/trackers/issues.json',
      ...rules,
      '--format',
      'markdown',
    );
    expect(run.code).toBe(1); // an open P0
    expect(run.stdout).toContain('6 tracked items: 4 open, 1 done, 1 dropped.');
    expect(run.stdout).toContain('| **Total** | **3** | **1** | **1** | **1** | **6** |');
    expect(run.stdout).toContain(
      '| Invoices can be read across tenants | billing | P0 | To do | 2026-11-15 | 7 d | **100** |',
    );
    expect(run.stdout).toContain('| no-overdue-p1-in-core | block | ❌ FAIL | 2 items |');
    expect(run.stdout).toContain('### Readiness by domain');
    expect(run.stdout).not.toMatch(/\| *\|/);
    expect(run.stdout).not.toMatch(/\bnan\b|undefined|\bnull\b/i);
  });
});

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const hasSeeds = existsSync(seeds);
if (!hasSeeds) console.info('seed report e2e test skipped: ../shared/seeds not found');

describe.skipIf(!hasSeeds)('the readiness report of the seed documents', () => {
  it('has no nan, no empty cell, and risk scores that differ for stated reasons', async () => {
    const run = await gonogo(
      'check',
      '--tracker',
      '../shared/seeds/*.txt',
      '--config',
      'rules/mvp-plus.yml',
      '--now',
      '2026-11-22',
      '--format',
      'markdown',
    );
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).not.toMatch(/\bnan\b|undefined|\bnull\b/i);
    expect(run.stdout).not.toMatch(/\| *\|/);
    const top = run.stdout.slice(
      run.stdout.indexOf('### Top open risks'),
      run.stdout.indexOf('### Readiness by domain'),
    );
    const rows = top.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.length).toBe(10);
    const risks = rows.map((row) => Number(/\*\*(\d+)\*\*/.exec(row)?.[1]));
    expect(new Set(risks).size).toBeGreaterThanOrEqual(3);
    for (const row of rows)
      expect(row).toMatch(/`base:(P[0-4]|critical|high|medium|low|info|unknown)\(\d+\)/);
    expect(run.stdout).toContain('145 tracked items');
  });
});

describe('bad input: exit 2 and one line naming the file and the cause', () => {
  it('a missing file', async () => {
    expectOneLineError(
      await gonogo('coverage', 'nope.xml'),
      /^gonogo: nope\.xml: no such file \(expected a coverage report\)$/,
    );
  });
  it('a directory where a file was expected', async () => {
    expectOneLineError(
      await gonogo('check', '--sast', 'examples'),
      /^gonogo: examples: is a directory, expected a SAST report$/,
    );
  });
  it('a report in an unknown format', async () => {
    expectOneLineError(
      await gonogo('check', '--coverage', 'test/fixtures/cli/notes.txt'),
      /^gonogo: test\/fixtures\/cli\/notes\.txt: unknown coverage format/,
    );
  });
  it('an empty report', async () => {
    expectOneLineError(
      await gonogo('coverage', 'test/fixtures/cli/empty.xml'),
      /^gonogo: test\/fixtures\/cli\/empty\.xml: empty file/,
    );
  });
  it('a malformed report, with line and column', async () => {
    expectOneLineError(
      await gonogo('coverage', 'test/fixtures/cli/malformed.xml'),
      /^gonogo: test\/fixtures\/cli\/malformed\.xml:\d+:\d+: /,
    );
  });
  it('a schema error in the rules, with line, column and a suggestion', async () => {
    expectOneLineError(
      await gonogo('check', '--config', 'test/fixtures/cli/bad-config.yml'),
      /^gonogo: test\/fixtures\/cli\/bad-config\.yml:4:26: gates\[0\]\.coverage: unknown key "metrc" \(did you mean "metric"\?\)$/,
    );
  });
  it('a missing rules file', async () => {
    expectOneLineError(
      await gonogo('check', '--config', 'nowhere.yml'),
      /^gonogo: nowhere\.yml: no such file$/,
    );
  });
  it('an unknown command or option', async () => {
    expectOneLineError(await gonogo('chek'), /^gonogo: unknown command "chek" \(did you mean "check"\?\)/);
    expectOneLineError(
      await gonogo('check', '--formt', 'json'),
      /^gonogo: gonogo check: unknown option --formt \(did you mean --format\?\)$/,
    );
    expectOneLineError(
      await gonogo('check', '--format', 'html'),
      /--format must be one of text, markdown, json/,
    );
  });
  it('todos prints the TODOs of a tree as JSON, and fails in one line on a missing directory', async () => {
    const run = await gonogo('todos', 'test/fixtures/todos/tree', '--format', 'json');
    expect(run.code).toBe(0);
    const todos = (JSON.parse(run.stdout) as { todos: { path: string; line: number }[] }).todos;
    expect(todos.length).toBeGreaterThan(10);
    expect(todos[0]).toMatchObject({ path: 'Makefile', line: 1 });
    expectOneLineError(await gonogo('todos', 'no/such/dir'), /^gonogo: no\/such\/dir: no such directory$/);
  });
});
