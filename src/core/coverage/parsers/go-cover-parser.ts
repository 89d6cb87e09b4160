import { InputError } from '../../errors/input-error.js';
import type { CoverageReport } from '../../model/coverage.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { isGoCoverHead, MODE_LINE } from './go-cover/is-go-cover-head.js';
import { readGoBlock } from './go-cover/read-go-block.js';
import { StatementCounter } from './go-cover/statement-counter.js';

/**
 * Go coverprofiles (`go test -coverprofile`, modes `set`, `count` and `atomic`, also several profiles
 * concatenated or merged). Each block covers its lines start..end; a line's hits add up over the blocks on it, so
 * it is covered when any of them ran. Blocks without statements create no coverable lines. Paths stay import
 * paths: path resolution strips the module path later.
 */
export const goCoverParser: CoverageParser = {
  format: 'go-cover',

  detect: isGoCoverHead,

  parse(text: string, source: string): CoverageReport {
    const content = stripBom(text);
    const accumulator = new FileCoverageAccumulator(false);
    const statements = new StatementCounter();
    let lineNumber = 0;
    let sawMode = false;
    const fail = (reason: string): never => {
      throw new InputError(source, reason, { line: lineNumber });
    };

    for (let start = 0; start < content.length;) {
      const newline = content.indexOf('\n', start);
      const end = newline < 0 ? content.length : newline;
      const line = content.slice(start, end).trim();
      start = end + 1;
      lineNumber++;
      if (line === '') continue;
      if (line.startsWith('mode:')) {
        // Concatenated profiles repeat the mode line, possibly with another mode: the blocks read the same.
        if (!MODE_LINE.test(line)) {
          fail(`unsupported coverprofile mode ${JSON.stringify(line.slice(5).trim())}`);
        }
        sawMode = true;
        continue;
      }
      if (!sawMode) {
        fail('not a Go coverprofile: the first line must be "mode: set", "mode: count" or "mode: atomic"');
      }
      const block = readGoBlock(line, fail);
      const firstStatements = statements.add(block);
      if (firstStatements !== null) {
        fail(
          `block ${block.path}:${block.position} is listed with ${block.statements} statements here and ${firstStatements} before: the profiles come from different builds`,
        );
      }
      accumulator.file(block.path);
      if (block.statements === 0) continue;
      for (let blockLine = block.startLine; blockLine <= block.endLine; blockLine++) {
        accumulator.add(block.path, blockLine, block.count);
      }
    }
    const files = accumulator.files();
    for (const file of files) file.statements = statements.totals(file.path);
    return { source, format: 'go-cover', sourceRoots: [], files };
  },
};
