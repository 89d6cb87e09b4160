// `BENCH_ONLY=todos npm run bench`: the TODO scan over the project's own node_modules (~10,000 files), gonogo's
// scanDirectory beside `grep -rnE 'TODO|FIXME'`, each in its own process, the median of BENCH_RUNS (3) runs each.
// `node bench/todos.mjs --measure BUNDLE DIR` is one gonogo run: it prints {"ms":…,"files":…,"todos":…,"skipped":{…}}.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'node_modules');
const repeats = Number(process.env.BENCH_RUNS ?? 3);
/** gonogo may take this many times grep's wall time. */
const TARGET_RATIO = 3;
const options = { keywords: ['TODO', 'FIXME'], caseSensitive: true, exclude: [], includeVendored: true };

if (process.argv[2] === '--measure') {
  const [bundle, dir] = process.argv.slice(3);
  const { scanDirectory } = await import(pathToFileURL(bundle).href);
  const start = performance.now();
  const scan = await scanDirectory(dir, options);
  const ms = performance.now() - start;
  const skipped = {};
  for (const { reason } of scan.skipped) {
    const key = reason.replace(/ \(.*\)$/, '');
    skipped[key] = (skipped[key] ?? 0) + 1;
  }
  process.stdout.write(JSON.stringify({ ms, files: scan.files, todos: scan.todos.length, skipped }));
  process.exit(0);
}

/** Runs a command to its end, consuming its output; resolves to its wall time, stdout and line count. */
const timed = (command, args, keep) =>
  new Promise((done, fail) => {
    const start = performance.now();
    // Output goes to a pipe, never /dev/null: GNU grep stops at the first match when it sees /dev/null.
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let kept = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      if (keep) kept += chunk;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      // grep exits 1 when nothing matched and 2 on an unreadable file; both still measure a full pass.
      if (command === process.execPath && code !== 0) fail(new Error(stderr.trim().split('\n').at(-1)));
      else done({ ms, lines, stdout: kept });
    });
  });

const median = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

// 1. gonogo's scanner, bundled from the source as the CLI bundles it.
const { build } = await import('esbuild');
const work = await mkdtemp(join(tmpdir(), 'gonogo-bench-todos-'));
const bundle = join(work, 'scan-directory.mjs');
await build({
  entryPoints: [join(root, 'src', 'cli', 'todos', 'scan-directory.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'silent',
});

// 2. Runs, alternated, after one unmeasured run of each so that both read from a warm page cache.
const gonogo = () =>
  timed(process.execPath, [fileURLToPath(import.meta.url), '--measure', bundle, target], true);
const grep = () => timed('grep', ['-rnE', 'TODO|FIXME', 'node_modules']);
process.stdout.write('\nTODO scan over node_modules: warming up … ');
await gonogo();
await grep();
const runs = { gonogo: [], grep: [] };
for (let attempt = 0; attempt < repeats; attempt++) {
  process.stdout.write(`run ${attempt + 1}/${repeats} … `);
  runs.gonogo.push(await gonogo());
  runs.grep.push(await grep());
}
console.log('done');
await rm(work, { recursive: true, force: true });

// 3. The table.
const ours = median(runs.gonogo);
const theirs = median(runs.grep);
const result = JSON.parse(ours.stdout);
const ratio = ours.ms / theirs.ms;
const skipped = Object.entries(result.skipped)
  .map(([reason, count]) => `${count} ${reason}`)
  .join(', ');
console.log(
  `\nTODO scan of ${target}, Node ${process.versions.node}, median of ${repeats}, one process each:\n`,
);
console.log('| tool | wall time | in-process | found |');
console.log('|---|---|---|---|');
console.log(
  `| gonogo scanDirectory | ${seconds(ours.ms)} | ${seconds(result.ms)} | ${result.todos} TODOs in ${result.files} files scanned (skipped: ${skipped || 'none'}) |`,
);
console.log(`| grep -rnE 'TODO\\|FIXME' | ${seconds(theirs.ms)} | — | ${theirs.lines} matching lines |`);
console.log(
  '\ngonogo lists the tree (.gitignore rules, no symlinks), reads each file, skips binary, over-2-MB, generated and',
);
console.log(
  'minified ones, and lexes the comments of files that mention a keyword: fewer, real TODOs. grep matches bytes',
);
console.log("anywhere (strings, code, prose). Wall times include each process's startup.");
console.log(
  `\nTarget: gonogo ≤ ${TARGET_RATIO}× grep's wall time: ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'} (${ratio.toFixed(2)}×).`,
);
