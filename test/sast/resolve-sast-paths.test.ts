import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repositoryIndex } from '../../src/core/coverage/paths/repository-index.js';
import { parseSast } from '../../src/core/sast/parse-sast.js';
import { resolveSastPaths } from '../../src/core/sast/resolve-sast-paths.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/cli/sast/${name}`, import.meta.url), 'utf8');
const repository = repositoryIndex([
  'examples/src/billing/invoice.ts',
  'examples/src/ingestion/reader.ts',
  'examples/src/web/page.ts',
  'examples/src/ingestion/parser.ts',
]);
const options = { mappings: [], goModule: null };

/** The Semgrep fixture as another runner would write it: absolute paths under its own checkout. */
const elsewhere = fixture('semgrep.json').replaceAll('"examples/src/', '"/builds/acme/shop/examples/src/');

describe('resolveSastPaths', () => {
  it('maps absolute CI paths to repository files and fingerprints from them, so checkouts compare equal', () => {
    const here = resolveSastPaths([parseSast(fixture('semgrep.json'), 'semgrep.json')], repository, options);
    const there = resolveSastPaths([parseSast(elsewhere, 'semgrep.json')], repository, options);
    expect(there.unresolved).toEqual([]);
    expect(
      there.reports[0]?.findings.map((finding) => [finding.path, finding.resolved, finding.reportPath]),
    ).toEqual([
      ['examples/src/billing/invoice.ts', true, '/builds/acme/shop/examples/src/billing/invoice.ts'],
      ['examples/src/web/page.ts', true, '/builds/acme/shop/examples/src/web/page.ts'],
      ['examples/src/ingestion/parser.ts', true, '/builds/acme/shop/examples/src/ingestion/parser.ts'],
    ]);
    const prints = (result: typeof here) => result.reports[0]?.findings.map((finding) => finding.fingerprint);
    expect(prints(there)).toEqual(prints(here));
    // Before resolution the two differ: that is why fingerprints are taken again after it.
    expect(parseSast(elsewhere, 'semgrep.json').findings[0]?.fingerprint).not.toBe(prints(here)?.[0]);
  });

  it('keeps URIs, images and paths outside the repository as reported, flagged unresolved', () => {
    const report = parseSast(
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'Scanner' } },
            results: [
              {
                ruleId: 'a',
                message: { text: 'in an image' },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: 'docker://alpine:3.10/etc/passwd' } } },
                ],
              },
              {
                ruleId: 'b',
                message: { text: 'on the web' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'https://example.com/a.js' } } }],
              },
              {
                ruleId: 'c',
                message: { text: 'elsewhere' },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: 'file:///usr/lib/python3/os.py' } } },
                ],
              },
              { ruleId: 'd', message: { text: 'nowhere' } },
            ],
          },
        ],
      }),
      'scan.sarif',
    );
    const { reports, unresolved } = resolveSastPaths([report], repository, options);
    expect(reports[0]?.findings.map((finding) => [finding.path, finding.resolved ?? null])).toEqual([
      ['docker://alpine:3.10/etc/passwd', false],
      ['https://example.com/a.js', false],
      ['/usr/lib/python3/os.py', false],
      [null, null],
    ]);
    expect(unresolved.map((entry) => entry.reason)).toEqual(['not-a-file', 'not-a-file', 'not-found']);
  });
});
