import { InputError } from '../errors/input-error.js';
import type { CoverageReport } from '../model/coverage.js';
import { stripBom } from '../text/strip-bom.js';
import type { CoverageParser, CoverageStream } from './coverage-parser.js';
import { cloverParser } from './parsers/clover-parser.js';
import { coberturaParser } from './parsers/cobertura-parser.js';
import { goCoverParser } from './parsers/go-cover-parser.js';
import { istanbulParser } from './parsers/istanbul-parser.js';
import { istanbulSummaryParser } from './parsers/istanbul-summary-parser.js';
import { jacocoParser } from './parsers/jacoco-parser.js';
import { lcovParser } from './parsers/lcov-parser.js';

/** Every supported coverage format. Adding one is a new file in `parsers/` and one line here. */
const PARSERS: readonly CoverageParser[] = [
  coberturaParser,
  jacocoParser,
  cloverParser,
  lcovParser,
  goCoverParser,
  istanbulParser,
  istanbulSummaryParser,
];

const SUPPORTED = 'Cobertura, JaCoCo, Clover, LCOV, Go coverprofile, Istanbul JSON';

/** Formats recognized by content that gonogo does not read: refused with their name rather than "unknown format". */
const RECOGNIZED_UNSUPPORTED: readonly { name: string; test: (head: string) => boolean }[] = [
  {
    name: 'SonarQube generic coverage XML',
    test: (h) => /<coverage\b[^>]*\bversion="1"/.test(h) && /<file\b[^>]*\bpath=/.test(h),
  },
];

/** How much of a file detection looks at. */
export const HEAD_LENGTH = 8192;

/** The parser for a report's first bytes, or an `InputError` saying why there is none. */
function parserFor(head: string, source: string): CoverageParser {
  if (head.trim() === '') throw new InputError(source, 'empty file: expected a coverage report');
  const parser = PARSERS.find((candidate) => candidate.detect(head));
  if (parser) return parser;
  const known = RECOGNIZED_UNSUPPORTED.find((candidate) => candidate.test(head));
  if (known) throw new InputError(source, `${known.name} is not supported (supported: ${SUPPORTED})`);
  throw new InputError(source, `unknown coverage format (supported: ${SUPPORTED})`);
}

/** Whether a text's first characters are a coverage report gonogo reads (the App sorts artifact files with it). */
export function detectsCoverage(head: string): boolean {
  const content = stripBom(head).slice(0, HEAD_LENGTH);
  return PARSERS.some((candidate) => candidate.detect(content));
}

/**
 * Parses one coverage report, detecting its format from its content.
 * Throws `InputError` for an empty file, an unknown format or a malformed report.
 */
export function parseCoverage(text: string, source: string): CoverageReport {
  const content = stripBom(text);
  return parserFor(content.slice(0, HEAD_LENGTH), source).parse(content, source);
}

/**
 * Opens a report for reading in chunks, detecting its format from `head` (its first `HEAD_LENGTH` characters, BOM
 * removed; write it again as the first chunk). Formats that cannot stream are collected and parsed at the end.
 */
export function openCoverageStream(head: string, source: string): CoverageStream {
  const parser = parserFor(head.slice(0, HEAD_LENGTH), source);
  if (parser.open) return parser.open(source);
  const chunks: string[] = [];
  return {
    write: (chunk) => void chunks.push(chunk),
    end: () => parser.parse(chunks.join(''), source),
  };
}
