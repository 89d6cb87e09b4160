import type { FileLocation } from '../../../errors/input-error.js';
import { InputError } from '../../../errors/input-error.js';
import type { CoverageReport } from '../../../model/coverage.js';
import { detachString } from '../../../text/detach-string.js';
import { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import type { XmlHandler, XmlScanner } from '../../xml/xml-scanner.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
import { JacocoFileReader } from './jacoco-file-reader.js';
import { recordError } from './record-failure.js';
import { StatedCounters } from './stated-counters.js';

/** The `<package>` being read. */
interface OpenPackage {
  depth: number;
  /** `/`-separated as JaCoCo writes it; `""` for the default package. */
  name: string;
  /** Files read from it: `<sourcefile>` elements and gcovr classes. */
  files: number;
  /**
   * Why the package is refused if it ends up with no file, decided by its first JaCoCo class with line coverage
   * (or a wrong counter before it); `null` while undecided.
   */
  refusal: InputError | null;
}

/** A `<class>` of a package: a JaCoCo class (counters, no lines) or, once a `<lines>` child shows, a gcovr file. */
interface OpenClass {
  depth: number;
  /** The `sourcefilename` attribute as written; kept only while the class is open. */
  sourcefilename: string | undefined;
  counters: StatedCounters;
  file: JacocoFileReader | null;
  /** Where the start tag is, when a refusal may need it. */
  location: FileLocation | null;
}

const HINT = 'no per-line data (generated without source file information?)';

const pathOf = (raw: string | undefined): string => (raw ?? '').replaceAll('\\', '/');

/**
 * Reads JaCoCo from XML events, one `<line>` at a time, so a report of hundreds of megabytes never becomes a tree
 * in memory. Files are each `<sourcefile>` of a `<package>` (at the package name joined with the file name, the
 * name alone in the default package), where packages sit in the `<report>` or in `<group>`s nested at will.
 * gcovr writes no `<sourcefile>` but one `<class>` per file, with a `sourcefilename` path and the lines in a
 * `<lines>` child that JaCoCo classes never have: those are files too. Package and report counters are never read.
 */
export class JacocoReader implements XmlHandler {
  readonly #stack: string[] = [];
  readonly #accumulator = new FileCoverageAccumulator();
  #scanner: XmlScanner | null = null;
  #package: OpenPackage | null = null;
  #file: JacocoFileReader | null = null;
  #fileCounters = new StatedCounters();
  #fileDepth = 0;
  #class: OpenClass | null = null;
  #files = 0;
  /** Where the first JaCoCo class is, while no file has been read (`undefined` before any class). */
  #firstClass: FileLocation | null | undefined = undefined;
  /** The first refusal of a package without files, thrown at the end if some other package has files. */
  #refusal: InputError | null = null;

  constructor(private readonly source: string) {}

  /** The scanner feeding this reader, for error locations. */
  attach(scanner: XmlScanner): void {
    this.#scanner = scanner;
  }

  #locate = (): FileLocation => this.#scanner?.here() ?? { line: 1 };

  open(name: string, attributes: XmlAttributes): void {
    const stack = this.#stack;
    const depth = stack.length;
    const openClass = this.#class;
    const file = this.#file;
    if (depth === 0) {
      if (name !== 'report')
        throw new InputError(this.source, 'not a JaCoCo report: the root element is not <report>');
    } else if (openClass) {
      if (depth === openClass.depth + 1) {
        if (name === 'lines') this.#openClassLines(openClass);
        else if (name === 'counter' && !openClass.file?.counted)
          openClass.counters.read(attributes, this.#locate);
      } else if (name === 'line' && depth === openClass.depth + 2 && stack[depth - 1] === 'lines') {
        openClass.file?.line(attributes);
      }
    } else if (file) {
      if (depth === this.#fileDepth + 1) {
        if (name === 'line') file.line(attributes);
        else if (name === 'counter' && !file.counted) this.#fileCounters.read(attributes, this.#locate);
      }
    } else if (this.#package) {
      if (depth === this.#package.depth + 1) {
        if (name === 'sourcefile') this.#openSourcefile(this.#package, attributes, depth);
        else if (name === 'class') this.#openClass(this.#package, attributes, depth);
      }
    } else if (name === 'package' && stack.every((parent, index) => index === 0 || parent === 'group')) {
      const packageName = pathOf(attributes.get('name')).replace(/\/+$/, '');
      this.#package = { depth, name: detachString(packageName), files: 0, refusal: null };
    }
    stack.push(name);
  }

  close(): void {
    this.#stack.pop();
    const depth = this.#stack.length;
    if (this.#class?.depth === depth) this.#closeClass(this.#class);
    else if (this.#file && this.#fileDepth === depth) {
      this.#file.finish(this.#fileCounters);
      this.#file = null;
      this.#counted();
    } else if (this.#package?.depth === depth) {
      const pkg = this.#package;
      if (pkg.files === 0 && pkg.refusal) this.#refusal ??= pkg.refusal;
      this.#package = null;
    }
  }

  #openSourcefile(pkg: OpenPackage, attributes: XmlAttributes, depth: number): void {
    const fileName = pathOf(attributes.get('name'));
    if (fileName === '') {
      throw recordError(
        this.source,
        this.#locate(),
        undefined,
        `a <sourcefile> in package "${pkg.name}" has no name`,
      );
    }
    const path = detachString(pkg.name === '' ? fileName : `${pkg.name}/${fileName}`);
    this.#file = new JacocoFileReader(
      this.#accumulator,
      path,
      `sourcefile "${path}"`,
      this.source,
      this.#locate,
    );
    this.#fileCounters = new StatedCounters();
    this.#fileDepth = depth;
  }

  #openClass(pkg: OpenPackage, attributes: XmlAttributes, depth: number): void {
    // Locating costs a scan of the buffer: only while a refusal may still need the place.
    const wanted = (this.#files === 0 && this.#firstClass === undefined) || (pkg.files === 0 && !pkg.refusal);
    this.#class = {
      depth,
      sourcefilename: attributes.get('sourcefilename'),
      counters: new StatedCounters(),
      file: null,
      location: wanted ? this.#locate() : null,
    };
  }

  #openClassLines(openClass: OpenClass): void {
    if (openClass.file) return;
    const path = detachString(pathOf(openClass.sourcefilename));
    if (path === '') {
      const location = openClass.location ?? this.#locate();
      throw recordError(this.source, location, undefined, 'a <class> with <lines> has no sourcefilename');
    }
    openClass.file = new JacocoFileReader(
      this.#accumulator,
      path,
      `class "${path}"`,
      this.source,
      this.#locate,
    );
  }

  #closeClass(openClass: OpenClass): void {
    this.#class = null;
    if (openClass.file) {
      openClass.file.finish(openClass.counters);
      this.#counted();
      return;
    }
    if (this.#firstClass === undefined) this.#firstClass = openClass.location;
    const pkg = this.#package;
    if (!pkg || pkg.files > 0 || pkg.refusal) return;
    // Classes carry method and class counters but no lines, and their counters cannot be placed in a file:
    // reading on would drop those classes from the totals, a silent pass.
    try {
      if ((openClass.counters.totals(this.source, 'class')?.lines.total ?? 0) === 0) return;
      pkg.refusal = recordError(
        this.source,
        openClass.location ?? undefined,
        undefined,
        `package "${pkg.name}" has classes with line coverage but no <sourcefile> elements: ${HINT}`,
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pkg.refusal = error;
    }
  }

  #counted(): void {
    this.#files++;
    if (this.#package) this.#package.files++;
  }

  /**
   * The report read (call after the scanner's `end`). Refuses a report whose line coverage sits only in `<class>`
   * elements: reading on would report 0 files, or drop those classes from the totals, both silent passes. JaCoCo
   * writes `<sourcefile>` elements for every class compiled with source file information.
   */
  report(): CoverageReport {
    if (this.#files === 0 && this.#firstClass !== undefined) {
      throw recordError(
        this.source,
        this.#firstClass ?? undefined,
        undefined,
        `the JaCoCo report has <class> elements but no <sourcefile> elements: ${HINT}`,
      );
    }
    if (this.#refusal) throw this.#refusal;
    return { source: this.source, format: 'jacoco', sourceRoots: [], files: this.#accumulator.files() };
  }
}
