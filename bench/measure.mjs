// One measurement in its own process (so peak RSS is the tool's own): node bench/measure.mjs TOOL FILE [BUNDLE]
// Prints {"ms":…, "rssMB":…, "lines":…} on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const [tool, file, bundle] = process.argv.slice(2);
const callback = (parse) =>
  new Promise((done, fail) => parse((error, result) => (error ? fail(error) : done(result))));

const tools = {
  // gonogo as the CLI runs it: streamed from disk, detected, parsed into the compact model.
  async gonogo() {
    const { streamCoverageFile } = await import(pathToFileURL(bundle).href);
    const report = await streamCoverageFile(file, file);
    return report.files.reduce((sum, entry) => sum + entry.lines.size, 0);
  },
  async 'fast-xml-parser DOM'() {
    const { XMLParser } = await import('fast-xml-parser');
    new XMLParser({ ignoreAttributes: false }).parse(readFileSync(file, 'utf8'));
    return null;
  },
  async 'cobertura-parse'() {
    const result = await callback((cb) => require('cobertura-parse').parseFile(file, cb));
    return result.reduce((sum, entry) => sum + entry.lines.found, 0);
  },
  async 'jacoco-parse'() {
    const result = await callback((cb) => require('jacoco-parse').parseFile(file, cb));
    // jacoco-parse reads only <class>/<method> counters; on reports without them it returns nothing.
    if (!Array.isArray(result)) throw new Error('jacoco-parse returned no result for this report');
    return result.reduce((sum, entry) => sum + entry.lines.found, 0);
  },
  async 'lcov-parse'() {
    const result = await callback((cb) => require('lcov-parse')(file, cb));
    return result.reduce((sum, entry) => sum + entry.lines.found, 0);
  },
};

const start = performance.now();
const lines = await tools[tool]();
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, lines }));
