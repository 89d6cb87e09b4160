// Builds what gonogo commits: dist/cli.js (the CLI), dist/index.js (the Action), dist/app.js and
// dist/serverless.js (the App) and rules/schema.json.
//   node scripts/build.mjs           write them
//   node scripts/build.mjs --check   rebuild in memory and fail when a committed file differs (CI)
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  absWorkingDir: root,
  legalComments: 'eof',
  // Bundled CommonJS dependencies call require(): give ESM output one.
  banner: {
    js: "import { createRequire as __gonogoCreateRequire } from 'node:module';\nconst require = __gonogoCreateRequire(import.meta.url);",
  },
};

async function bundle(entry, outfile, extra = {}) {
  const result = await build({ ...common, ...extra, entryPoints: [entry], outfile: join(root, outfile) });
  return { path: outfile, text: result.outputFiles[0].text };
}

async function schema() {
  // Run the TypeScript schema module through esbuild, then import it: works on Node 20 without a TS loader.
  const result = await build({
    ...common,
    banner: {},
    stdin: {
      contents:
        "import { rulesJsonSchema } from './src/core/rules/rules-json-schema.ts'; export default rulesJsonSchema();",
      resolveDir: root,
      loader: 'ts',
    },
  });
  const dir = await mkdtemp(join(tmpdir(), 'gonogo-schema-'));
  try {
    const file = join(dir, 'schema.mjs');
    await writeFile(file, result.outputFiles[0].text);
    const { default: document } = await import(pathToFileURL(file).href);
    return { path: 'rules/schema.json', text: `${JSON.stringify(document, null, 2)}\n` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const outputs = process.argv.includes('--schema-only')
  ? [await schema()]
  : await Promise.all([
      bundle('src/cli/run.ts', 'dist/cli.js'),
      bundle('src/action/run.ts', 'dist/index.js'),
      // The App is installed with its dependencies (`npm ci --omit=dev`): its bundles import them at run time.
      bundle('src/app/app.ts', 'dist/app.js', { packages: 'external' }),
      bundle('src/app/serverless.ts', 'dist/serverless.js', { packages: 'external' }),
      schema(),
    ]);

if (check) {
  const stale = [];
  for (const output of outputs) {
    const committed = await readFile(join(root, output.path), 'utf8').catch(() => null);
    if (committed !== output.text) stale.push(output.path);
  }
  if (stale.length) {
    console.error(
      `Generated files are stale: ${stale.join(', ')}. Run "npm run build" and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`Generated files are up to date: ${outputs.map((o) => o.path).join(', ')}`);
} else {
  for (const output of outputs) {
    await mkdir(dirname(join(root, output.path)), { recursive: true });
    await writeFile(join(root, output.path), output.text);
    console.log(
      `wrote ${relative(root, join(root, output.path))} (${Math.round(output.text.length / 1024)} KB)`,
    );
  }
}
