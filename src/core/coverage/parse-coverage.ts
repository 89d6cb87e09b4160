import { InputError } from '../errors/input-error.js';
import type { CoverageReport } from '../model/coverage.js';
import { stripBom } from '../text/strip-bom.js';
import type { CoverageParser } from './coverage-parser.js';
import { coberturaParser } from './parsers/cobertura-parser.js';

/** Every supported coverage format. Adding one is a new file in `parsers/` and one line here. */
const PARSERS: readonly CoverageParser[] = [coberturaParser];

/** Formats recognized by content but not read yet: refused with their name rather than "unknown format". */
const RECOGNIZED_UNSUPPORTED: readonly { name: string; test: (head: string) => boolean }[] = [
  {
    name: 'JaCoCo XML',
    test: (h) => /<!DOCTYPE\s+report[^>]*JACOCO/i.test(h) || /<report\b[^>]*>\s*<sessioninfo\b/.test(h),
  },
  { name: 'Clover XML', test: (h) => /<coverage\b[^>]*\bgenerated="/.test(h) && /<project\b/.test(h) },
  { name: 'LCOV', test: (h) => /^(TN|SF|VER):/m.test(h) && /^(SF|DA):/m.test(h) },
  { name: 'Go coverprofile', test: (h) => /^mode: (set|count|atomic)\s*$/m.test(h) },
  {
    name: 'SonarQube generic coverage XML',
    test: (h) => /<coverage\b[^>]*\bversion="1"/.test(h) && /<file\b[^>]*\bpath=/.test(h),
  },
  { name: 'Istanbul JSON', test: (h) => /^\s*\{\s*"[^"]+"\s*:\s*\{\s*"(path|lines|statementMap)"/.test(h) },
];

const HEAD_LENGTH = 8192;

/**
 * Parses one coverage report, detecting its format from its content.
 * Throws `InputError` for an empty file, an unknown format or a malformed report.
 */
export function parseCoverage(text: string, source: string): CoverageReport {
  const content = stripBom(text);
  if (content.trim() === '') throw new InputError(source, 'empty file: expected a coverage report');
  const head = content.slice(0, HEAD_LENGTH);
  const parser = PARSERS.find((candidate) => candidate.detect(head));
  if (parser) return parser.parse(content, source);
  const known = RECOGNIZED_UNSUPPORTED.find((candidate) => candidate.test(head));
  if (known)
    throw new InputError(
      source,
      `${known.name} coverage reports are not supported yet (supported: Cobertura XML)`,
    );
  throw new InputError(source, 'unknown coverage format: expected a Cobertura XML report');
}
