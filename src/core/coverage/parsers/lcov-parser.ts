import { InputError } from '../../errors/input-error.js';
import type { CoverageReport } from '../../model/coverage.js';
import { detachString } from '../../text/detach-string.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser, CoverageStream } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { BlockBranches } from './lcov/block-branches.js';
import { hasRecordKey } from './lcov/has-record-key.js';
import { isLcovHead } from './lcov/is-lcov-head.js';
import { readBrdaRecord } from './lcov/read-brda-record.js';
import { readDaRecord } from './lcov/read-da-record.js';

/** Space, tab, CR (CRLF files), and the other white space `String.prototype.trim` would remove in ASCII. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
const HASH = 35;

/** A line shown in an error message: one line, short. */
function shown(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

/**
 * Reads an LCOV tracefile line by line as chunks arrive: complete lines are handled in place (offsets into the
 * chunk, not a string per line), the partial last line waits for the next chunk.
 */
class LcovReader implements CoverageStream {
  readonly #accumulator = new FileCoverageAccumulator();
  readonly #branches = new BlockBranches();
  #path: string | null = null;
  #lineNumber = 0;
  #rest = '';

  constructor(private readonly source: string) {}

  write(chunk: string): void {
    const content = this.#rest + chunk;
    let next = 0;
    for (let newline = content.indexOf('\n'); newline !== -1; newline = content.indexOf('\n', next)) {
      this.#line(content, next, newline);
      next = newline + 1;
    }
    this.#rest = content.slice(next);
  }

  end(): CoverageReport {
    if (this.#rest !== '') this.#line(this.#rest, 0, this.#rest.length);
    this.#rest = '';
    this.#closeBlock();
    return { source: this.source, format: 'lcov', sourceRoots: [], files: this.#accumulator.files() };
  }

  #fail = (reason: string): never => {
    throw new InputError(this.source, reason, { line: this.#lineNumber });
  };

  #closeBlock(): void {
    if (this.#path !== null) this.#branches.flush(this.#accumulator, this.#path);
    this.#path = null;
  }

  #currentPath(key: string): string {
    return this.#path ?? this.#fail(`${key} record outside a source file block (no SF: record before it)`);
  }

  #line(content: string, from: number, to: number): void {
    this.#lineNumber++;
    let start = from;
    let end = to;
    while (start < end && isSpace(content.charCodeAt(start))) start++;
    while (end > start && isSpace(content.charCodeAt(end - 1))) end--;
    if (start === end || content.charCodeAt(start) === HASH) return;
    if (content.startsWith('DA:', start)) {
      const file = this.#currentPath('DA');
      const record = readDaRecord(content, start + 3, end, this.#fail);
      this.#accumulator.add(file, record.line, record.hits);
    } else if (content.startsWith('BRDA:', start)) {
      this.#currentPath('BRDA');
      this.#branches.add(readBrdaRecord(content, start + 5, end, this.#fail));
    } else if (content.startsWith('SF:', start)) {
      // A new SF without end_of_record closes the previous block: some writers omit it.
      this.#closeBlock();
      if (end === start + 3) this.#fail('SF record without a file path');
      this.#path = detachString(content.slice(start + 3, end).replaceAll('\\', '/'));
      this.#accumulator.file(this.#path);
    } else if (end - start === 13 && content.startsWith('end_of_record', start)) {
      this.#closeBlock();
    } else if (!hasRecordKey(content, start, end)) {
      this.#fail(`not an LCOV record (expected KEY:value): ${shown(content.slice(start, end))}`);
    }
    // Every other record (LF, LH, BRF, BRH, FN, FNDA, FNF, FNH, FNL, FNA, TN, VER, MCDC...) carries nothing
    // the totals are recomputed from.
  }
}

/**
 * LCOV tracefiles (lcov/geninfo 1.x and 2.x, gcovr, istanbul/jest/karma, flutter, coverlet, grcov, c8...).
 * Totals come from the `DA` and `BRDA` records only: `LF/LH/BRF/BRH/FNF/FNH` are never read, since merged or
 * filtered tracefiles often carry stale ones. Function records (`FN`, `FNDA`, `FNL`, `FNA`) and record types
 * gonogo does not use (`MCDC`, `TN`, `VER`...) are skipped; a line that is not `KEY:value` at all is an error.
 * Read as a stream: tracefiles reach hundreds of megabytes.
 */
export const lcovParser: CoverageParser = {
  format: 'lcov',
  detect: isLcovHead,
  open: (source) => new LcovReader(source),
  parse(text, source) {
    const reader = new LcovReader(source);
    reader.write(stripBom(text));
    return reader.end();
  },
};
