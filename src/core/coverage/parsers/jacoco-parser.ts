import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser, CoverageStream } from '../coverage-parser.js';
import { XmlScanner } from '../xml/xml-scanner.js';
import { isJacocoHead } from './jacoco/is-jacoco-head.js';
import { JacocoDtdCheck } from './jacoco/jacoco-dtd-check.js';
import { JacocoReader } from './jacoco/jacoco-reader.js';

/**
 * Text handed to the scanner at a time by `parse`. Readers locate some records as they go (one per package),
 * which scans the scanner's buffer: a bounded buffer keeps that cheap whatever the size of the report.
 */
const PARSE_CHUNK = 1024 * 1024;

/** Streams JaCoCo XML through the DTD check and the scanner into the reader. */
function openJacoco(source: string): CoverageStream {
  const check = new JacocoDtdCheck(source);
  const reader = new JacocoReader(source);
  const scanner = new XmlScanner(source, reader);
  reader.attach(scanner);
  return {
    write(chunk) {
      const text = check.pass(chunk, false);
      if (text !== '') scanner.write(text);
    },
    end() {
      const text = check.pass('', true);
      if (text !== '') scanner.write(text);
      scanner.end();
      return reader.report();
    },
  };
}

/**
 * JaCoCo XML (DTD Report 1.0 and 1.1; Maven, Gradle and Ant reports, aggregate reports with `<group>`s), and the
 * JaCoCo-shaped reports gcovr writes. Totals come from each source file's `<line>` records; package and report
 * counters are never read. Read as a stream: a report of hundreds of megabytes never becomes a tree in memory.
 */
export const jacocoParser: CoverageParser = {
  format: 'jacoco',
  detect: isJacocoHead,
  open: openJacoco,
  parse(text, source) {
    const xml = stripBom(text);
    const stream = openJacoco(source);
    for (let start = 0; start < xml.length; start += PARSE_CHUNK) {
      stream.write(xml.slice(start, start + PARSE_CHUNK));
    }
    return stream.end();
  },
};
