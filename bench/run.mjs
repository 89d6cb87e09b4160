// `npm run bench`: coverage parsing on large generated reports, gonogo beside a fast-xml-parser DOM parse (the
// baseline) and the npm packages users reach for, each in its own process, in one run on one machine.
//   BENCH_MB=150 (default) sets the report size; BENCH_TIMEOUT=300 the seconds each tool may take.
//   The TODO scan benchmark (bench/todos.mjs) follows; BENCH_ONLY=todos or BENCH_ONLY=coverage runs one of them.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

if (process.env.BENCH_ONLY === 'todos') {
  await import('./todos.mjs');
  process.exit(0);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const megabytes = Number(process.env.BENCH_MB ?? 150);
const timeoutSeconds = Number(process.env.BENCH_TIMEOUT ?? 300);
// gonogo and the baseline run several times and report the median: on a shared machine one run can be 30 % off.
const repeats = Number(process.env.BENCH_RUNS ?? 3);
const reports = join(root, 'bench', '.reports', String(megabytes));

const run = (args, timeout) =>
  new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, timeout, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) {
        const why = error.killed
          ? `timeout (${timeoutSeconds} s)`
          : /heap out of memory/i.test(stderr)
            ? 'out of memory (4 GB heap)'
            : (stderr
                .split('\n')
                .find((line) => /\w*Error\b/.test(line))
                ?.trim()
                .slice(0, 80) ?? 'crashed');
        done({ error: why });
      } else done(JSON.parse(stdout));
    });
  });

// 1. Reports (generated once per size, deterministic).
if (!existsSync(join(reports, 'large-jacoco.xml'))) {
  console.log(`generating ${megabytes} MB reports in ${reports} …`);
  await run([join(root, 'bench', 'generate-reports.mjs'), reports, String(megabytes)], 0);
}

// 2. gonogo's reader, bundled from the source as the CLI bundles it.
const work = await mkdtemp(join(tmpdir(), 'gonogo-bench-'));
const bundle = join(work, 'stream-coverage-file.mjs');
await build({
  entryPoints: [join(root, 'src', 'cli', 'stream-coverage-file.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'silent',
});

// 3. Measurements.
const cases = [
  {
    format: 'Cobertura',
    file: 'large-cobertura.xml',
    tools: ['gonogo', 'fast-xml-parser DOM', 'cobertura-parse'],
  },
  { format: 'LCOV', file: 'large.lcov', tools: ['gonogo', 'lcov-parse'] },
  { format: 'JaCoCo', file: 'large-jacoco.xml', tools: ['gonogo', 'fast-xml-parser DOM', 'jacoco-parse'] },
];
const rows = [];
for (const { format, file, tools } of cases) {
  const path = join(reports, file);
  const mb = statSync(path).size / 1048576;
  const results = {};
  for (const tool of tools) {
    process.stdout.write(`  ${format} · ${tool} … `);
    const times = tool === 'gonogo' || tool === 'fast-xml-parser DOM' || tool === tools[1] ? repeats : 1;
    const runs = [];
    for (let attempt = 0; attempt < times; attempt++) {
      runs.push(
        await run(
          ['--max-old-space-size=4096', join(root, 'bench', 'measure.mjs'), tool, path, bundle],
          timeoutSeconds * 1000,
        ),
      );
      if (runs.at(-1).error) break;
    }
    const ok = runs.filter((result) => !result.error).sort((a, b) => a.ms - b.ms);
    results[tool] = ok.length ? { ...ok[Math.floor(ok.length / 2)], runs: ok.length } : runs.at(-1);
    console.log(results[tool].error ?? `${(results[tool].ms / 1000).toFixed(1)} s`);
  }
  const baseline = results['fast-xml-parser DOM']?.ms ?? results[tools[1]]?.ms;
  for (const tool of tools) {
    const result = results[tool];
    rows.push({
      format,
      tool,
      mb,
      ...result,
      ratio: result.ms && baseline ? result.ms / baseline : null,
      baselineName: results['fast-xml-parser DOM'] ? 'fast-xml-parser DOM' : tools[1],
    });
  }
}
await rm(work, { recursive: true, force: true });

// 4. The table, times as ratios to the baseline of the same run.
console.log(
  `\nCoverage parsing, ${megabytes} MB-class reports, Node ${process.versions.node}, one process per tool:\n`,
);
console.log('| format | tool | size | wall time | MB/s | peak RSS | time vs baseline |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  const failed = row.error !== undefined;
  console.log(
    `| ${row.format} | ${row.tool} | ${row.mb.toFixed(0)} MB | ${failed ? row.error : `${(row.ms / 1000).toFixed(2)} s`} | ${failed ? '—' : (row.mb / (row.ms / 1000)).toFixed(1)} | ${failed ? '—' : `${row.rssMB.toFixed(0)} MB`} | ${row.ratio === null ? (row.tool === row.baselineName ? 'baseline' : '—') : row.tool === row.baselineName ? 'baseline' : `${row.ratio.toFixed(2)}× (1/${(1 / row.ratio).toFixed(1)})`} |`,
  );
}
const gonogo = rows.find((row) => row.format === 'Cobertura' && row.tool === 'gonogo');
const dom = rows.find((row) => row.format === 'Cobertura' && row.tool === 'fast-xml-parser DOM');
if (gonogo?.ms && dom?.ms) {
  const fast = gonogo.ms <= dom.ms / 5;
  const small = gonogo.rssMB <= 400;
  console.log(
    `\nTargets (Cobertura): time ≤ 1/5 of the DOM parse: ${fast ? 'met' : 'NOT met'} (1/${(dom.ms / gonogo.ms).toFixed(1)}); peak RSS ≤ 400 MB: ${small ? 'met' : 'NOT met'} (${gonogo.rssMB.toFixed(0)} MB).`,
  );
}

if (process.env.BENCH_ONLY !== 'coverage') await import('./todos.mjs');
