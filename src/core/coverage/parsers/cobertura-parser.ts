import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser, CoverageStream } from '../coverage-parser.js';
import { XmlScanner } from '../xml/xml-scanner.js';
import { CoberturaReader } from './cobertura/cobertura-reader.js';
import { isCoberturaHead } from './cobertura/is-cobertura-head.js';

/** Streams Cobertura XML through the scanner into the reader. */
function openCobertura(source: string): CoverageStream {
  const reader = new CoberturaReader(source);
  const scanner = new XmlScanner(source, reader);
  reader.attach(scanner);
  return {
    write: (chunk) => scanner.write(chunk),
    end: () => {
      scanner.end();
      return reader.report();
    },
  };
}

/**
 * Cobertura XML, as written by Cobertura, coverage.py, gcovr, coverlet, AltCover, istanbul, PHPUnit, tarpaulin,
 * gocover-cobertura and others. Everything comes from the `<line>` records: the header totals (`line-rate`,
 * `lines-covered`...) are never read, since converters often get them wrong or leave them out. Read as a stream:
 * a report of hundreds of megabytes never becomes a tree in memory.
 */
export const coberturaParser: CoverageParser = {
  format: 'cobertura',
  detect: isCoberturaHead,
  open: openCobertura,
  parse(text, source) {
    const stream = openCobertura(source);
    stream.write(stripBom(text));
    return stream.end();
  },
};
