import { InputError } from '../../../errors/input-error.js';
import type { CoverageReport } from '../../../model/coverage.js';
import { detachString } from '../../../text/detach-string.js';
import { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import type { XmlHandler, XmlScanner } from '../../xml/xml-scanner.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
import type { LineRecord, RecordContext } from './read-line-record.js';
import { readLineRecord } from './read-line-record.js';

/** The class being read: its path, and its method lines, used only if it has no `<lines>` of its own. */
interface OpenClass {
  /** For line records' error messages; made once per class. */
  context: RecordContext;
  filename: string;
  path: string;
  ownLines: number;
  methodLines: LineRecord[];
}

// Depths in the element stack: coverage(0) > packages(1) > package(2) > classes(3) > class(4) > lines(5) > line,
// and class(4) > methods(5) > method(6) > lines(7) > line.
const CLASS_PATH = ['coverage', 'packages', 'package', 'classes'];

/**
 * Reads Cobertura from XML events, one `<line>` at a time, so a report of hundreds of megabytes never becomes a
 * tree in memory. Lines come from each class's own `<lines>`; a class without any contributes its methods' lines
 * (Swift converters write only those). Header totals are never read.
 */
export class CoberturaReader implements XmlHandler {
  readonly #stack: string[] = [];
  readonly #accumulator = new FileCoverageAccumulator();
  readonly #sourceRoots: string[] = [];
  #sourceText: string | null = null;
  #class: OpenClass | null = null;
  #scanner: XmlScanner | null = null;

  constructor(private readonly source: string) {}

  /** The scanner feeding this reader, for error locations. */
  attach(scanner: XmlScanner): void {
    this.#scanner = scanner;
  }

  #locate = () => this.#scanner?.here() ?? { line: 1 };

  open(name: string, attributes: XmlAttributes): void {
    const stack = this.#stack;
    const depth = stack.length;
    if (depth === 0 && name !== 'coverage') {
      throw new InputError(
        this.source,
        `not a Cobertura report: the root element is <${name}>, not <coverage>`,
        this.#locate(),
      );
    }
    if (name === 'source' && depth === 2 && stack[1] === 'sources') this.#sourceText = '';
    else if (
      name === 'class' &&
      depth === 4 &&
      CLASS_PATH.every((expected, index) => stack[index] === expected)
    ) {
      this.#openClass(attributes);
    } else if (name === 'line' && this.#class) {
      const own = depth === 6 && stack[5] === 'lines';
      const ofMethod = depth === 8 && stack[5] === 'methods' && stack[6] === 'method' && stack[7] === 'lines';
      if (own || ofMethod) {
        const record = readLineRecord(attributes, this.#class.context);
        if (own) {
          this.#class.ownLines++;
          this.#accumulator.add(this.#class.path, record.number, record.hits, record.branch);
        } else this.#class.methodLines.push(record);
      }
    }
    stack.push(name);
  }

  close(name: string): void {
    this.#stack.pop();
    if (name === 'source' && this.#sourceText !== null) {
      const root = this.#sourceText.trim();
      if (root !== '') this.#sourceRoots.push(detachString(root));
      this.#sourceText = null;
    } else if (name === 'class' && this.#stack.length === 4 && this.#class) {
      const { path, ownLines, methodLines } = this.#class;
      if (ownLines === 0)
        for (const record of methodLines)
          this.#accumulator.add(path, record.number, record.hits, record.branch);
      this.#class = null;
    }
  }

  wantsText(): boolean {
    return this.#sourceText !== null;
  }

  text(text: string): void {
    this.#sourceText += text;
  }

  #openClass(attributes: XmlAttributes): void {
    const filename = attributes.get('filename') ?? '';
    if (filename === '')
      throw new InputError(this.source, 'a <class> has no filename attribute', this.#locate());
    const path = detachString(filename.replaceAll('\\', '/'));
    this.#accumulator.file(path);
    const shownName = path === filename ? path : detachString(filename);
    this.#class = {
      context: { source: this.source, filename: shownName, locate: this.#locate },
      filename: shownName,
      path,
      ownLines: 0,
      methodLines: [],
    };
  }

  /** The report read so far (call after the scanner's `end`). */
  report(): CoverageReport {
    return {
      source: this.source,
      format: 'cobertura',
      sourceRoots: this.#sourceRoots,
      files: this.#accumulator.files(),
    };
  }
}
