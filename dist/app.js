import { createRequire as __gonogoCreateRequire } from 'node:module';
const require = __gonogoCreateRequire(import.meta.url);

// src/app/app-environment.ts
var APP_CHECK_NAME = "gonogo";

// src/core/artifacts/evidence-from-artifacts.ts
import picomatch from "picomatch";

// src/core/errors/input-error.ts
var InputError = class extends Error {
  constructor(file, reason, location) {
    const place4 = location ? `:${location.line}${location.column ? `:${location.column}` : ""}` : "";
    super(`${file}${place4}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.location = location;
  }
  file;
  reason;
  location;
  name = "InputError";
};

// src/core/text/strip-bom.ts
function stripBom(text9) {
  return text9.charCodeAt(0) === 65279 ? text9.slice(1) : text9;
}

// src/core/model/line-hits.ts
var ABSENT = -1;
var INITIAL_CAPACITY = 64;
var LineHits = class {
  #dense = new Float64Array(INITIAL_CAPACITY).fill(ABSENT);
  #sparse = null;
  #size = 0;
  constructor(entries) {
    if (entries) for (const [line6, hits] of entries) this.set(line6, hits);
  }
  /** Coverable lines with hits > 0, without allocating. */
  countCovered() {
    let covered = 0;
    if (this.#sparse) {
      for (const hits of this.#sparse.values()) if (hits > 0) covered++;
      return covered;
    }
    const dense = this.#dense;
    for (let line6 = 0; line6 < dense.length; line6++) if (dense[line6] > 0) covered++;
    return covered;
  }
  /** Number of coverable lines. */
  get size() {
    return this.#sparse ? this.#sparse.size : this.#size;
  }
  get(line6) {
    if (this.#sparse) return this.#sparse.get(line6);
    const hits = this.#dense !== null && line6 < this.#dense.length ? this.#dense[line6] : void 0;
    return hits === void 0 || hits === ABSENT ? void 0 : hits;
  }
  has(line6) {
    return this.get(line6) !== void 0;
  }
  set(line6, hits) {
    if (this.#sparse) {
      this.#sparse.set(line6, hits);
      return this;
    }
    let dense = this.#dense;
    if (line6 >= dense.length) {
      const capacity = Math.max(dense.length * 2, line6 + 1);
      if (capacity > 4 * (this.#size + 1) + 4096) {
        this.#toSparse().set(line6, hits);
        return this;
      }
      const grown = new Float64Array(capacity).fill(ABSENT);
      grown.set(dense);
      this.#dense = dense = grown;
    }
    if (dense[line6] === ABSENT) this.#size++;
    dense[line6] = hits;
    return this;
  }
  /** Removes a line (a record that turned out not to be coverable). */
  delete(line6) {
    if (this.#sparse) return this.#sparse.delete(line6);
    const dense = this.#dense;
    if (line6 >= dense.length || dense[line6] === ABSENT) return false;
    dense[line6] = ABSENT;
    this.#size--;
    return true;
  }
  *entries() {
    if (this.#sparse) {
      yield* [...this.#sparse.entries()].sort((a, b) => a[0] - b[0]);
      return;
    }
    const dense = this.#dense;
    for (let line6 = 0; line6 < dense.length; line6++) {
      const hits = dense[line6];
      if (hits !== ABSENT) yield [line6, hits];
    }
  }
  *keys() {
    for (const [line6] of this.entries()) yield line6;
  }
  *values() {
    if (this.#sparse) {
      yield* this.#sparse.values();
      return;
    }
    const dense = this.#dense;
    for (let line6 = 0; line6 < dense.length; line6++) if (dense[line6] !== ABSENT) yield dense[line6];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  #toSparse() {
    const sparse = new Map(this.entries());
    this.#sparse = sparse;
    this.#dense = null;
    return sparse;
  }
};

// src/core/coverage/file-coverage-accumulator.ts
var FileCoverageAccumulator = class {
  /** @param hasBranches whether the format records branches (otherwise files get `branches: null`). */
  constructor(hasBranches = true) {
    this.hasBranches = hasBranches;
  }
  hasBranches;
  #files = /* @__PURE__ */ new Map();
  /** The file at `path`, created empty on first sight so a file without lines is still named. */
  file(path) {
    let file = this.#files.get(path);
    if (!file) {
      file = { path, lines: new LineHits(), branches: this.hasBranches ? /* @__PURE__ */ new Map() : null };
      this.#files.set(path, file);
    }
    return file;
  }
  /** Adds one line record to the file at `path`. */
  add(path, line6, hits, branch = null) {
    const file = this.file(path);
    file.lines.set(line6, (file.lines.get(line6) ?? 0) + hits);
    if (branch) this.addBranch(path, line6, branch);
  }
  /**
   * Records branches on a line without making it coverable: istanbul and LCOV report branches on lines that have
   * no line count (a default parameter in `function f(a = 1) {`), and those must not become uncovered lines.
   */
  addBranch(path, line6, branch) {
    const file = this.file(path);
    const branches = file.branches ??= /* @__PURE__ */ new Map();
    const known = branches.get(line6);
    if (!known || isLarger(branch, known)) branches.set(line6, branch);
  }
  /** The files, in the order the report first names them. */
  files() {
    return [...this.#files.values()];
  }
};
function isLarger(a, b) {
  return a.total > b.total || a.total === b.total && a.covered > b.covered;
}

// src/core/coverage/xml/decode-xml-entities.ts
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var REFERENCE = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
function decodeXmlEntities(value) {
  if (!value.includes("&")) return value;
  return value.replace(REFERENCE, (reference, name) => {
    if (!name.startsWith("#")) return PREDEFINED[name] ?? reference;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : reference;
  });
}

// src/core/coverage/xml/xml-element.ts
import { XMLParser } from "fast-xml-parser";
var METADATA = XMLParser.getMetaDataSymbol();
function isElement(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function childValues(parent, name) {
  const value = parent[name];
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}
function elementsAt(parents, ...path) {
  let level2 = [...parents];
  for (const name of path) {
    level2 = level2.flatMap(
      (parent) => childValues(parent, name).map((child) => isElement(child) ? child : {})
    );
  }
  return level2;
}
function attributeOf(element, name) {
  const value = element[name];
  return typeof value === "string" ? value.trim() : void 0;
}
function offsetOf(element) {
  const metadata = element[METADATA];
  return isElement(metadata) && typeof metadata.startIndex === "number" ? metadata.startIndex : void 0;
}

// src/core/text/location-at.ts
function locationAt(text9, offset) {
  let line6 = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text9.length; i++) {
    if (text9.charCodeAt(i) === 10) {
      line6++;
      lineStart = i + 1;
    }
  }
  return { line: line6, column: offset - lineStart + 1 };
}

// src/core/coverage/parsers/clover/record-failure.ts
function recordFailure(report, element, subject) {
  return (reason) => {
    const offset = offsetOf(element);
    const location = offset === void 0 ? void 0 : locationAt(report.xml, offset);
    const prefix = subject === void 0 ? "" : `${subject.replace(/[\r\n]+/g, " ")}: `;
    throw new InputError(report.source, `${prefix}${reason}`, location);
  };
}

// src/core/coverage/parsers/clover/read-clover-count.ts
var MAX_LINE_NUMBER = 1e7;
var DIGITS = /^\d+$/;
function readCloverCount(element, name, fail2) {
  const raw = attributeOf(element, name);
  if (raw === void 0) return void 0;
  const value = DIGITS.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) fail2(`${name} ${JSON.stringify(raw)} is not a non-negative integer`);
  return value;
}
function readCloverLineNumber(element, fail2) {
  const raw = attributeOf(element, "num");
  const value = raw !== void 0 && DIGITS.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= MAX_LINE_NUMBER)) {
    fail2(`line number ${JSON.stringify(raw ?? "")} is not an integer from 1 to ${MAX_LINE_NUMBER}`);
  }
  return value;
}

// src/core/coverage/parsers/clover/read-clover-line.ts
function readCloverLine(line6, report, subject) {
  const number15 = readCloverLineNumber(line6, recordFailure(report, line6, subject));
  const fail2 = recordFailure(report, line6, `${subject}, line ${number15}`);
  const count5 = readCloverCount(line6, "count", fail2);
  if (attributeOf(line6, "type") !== "cond") {
    return { number: number15, hits: count5 ?? fail2("missing count"), branch: null, perCondition: false };
  }
  const trueCount = readCloverCount(line6, "truecount", fail2) ?? fail2("cond line without truecount");
  const falseCount = readCloverCount(line6, "falsecount", fail2) ?? fail2("cond line without falsecount");
  if (count5 === void 0) {
    const covered = (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0);
    return { number: number15, hits: trueCount + falseCount, branch: { covered, total: 2 }, perCondition: true };
  }
  const total = trueCount + falseCount;
  return {
    number: number15,
    hits: count5,
    branch: total > 0 ? { covered: trueCount, total } : null,
    perCondition: false
  };
}

// src/core/coverage/parsers/clover/add-clover-file.ts
function addCloverFile(accumulator, file, report) {
  const raw = attributeOf(file, "path") || attributeOf(file, "name") || "";
  if (raw === "") recordFailure(report, file)("a <file> has neither a path nor a name attribute");
  const path = decodeXmlEntities(raw).replaceAll("\\", "/");
  accumulator.file(path);
  const subject = `file "${path}"`;
  const conditions = /* @__PURE__ */ new Map();
  for (const element of elementsAt([file], "line")) {
    const line6 = readCloverLine(element, report, subject);
    accumulator.add(path, line6.number, line6.hits, line6.perCondition ? null : line6.branch);
    if (line6.perCondition && line6.branch) {
      const known = conditions.get(line6.number) ?? { covered: 0, total: 0 };
      conditions.set(line6.number, {
        covered: known.covered + line6.branch.covered,
        total: known.total + line6.branch.total
      });
    }
  }
  for (const [number15, branch] of conditions) accumulator.add(path, number15, 0, branch);
}

// src/core/coverage/parsers/clover/clover-file-elements.ts
function cloverFileElements(root) {
  const files = [];
  for (let level2 = elementsAt([root], "project"); level2.length > 0; ) {
    files.push(...elementsAt(level2, "file"));
    level2 = [...elementsAt(level2, "package"), ...elementsAt(level2, "metrics")];
  }
  return files.sort((a, b) => (offsetOf(a) ?? 0) - (offsetOf(b) ?? 0));
}

// src/core/coverage/xml/xml-prolog.ts
function skipMisc(text9, from) {
  let i = from;
  for (; ; ) {
    while (i < text9.length && /\s/.test(text9.charAt(i))) i++;
    const close2 = text9.startsWith("<?", i) ? "?>" : text9.startsWith("<!--", i) ? "-->" : null;
    if (!close2) return i;
    const end = text9.indexOf(close2, i + 2);
    if (end < 0) return text9.length;
    i = end + close2.length;
  }
}
function scanProlog(text9) {
  let i = skipMisc(text9, text9.charCodeAt(0) === 65279 ? 1 : 0);
  if (!text9.startsWith("<!DOCTYPE", i)) return { end: i, doctype: null };
  const offset = i;
  let internalSubset = false;
  let subsetClosed = false;
  let quote2 = null;
  for (i += "<!DOCTYPE".length; i < text9.length; i++) {
    const ch = text9.charAt(i);
    if (quote2) {
      if (ch === quote2) quote2 = null;
    } else if (ch === '"' || ch === "'") {
      quote2 = ch;
    } else if (ch === "[") {
      internalSubset = true;
    } else if (ch === "]") {
      subsetClosed = true;
    } else if (ch === ">" && (!internalSubset || subsetClosed)) {
      break;
    }
  }
  return { end: skipMisc(text9, i + 1), doctype: { offset, internalSubset } };
}

// src/core/coverage/parsers/clover/is-clover-head.ts
var COVERAGE_START_TAG = /<coverage(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
var QUOTED_VALUE = /"[^"]*"|'[^']*'/g;
var GENERATED_ATTRIBUTE = /(?:^|\s)generated\s*=/;
var PROJECT_CHILD = /<project(?=[\s/>])/y;
function isCloverHead(head) {
  const { end } = scanProlog(head);
  COVERAGE_START_TAG.lastIndex = end;
  const root = COVERAGE_START_TAG.exec(head);
  if (!root || root[0].endsWith("/>")) return false;
  if (!GENERATED_ATTRIBUTE.test((root[1] ?? "").replace(QUOTED_VALUE, '""'))) return false;
  PROJECT_CHILD.lastIndex = skipMisc(head, COVERAGE_START_TAG.lastIndex);
  return PROJECT_CHILD.test(head);
}

// src/core/coverage/xml/read-xml-document.ts
import { XMLParser as XMLParser2, XMLValidator } from "fast-xml-parser";

// src/core/errors/get-error-message.ts
function getErrorMessage(error3) {
  if (error3 instanceof Error) return error3.message;
  if (typeof error3 === "string") return error3;
  try {
    return JSON.stringify(error3);
  } catch {
    return String(error3);
  }
}

// src/core/coverage/xml/read-xml-document.ts
var parsers = /* @__PURE__ */ new Map();
function parserFor(format) {
  let parser = parsers.get(format);
  if (!parser) {
    parser = new XMLParser2({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      // Values stay strings: numbers are checked by hand, and a path named `2024` stays a path.
      parseAttributeValue: false,
      parseTagValue: false,
      // Never expand entities, whatever a DOCTYPE declares (billion laughs); predefined ones are decoded where used.
      processEntities: false,
      captureMetaData: true,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && format.repeated.has(name)
    });
    parsers.set(format, parser);
  }
  return parser;
}
function readXmlDocument(xml, source, format) {
  const { doctype } = scanProlog(xml);
  if (doctype?.internalSubset) {
    throw new InputError(
      source,
      "the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities",
      locationAt(xml, doctype.offset)
    );
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line: line6, col } = validation.err;
    throw new InputError(source, `malformed XML: ${msg}`, { line: line6, column: col });
  }
  let document;
  try {
    document = parserFor(format).parse(xml);
  } catch (error3) {
    throw new InputError(source, `malformed XML: ${getErrorMessage(error3)}`);
  }
  const root = document[format.root];
  if (root === void 0) {
    throw new InputError(source, `not a ${format.name} report: the root element is not <${format.root}>`);
  }
  return typeof root === "object" && root !== null && !Array.isArray(root) ? root : {};
}

// src/core/coverage/parsers/clover/read-clover-xml.ts
var CLOVER = {
  name: "Clover",
  root: "coverage",
  repeated: /* @__PURE__ */ new Set(["project", "package", "metrics", "file", "class", "line"])
};
function readCloverXml(xml, source) {
  const root = readXmlDocument(xml, source, CLOVER);
  if (childValues(root, "project").length === 0) {
    throw new InputError(source, "not a Clover report: the <coverage> root has no <project> element");
  }
  return root;
}

// src/core/coverage/parsers/clover-parser.ts
var cloverParser = {
  format: "clover",
  detect: isCloverHead,
  parse(text9, source) {
    const xml = stripBom(text9);
    const report = { source, xml };
    const root = readCloverXml(xml, source);
    const accumulator = new FileCoverageAccumulator();
    for (const file of cloverFileElements(root)) addCloverFile(accumulator, file, report);
    return { source, format: "clover", sourceRoots: [], files: accumulator.files() };
  }
};

// src/core/text/detach-string.ts
function detachString(text9) {
  return text9.length < 13 ? text9 : JSON.parse(JSON.stringify(text9));
}

// src/core/coverage/xml/tag-attributes.ts
var TagAttributes = class {
  buffer = "";
  /** name start, name end, value start, value end — four numbers per attribute. */
  offsets = [];
  get(name) {
    const index3 = this.#find(name);
    if (index3 === -1) return void 0;
    const raw = this.buffer.slice(this.offsets[index3 + 2], this.offsets[index3 + 3]);
    return raw.includes("&") ? decodeXmlEntities(raw) : raw;
  }
  integer(name) {
    const index3 = this.#find(name);
    if (index3 === -1) return NaN;
    const { buffer } = this;
    const start = this.offsets[index3 + 2];
    const end = this.offsets[index3 + 3];
    if (end === start || end - start > 15) return NaN;
    let value = 0;
    for (let position2 = start; position2 < end; position2++) {
      const digit = buffer.charCodeAt(position2) - 48;
      if (digit < 0 || digit > 9) return NaN;
      value = value * 10 + digit;
    }
    return value;
  }
  /** Index in `offsets` of the attribute called `name`, or -1. */
  #find(name) {
    const { buffer, offsets } = this;
    const first = name.charCodeAt(0);
    for (let index3 = 0; index3 < offsets.length; index3 += 4) {
      const start = offsets[index3];
      if (offsets[index3 + 1] - start === name.length && buffer.charCodeAt(start) === first && buffer.startsWith(name, start)) {
        return index3;
      }
    }
    return -1;
  }
};

// src/core/coverage/xml/xml-scanner.ts
var GT = 62;
var SLASH = 47;
var BANG = 33;
var QUESTION = 63;
var EQUALS = 61;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var isSpace = (code) => code === 32 || code === 10 || code === 13 || code === 9;
var MORE = -1;
var XmlScanner = class {
  constructor(source, handler) {
    this.source = source;
    this.handler = handler;
  }
  source;
  handler;
  #buffer = "";
  #position = 0;
  /** Lines and the offset of the current line's start, for the text already dropped from the buffer. */
  #droppedLines = 0;
  #droppedColumn = 0;
  #stack = [];
  #attributes = new TagAttributes();
  #rootSeen = false;
  /** Consumes a chunk of text. */
  write(chunk) {
    this.#drop();
    this.#buffer += chunk;
    this.#scan(false);
  }
  /** Finishes the document: anything left open or unterminated is an error. */
  end() {
    this.#scan(true);
    if (this.#position < this.#buffer.length)
      this.#fail("unexpected end of file inside a tag", this.#position);
    if (this.#stack.length > 0) {
      this.#fail(`unexpected end of file: <${this.#stack.at(-1)}> is not closed`, this.#buffer.length);
    }
    if (!this.#rootSeen) this.#fail("no root element", this.#buffer.length);
  }
  /** Where an offset of the current buffer is in the whole document. */
  locate(offset) {
    const buffer = this.#buffer;
    const end = Math.min(offset, buffer.length);
    let line6 = this.#droppedLines;
    let lineStart = -1;
    for (let newline = buffer.indexOf("\n"); newline !== -1 && newline < end; newline = buffer.indexOf("\n", newline + 1)) {
      line6++;
      lineStart = newline;
    }
    const column = lineStart === -1 ? this.#droppedColumn + end : end - lineStart - 1;
    return { line: line6 + 1, column: column + 1 };
  }
  /** Where the token being handled starts (for readers' own error messages). */
  here() {
    return this.locate(this.#tokenStart);
  }
  #tokenStart = 0;
  #fail(reason, offset) {
    throw new InputError(this.source, `malformed XML: ${reason}`, this.locate(offset));
  }
  /** Forgets the consumed part of the buffer, keeping line and column counts. */
  #drop() {
    if (this.#position === 0) return;
    const { line: line6, column } = this.locate(this.#position);
    this.#droppedLines = line6 - 1;
    this.#droppedColumn = column - 1;
    this.#buffer = this.#buffer.slice(this.#position);
    this.#position = 0;
  }
  #scan(final) {
    const buffer = this.#buffer;
    for (; ; ) {
      const lt = buffer.indexOf("<", this.#position);
      const textEnd = lt === -1 ? buffer.length : lt;
      if (textEnd > this.#position) {
        if (lt === -1 && !final) return;
        this.#text(this.#position, textEnd);
        this.#position = textEnd;
      }
      if (lt === -1) return;
      this.#tokenStart = lt;
      const next = buffer.charCodeAt(lt + 1);
      const end = next === BANG ? this.#special(lt, final) : next === QUESTION ? this.#until(lt, "?>", final, "processing instruction") : next === SLASH ? this.#endTag(lt, final) : this.#startTag(lt, final);
      if (end === MORE) return;
      this.#position = end;
    }
  }
  #text(from, to) {
    const buffer = this.#buffer;
    if (this.#stack.length === 0) {
      for (let index3 = from; index3 < to; index3++) {
        if (!isSpace(buffer.charCodeAt(index3))) this.#fail("text outside the root element", index3);
      }
      return;
    }
    if (this.handler.wantsText?.()) this.handler.text?.(decodeXmlEntities(buffer.slice(from, to)));
  }
  /** `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE >`. */
  #special(lt, final) {
    const buffer = this.#buffer;
    if (buffer.startsWith("<!--", lt)) return this.#until(lt, "-->", final, "comment");
    if (buffer.startsWith("<![CDATA[", lt)) {
      const end = this.#until(lt, "]]>", final, "CDATA section");
      if (end !== MORE && this.#stack.length === 0) this.#fail("CDATA outside the root element", lt);
      if (end !== MORE && this.handler.wantsText?.()) this.handler.text?.(buffer.slice(lt + 9, end - 3));
      return end;
    }
    if (buffer.length - lt < 9 && !final) return MORE;
    if (buffer.startsWith("<!DOCTYPE", lt)) {
      if (this.#rootSeen) this.#fail("DOCTYPE after the root element", lt);
      const gt = buffer.indexOf(">", lt);
      const bracket = buffer.indexOf("[", lt);
      if (bracket !== -1 && (gt === -1 || bracket < gt)) {
        throw new InputError(
          this.source,
          "the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities",
          this.locate(lt)
        );
      }
      if (gt === -1) return final ? this.#fail("unterminated DOCTYPE", lt) : MORE;
      return gt + 1;
    }
    return this.#fail('unexpected "<!"', lt);
  }
  #until(lt, terminator, final, what) {
    const end = this.#buffer.indexOf(terminator, lt + 2);
    if (end === -1) return final ? this.#fail(`unterminated ${what}`, lt) : MORE;
    return end + terminator.length;
  }
  #endTag(lt, final) {
    const buffer = this.#buffer;
    const gt = buffer.indexOf(">", lt);
    if (gt === -1) return final ? this.#fail("unterminated end tag", lt) : MORE;
    const open = this.#stack.pop();
    let end = gt;
    while (end > lt + 2 && buffer.charCodeAt(end - 1) <= 32) end--;
    if (open === void 0 || end - lt - 2 !== open.length || !buffer.startsWith(open, lt + 2)) {
      const name = buffer.slice(lt + 2, gt).trim();
      if (open === void 0) this.#fail(`end tag </${name}> without a start tag`, lt);
      this.#fail(`end tag </${name}> does not match <${open}>`, lt);
    }
    this.handler.close(open);
    return gt + 1;
  }
  /** Element names repeat (a report has a dozen): known ones are matched in place rather than sliced again. */
  #names = [];
  #nameAt(start, end) {
    const buffer = this.#buffer;
    const length = end - start;
    for (const known of this.#names) {
      if (known.length === length && buffer.startsWith(known, start)) return known;
    }
    const name = detachString(buffer.slice(start, end));
    if (this.#names.length < 64) this.#names.push(name);
    return name;
  }
  #startTag(lt, final) {
    const buffer = this.#buffer;
    const length = buffer.length;
    let index3 = lt + 1;
    for (let code = buffer.charCodeAt(index3); index3 < length && code > 32 && code !== GT && code !== SLASH && code !== EQUALS; ) {
      code = buffer.charCodeAt(++index3);
    }
    if (index3 >= length) return final ? this.#fail("unterminated start tag", lt) : MORE;
    if (index3 === lt + 1) this.#fail('a "<" that starts no tag', lt);
    const name = this.#nameAt(lt + 1, index3);
    const attributes = this.#attributes;
    attributes.buffer = buffer;
    const offsets = attributes.offsets;
    offsets.length = 0;
    for (; ; ) {
      while (index3 < length && buffer.charCodeAt(index3) <= 32) index3++;
      if (index3 >= length) return final ? this.#fail("unterminated start tag", lt) : MORE;
      const code = buffer.charCodeAt(index3);
      if (code === GT || code === SLASH) break;
      const nameStart = index3;
      for (let c2 = code; index3 < length && c2 > 32 && c2 !== EQUALS && c2 !== GT && c2 !== SLASH; )
        c2 = buffer.charCodeAt(++index3);
      const nameEnd = index3;
      while (index3 < length && buffer.charCodeAt(index3) <= 32) index3++;
      if (index3 >= length) return final ? this.#fail("unterminated start tag", lt) : MORE;
      if (nameEnd === nameStart || buffer.charCodeAt(index3) !== EQUALS) {
        this.#fail(
          `attribute ${JSON.stringify(buffer.slice(nameStart, nameEnd))} of <${name}> has no value`,
          nameStart
        );
      }
      index3++;
      while (index3 < length && buffer.charCodeAt(index3) <= 32) index3++;
      if (index3 >= length) return final ? this.#fail("unterminated start tag", lt) : MORE;
      const quote2 = buffer.charCodeAt(index3);
      if (quote2 !== DOUBLE_QUOTE && quote2 !== SINGLE_QUOTE) {
        this.#fail(
          `attribute ${JSON.stringify(buffer.slice(nameStart, nameEnd))} of <${name}> is not quoted`,
          index3
        );
      }
      const close2 = buffer.indexOf(quote2 === DOUBLE_QUOTE ? '"' : "'", index3 + 1);
      if (close2 === -1) return final ? this.#fail("unterminated attribute value", index3) : MORE;
      offsets.push(nameStart, nameEnd, index3 + 1, close2);
      index3 = close2 + 1;
    }
    const selfClosing = buffer.charCodeAt(index3) === SLASH;
    if (selfClosing) {
      if (index3 + 1 >= buffer.length) return final ? this.#fail("unterminated start tag", lt) : MORE;
      if (buffer.charCodeAt(index3 + 1) !== GT) this.#fail(`"/" not followed by ">" in <${name}>`, index3);
      index3++;
    }
    if (this.#stack.length === 0) {
      if (this.#rootSeen) this.#fail(`a second root element <${name}>`, lt);
      this.#rootSeen = true;
    }
    this.handler.open(name, attributes);
    if (selfClosing) this.handler.close(name);
    else this.#stack.push(name);
    return index3 + 1;
  }
};

// src/core/coverage/parsers/cobertura/read-line-record.ts
var MAX_LINE_NUMBER2 = 1e7;
var DIGITS2 = /^\d+$/;
var UNSIGNED_NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var CONDITION_COVERAGE = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;
function readLineRecord(line6, context) {
  let number15 = line6.integer("number");
  if (!(number15 >= 1 && number15 <= MAX_LINE_NUMBER2)) {
    const rawNumber = line6.get("number");
    number15 = rawNumber !== void 0 && DIGITS2.test(rawNumber) ? Number(rawNumber) : NaN;
    if (!(number15 >= 1 && number15 <= MAX_LINE_NUMBER2)) {
      fail(
        context,
        `line number ${JSON.stringify(rawNumber ?? "")} is not an integer from 1 to ${MAX_LINE_NUMBER2}`
      );
    }
  }
  const plainHits = line6.integer("hits");
  const hits = Number.isNaN(plainHits) ? readHits(line6.get("hits"), context, number15) : plainHits;
  return { number: number15, hits, branch: readBranch(line6, context, number15) };
}
function fail(context, reason, number15) {
  const inClass = `class "${context.filename.replace(/[\r\n]+/g, " ")}"`;
  throw new InputError(
    context.source,
    `${inClass}${number15 === void 0 ? "" : `, line ${number15}`}: ${reason}`,
    context.locate()
  );
}
function readHits(raw, context, number15) {
  const failOnLine = (reason) => fail(context, reason, number15);
  if (raw === void 0) return failOnLine("missing hits");
  const unsigned = raw.startsWith("-") ? raw.slice(1) : raw;
  if (!UNSIGNED_NUMBER.test(unsigned)) return failOnLine(`hits ${JSON.stringify(raw)} is not a number`);
  const hits = Number(raw);
  if (!Number.isFinite(hits)) return failOnLine(`hits ${JSON.stringify(raw)} is not a finite number`);
  if (hits < 0) return failOnLine(`hits ${JSON.stringify(raw)} is negative`);
  return Math.floor(hits) + 0;
}
function readBranch(line6, context, number15) {
  const failOnLine = (reason) => fail(context, reason, number15);
  if (line6.get("branch")?.toLowerCase() !== "true") return null;
  const raw = line6.get("condition-coverage");
  if (raw === void 0) return null;
  const match = CONDITION_COVERAGE.exec(raw);
  if (!match) return failOnLine(`condition-coverage ${JSON.stringify(raw)} is not "N% (covered/total)"`);
  const covered = Number(match[1]);
  const total = Number(match[2]);
  if (covered > total) {
    return failOnLine(`condition-coverage ${JSON.stringify(raw)} covers more branches than exist`);
  }
  return total > 0 ? { covered, total } : null;
}

// src/core/coverage/parsers/cobertura/cobertura-reader.ts
var CLASS_PATH = ["coverage", "packages", "package", "classes"];
var CoberturaReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #stack = [];
  #accumulator = new FileCoverageAccumulator();
  #sourceRoots = [];
  #sourceText = null;
  #class = null;
  #scanner = null;
  /** The scanner feeding this reader, for error locations. */
  attach(scanner) {
    this.#scanner = scanner;
  }
  #locate = () => this.#scanner?.here() ?? { line: 1 };
  open(name, attributes) {
    const stack = this.#stack;
    const depth = stack.length;
    if (depth === 0 && name !== "coverage") {
      throw new InputError(
        this.source,
        `not a Cobertura report: the root element is <${name}>, not <coverage>`,
        this.#locate()
      );
    }
    if (name === "source" && depth === 2 && stack[1] === "sources") this.#sourceText = "";
    else if (name === "class" && depth === 4 && CLASS_PATH.every((expected, index3) => stack[index3] === expected)) {
      this.#openClass(attributes);
    } else if (name === "line" && this.#class) {
      const own = depth === 6 && stack[5] === "lines";
      const ofMethod = depth === 8 && stack[5] === "methods" && stack[6] === "method" && stack[7] === "lines";
      if (own || ofMethod) {
        const record6 = readLineRecord(attributes, this.#class.context);
        if (own) {
          this.#class.ownLines++;
          this.#accumulator.add(this.#class.path, record6.number, record6.hits, record6.branch);
        } else this.#class.methodLines.push(record6);
      }
    }
    stack.push(name);
  }
  close(name) {
    this.#stack.pop();
    if (name === "source" && this.#sourceText !== null) {
      const root = this.#sourceText.trim();
      if (root !== "") this.#sourceRoots.push(detachString(root));
      this.#sourceText = null;
    } else if (name === "class" && this.#stack.length === 4 && this.#class) {
      const { path, ownLines, methodLines } = this.#class;
      if (ownLines === 0)
        for (const record6 of methodLines)
          this.#accumulator.add(path, record6.number, record6.hits, record6.branch);
      this.#class = null;
    }
  }
  wantsText() {
    return this.#sourceText !== null;
  }
  text(text9) {
    this.#sourceText += text9;
  }
  #openClass(attributes) {
    const filename = attributes.get("filename") ?? "";
    if (filename === "")
      throw new InputError(this.source, "a <class> has no filename attribute", this.#locate());
    const path = detachString(filename.replaceAll("\\", "/"));
    this.#accumulator.file(path);
    const shownName = path === filename ? path : detachString(filename);
    this.#class = {
      context: { source: this.source, filename: shownName, locate: this.#locate },
      filename: shownName,
      path,
      ownLines: 0,
      methodLines: []
    };
  }
  /** The report read so far (call after the scanner's `end`). */
  report() {
    return {
      source: this.source,
      format: "cobertura",
      sourceRoots: this.#sourceRoots,
      files: this.#accumulator.files()
    };
  }
};

// src/core/coverage/parsers/cobertura/is-cobertura-head.ts
var COVERAGE_START_TAG2 = /<coverage\b([^>]*?)(\/?)>/y;
var COBERTURA_ATTRIBUTE = /(?:^|\s)(?:line-rate|lines-valid)\s*=/;
var COBERTURA_CHILD = /<(?:packages|sources)\b/y;
var END_OF_ROOT = /<\/coverage\s*>/y;
function isCoberturaHead(head) {
  const { end } = scanProlog(head);
  COVERAGE_START_TAG2.lastIndex = end;
  const root = COVERAGE_START_TAG2.exec(head);
  if (!root) return false;
  const attributes = root[1] ?? "";
  if (COBERTURA_ATTRIBUTE.test(attributes)) return true;
  const bare = attributes.trim() === "";
  if (root[2] === "/") return bare;
  const next = skipMisc(head, COVERAGE_START_TAG2.lastIndex);
  COBERTURA_CHILD.lastIndex = next;
  if (COBERTURA_CHILD.test(head)) return true;
  END_OF_ROOT.lastIndex = next;
  return bare && END_OF_ROOT.test(head);
}

// src/core/coverage/parsers/cobertura-parser.ts
function openCobertura(source) {
  const reader = new CoberturaReader(source);
  const scanner = new XmlScanner(source, reader);
  reader.attach(scanner);
  return {
    write: (chunk) => scanner.write(chunk),
    end: () => {
      scanner.end();
      return reader.report();
    }
  };
}
var coberturaParser = {
  format: "cobertura",
  detect: isCoberturaHead,
  open: openCobertura,
  parse(text9, source) {
    const stream = openCobertura(source);
    stream.write(stripBom(text9));
    return stream.end();
  }
};

// src/core/coverage/parsers/go-cover/is-go-cover-head.ts
var MODE_LINE = /^mode:[ \t]*(set|count|atomic)$/;
function isGoCoverHead(head) {
  const text9 = stripBom(head);
  for (const rawLine of text9.split("\n")) {
    const line6 = rawLine.trim();
    if (line6 !== "") return MODE_LINE.test(line6);
  }
  return false;
}

// src/core/coverage/parsers/go-cover/read-go-block.ts
var MAX_LINE_NUMBER3 = 1e7;
var MAX_BLOCK_LINES = 1e5;
var BLOCK_LINE = /^(.+):((\d+)\.\d+,(\d+)\.\d+)[ \t]+(\S+)[ \t]+(\S+)$/;
var WHOLE_NUMBER = /^\d+$/;
function readGoBlock(line6, fail2) {
  const match = BLOCK_LINE.exec(line6);
  if (!match) {
    const shown2 = JSON.stringify(line6.length > 80 ? `${line6.slice(0, 80)}\u2026` : line6);
    return fail2(`not a coverprofile block (expected "file.go:line.col,line.col statements count"): ${shown2}`);
  }
  const [, path = "", position2 = "", start = "", end = "", statements = "", count5 = ""] = match;
  const startLine = Number(start);
  const endLine = Number(end);
  if (!(startLine >= 1 && startLine <= MAX_LINE_NUMBER3) || !(endLine >= 1 && endLine <= MAX_LINE_NUMBER3)) {
    fail2(`block ${position2}: line numbers must be from 1 to ${MAX_LINE_NUMBER3}`);
  }
  if (endLine < startLine) fail2(`block ${position2} ends on line ${endLine} before it starts`);
  if (endLine - startLine > MAX_BLOCK_LINES) {
    fail2(`block ${position2} spans ${endLine - startLine + 1} lines (more than ${MAX_BLOCK_LINES})`);
  }
  if (!WHOLE_NUMBER.test(statements)) {
    fail2(`block ${position2}: statement count ${JSON.stringify(statements)} is not a non-negative integer`);
  }
  if (!WHOLE_NUMBER.test(count5)) {
    fail2(`block ${position2}: count ${JSON.stringify(count5)} is not a non-negative integer`);
  }
  return {
    path: path.replaceAll("\\", "/"),
    position: position2,
    startLine,
    endLine,
    statements: Number(statements),
    count: Number(count5)
  };
}

// src/core/coverage/parsers/go-cover/statement-counter.ts
var StatementCounter = class {
  #files = /* @__PURE__ */ new Map();
  /**
   * Counts one block listing. Returns the statement count the block was first listed with when it differs from
   * this one (`go tool cover` refuses such profiles: they come from different builds), otherwise `null`.
   */
  add(block) {
    let blocks = this.#files.get(block.path);
    if (!blocks) {
      blocks = /* @__PURE__ */ new Map();
      this.#files.set(block.path, blocks);
    }
    const known = blocks.get(block.position);
    if (!known) {
      blocks.set(block.position, { statements: block.statements, covered: block.count > 0 });
      return null;
    }
    if (known.statements !== block.statements) return known.statements;
    known.covered ||= block.count > 0;
    return null;
  }
  /** Covered and total statements of the file at `path`. */
  totals(path) {
    const ratio = { covered: 0, total: 0 };
    for (const block of this.#files.get(path)?.values() ?? []) {
      ratio.total += block.statements;
      if (block.covered) ratio.covered += block.statements;
    }
    return ratio;
  }
};

// src/core/coverage/parsers/go-cover-parser.ts
var goCoverParser = {
  format: "go-cover",
  detect: isGoCoverHead,
  parse(text9, source) {
    const content = stripBom(text9);
    const accumulator = new FileCoverageAccumulator(false);
    const statements = new StatementCounter();
    let lineNumber = 0;
    let sawMode = false;
    const fail2 = (reason) => {
      throw new InputError(source, reason, { line: lineNumber });
    };
    for (let start = 0; start < content.length; ) {
      const newline = content.indexOf("\n", start);
      const end = newline < 0 ? content.length : newline;
      const line6 = content.slice(start, end).trim();
      start = end + 1;
      lineNumber++;
      if (line6 === "") continue;
      if (line6.startsWith("mode:")) {
        if (!MODE_LINE.test(line6)) {
          fail2(`unsupported coverprofile mode ${JSON.stringify(line6.slice(5).trim())}`);
        }
        sawMode = true;
        continue;
      }
      if (!sawMode) {
        fail2('not a Go coverprofile: the first line must be "mode: set", "mode: count" or "mode: atomic"');
      }
      const block = readGoBlock(line6, fail2);
      const firstStatements = statements.add(block);
      if (firstStatements !== null) {
        fail2(
          `block ${block.path}:${block.position} is listed with ${block.statements} statements here and ${firstStatements} before: the profiles come from different builds`
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
    return { source, format: "go-cover", sourceRoots: [], files };
  }
};

// src/core/coverage/parsers/istanbul/json-record.ts
function isJsonRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ownValue(record6, key2) {
  return Object.hasOwn(record6, key2) ? record6[key2] : void 0;
}
function showJsonValue(value) {
  if (Array.isArray(value)) return "an array";
  if (isJsonRecord(value)) return "an object";
  return JSON.stringify(value) ?? String(value);
}

// src/core/coverage/parsers/istanbul/read-count.ts
function readCount(value, what, fail2) {
  if (value === void 0) return fail2(`${what} is missing`);
  if (typeof value !== "number") return fail2(`${what} ${showJsonValue(value)} is not a number`);
  if (!Number.isFinite(value)) return fail2(`${what} ${value} is not a finite number`);
  if (value < 0) return fail2(`${what} ${value} is negative`);
  if (!Number.isInteger(value)) return fail2(`${what} ${value} is not a whole number`);
  if (!Number.isSafeInteger(value)) return fail2(`${what} ${value} is too large to count exactly`);
  return value + 0;
}

// src/core/coverage/parsers/istanbul/read-line-number.ts
var MAX_LINE_NUMBER4 = 1e7;
function readLineNumber(value, what, fail2) {
  if (value === void 0) return fail2(`${what} is missing`);
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_LINE_NUMBER4) {
    return value;
  }
  return fail2(`${what} ${showJsonValue(value)} is not an integer from 1 to ${MAX_LINE_NUMBER4}`);
}

// src/core/coverage/parsers/istanbul/record-at.ts
function recordAt(entry, key2, fail2, optional = false) {
  const value = ownValue(entry, key2);
  if (value === void 0 && optional) return {};
  if (value === void 0) return fail2(`"${key2}" is missing`);
  if (!isJsonRecord(value)) return fail2(`"${key2}" is not an object (found ${showJsonValue(value)})`);
  return value;
}

// src/core/coverage/parsers/istanbul/start-line-of.ts
function startLineOf(location) {
  if (!isJsonRecord(location)) return void 0;
  const start = ownValue(location, "start");
  return isJsonRecord(start) ? ownValue(start, "line") : void 0;
}

// src/core/coverage/parsers/istanbul/branch-lines.ts
function branchLine(branch) {
  const fromLoc = startLineOf(ownValue(branch, "loc"));
  if (fromLoc !== void 0) return fromLoc;
  if (Object.hasOwn(branch, "line")) return branch.line;
  const locations = ownValue(branch, "locations");
  return Array.isArray(locations) ? startLineOf(locations[0]) : void 0;
}
function branchLines(file, fail2) {
  const branchMap = recordAt(file, "branchMap", fail2, true);
  const counts2 = recordAt(file, "b", fail2, true);
  const lines = /* @__PURE__ */ new Map();
  for (const [id, branch] of Object.entries(branchMap)) {
    const failHere = (reason) => fail2(`branch "${id}": ${reason}`);
    if (!isJsonRecord(branch)) failHere(`expected an object, found ${showJsonValue(branch)}`);
    const line6 = readLineNumber(branchLine(branch), "line", failHere);
    const arms = ownValue(counts2, id);
    if (arms === void 0) failHere('no counts in "b"');
    if (!Array.isArray(arms)) failHere(`counts ${showJsonValue(arms)} are not an array`);
    let covered = 0;
    for (const [arm, count5] of arms.entries()) {
      if (readCount(count5, `arm ${arm} count`, failHere) > 0) covered++;
    }
    if (arms.length === 0) continue;
    const known = lines.get(line6) ?? { covered: 0, total: 0 };
    lines.set(line6, { covered: known.covered + covered, total: known.total + arms.length });
  }
  for (const id of Object.keys(counts2)) {
    if (!Object.hasOwn(branchMap, id)) fail2(`"b" counts branch "${id}", which "branchMap" lacks`);
  }
  return lines;
}

// src/core/coverage/parsers/istanbul/entry-failure.ts
function entryFailure(source, key2) {
  const file = `file "${key2.replace(/[\r\n]+/g, " ")}"`;
  return (reason) => {
    throw new InputError(source, `${file}: ${reason}`);
  };
}

// src/core/coverage/parsers/istanbul/file-coverage-data.ts
function fileCoverageData(value, fail2) {
  if (!isJsonRecord(value)) return fail2(`expected a file coverage object, found ${showJsonValue(value)}`);
  const data = ownValue(value, "data");
  return !Object.hasOwn(value, "statementMap") && isJsonRecord(data) ? data : value;
}

// src/core/coverage/parsers/istanbul/read-json-head.ts
var MAX_DEPTH = 32;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var WHITESPACE = /[ \t\n\r]*/y;
var LITERALS = [
  ["true", true],
  ["false", false],
  ["null", null]
];
var EndOfHead = class {
};
var NotJson = class {
};
function readJsonHead(head) {
  const reader = new HeadReader(head);
  let root;
  let started = false;
  try {
    reader.value(0, (value) => {
      root = value;
      started = true;
    });
    return reader.atEnd() ? { value: root, complete: true } : null;
  } catch (signal) {
    if (signal instanceof EndOfHead) return started ? { value: root, complete: false } : null;
    if (signal instanceof NotJson) return null;
    throw signal;
  }
}
var HeadReader = class {
  constructor(text9) {
    this.text = text9;
  }
  text;
  #position = 0;
  /** Whether only whitespace is left. */
  atEnd() {
    this.#skipWhitespace();
    return this.#position >= this.text.length;
  }
  /** Reads one value; containers are handed to `assign` before they are filled, so a cut-off one is kept. */
  value(depth, assign) {
    if (depth > MAX_DEPTH) throw new EndOfHead();
    const char = this.#peek();
    if (char === "{") return this.#object(depth, assign);
    if (char === "[") return this.#array(depth, assign);
    if (char === '"') return assign(this.#string());
    assign(this.#scalar());
  }
  #object(depth, assign) {
    const record6 = /* @__PURE__ */ Object.create(null);
    assign(record6);
    this.#position++;
    if (this.#peek() === "}") {
      this.#position++;
      return;
    }
    for (; ; ) {
      if (this.#peek() !== '"') throw new NotJson();
      const key2 = this.#string();
      record6[key2] = void 0;
      this.#expect(":");
      this.value(depth + 1, (value) => {
        record6[key2] = value;
      });
      if (this.#peek() === ",") this.#position++;
      else return this.#expect("}");
    }
  }
  #array(depth, assign) {
    const array19 = [];
    assign(array19);
    this.#position++;
    if (this.#peek() === "]") {
      this.#position++;
      return;
    }
    for (; ; ) {
      this.value(depth + 1, (value) => array19.push(value));
      if (this.#peek() === ",") this.#position++;
      else return this.#expect("]");
    }
  }
  #string() {
    const start = this.#position;
    let index3 = start + 1;
    while (index3 < this.text.length) {
      const char = this.text.charCodeAt(index3);
      if (char === 92) index3 += 2;
      else if (char === 34) break;
      else index3++;
    }
    if (index3 >= this.text.length) throw new EndOfHead();
    this.#position = index3 + 1;
    try {
      return JSON.parse(this.text.slice(start, index3 + 1));
    } catch {
      throw new NotJson();
    }
  }
  #scalar() {
    const rest = this.text.length - this.#position;
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.#position)) {
        this.#position += word.length;
        return value;
      }
      if (rest < word.length && word.startsWith(this.text.slice(this.#position))) throw new EndOfHead();
    }
    NUMBER.lastIndex = this.#position;
    const number15 = NUMBER.exec(this.text);
    if (!number15) throw new NotJson();
    this.#position += number15[0].length;
    if (this.#position >= this.text.length) throw new EndOfHead();
    return Number(number15[0]);
  }
  /** The next character after whitespace, without taking it. */
  #peek() {
    this.#skipWhitespace();
    const char = this.text[this.#position];
    if (char === void 0) throw new EndOfHead();
    return char;
  }
  #expect(char) {
    if (this.#peek() !== char) throw new NotJson();
    this.#position++;
  }
  #skipWhitespace() {
    WHITESPACE.lastIndex = this.#position;
    WHITESPACE.exec(this.text);
    this.#position = WHITESPACE.lastIndex;
  }
};

// src/core/coverage/parsers/istanbul/is-istanbul-head.ts
var ISTANBUL_KEYS = ["statementMap", "fnMap", "branchMap"];
function looksLikeFileCoverage(value) {
  if (!isJsonRecord(value)) return false;
  const has = (key2) => Object.hasOwn(value, key2);
  return ISTANBUL_KEYS.some(has) || has("path") && has("s");
}
function isIstanbulHead(head) {
  const read = readJsonHead(stripBom(head));
  if (!read || !isJsonRecord(read.value)) return false;
  const root = read.value;
  const firstKey = Object.keys(root)[0];
  if (firstKey === void 0) return read.complete;
  const first = root[firstKey];
  return looksLikeFileCoverage(first) || isJsonRecord(first) && looksLikeFileCoverage(ownValue(first, "data"));
}

// src/core/text/parse-json.ts
function parseJson(text9, source) {
  try {
    return JSON.parse(text9);
  } catch (error3) {
    const message3 = error3 instanceof Error ? error3.message : String(error3);
    const position2 = /position (\d+)/.exec(message3);
    const offset = position2 ? Number(position2[1]) : /end of JSON input/.test(message3) ? text9.length : null;
    const location = offset === null ? void 0 : locationAt(text9, offset);
    const cause = message3.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "");
    throw new InputError(source, `malformed JSON: ${cause}`, location);
  }
}

// src/core/coverage/parsers/istanbul/read-istanbul-json.ts
function readIstanbulJson(text9, source, reportName) {
  const root = parseJson(stripBom(text9), source);
  if (!isJsonRecord(root)) {
    throw new InputError(
      source,
      `expected ${reportName}: a JSON object keyed by file path, found ${showJsonValue(root)}`
    );
  }
  return Object.entries(root);
}

// src/core/coverage/parsers/istanbul/statement-lines.ts
function statementLines(file, fail2) {
  const statementMap = recordAt(file, "statementMap", fail2);
  const counts2 = recordAt(file, "s", fail2);
  const lines = /* @__PURE__ */ new Map();
  for (const [id, location] of Object.entries(statementMap)) {
    const failHere = (reason) => fail2(`statement "${id}": ${reason}`);
    const line6 = readLineNumber(startLineOf(location), "start line", failHere);
    if (!Object.hasOwn(counts2, id)) failHere('no count in "s"');
    const count5 = readCount(counts2[id], "count", failHere);
    const known = lines.get(line6);
    if (known === void 0 || count5 > known) lines.set(line6, count5);
  }
  for (const id of Object.keys(counts2)) {
    if (!Object.hasOwn(statementMap, id)) fail2(`"s" counts statement "${id}", which "statementMap" lacks`);
  }
  return lines;
}

// src/core/coverage/parsers/istanbul-parser.ts
function filePath(key2, file) {
  const path = ownValue(file, "path");
  return (typeof path === "string" && path !== "" ? path : key2).replaceAll("\\", "/");
}
var istanbulParser = {
  format: "istanbul",
  detect: isIstanbulHead,
  parse(text9, source) {
    const accumulator = new FileCoverageAccumulator();
    for (const [key2, value] of readIstanbulJson(text9, source, "an Istanbul coverage-final.json")) {
      const fail2 = entryFailure(source, key2);
      const file = fileCoverageData(value, fail2);
      const path = filePath(key2, file);
      const lines = statementLines(file, fail2);
      const branches = branchLines(file, fail2);
      accumulator.file(path);
      for (const line6 of [...lines.keys()].sort((a, b) => a - b)) {
        accumulator.add(path, line6, lines.get(line6) ?? 0, branches.get(line6) ?? null);
      }
      for (const [line6, branch] of branches) {
        if (!lines.has(line6)) accumulator.addBranch(path, line6, branch);
      }
    }
    return { source, format: "istanbul", sourceRoots: [], files: accumulator.files() };
  }
};

// src/core/coverage/parsers/istanbul/is-istanbul-summary-head.ts
function hasLinesWithPercent(entry) {
  if (!isJsonRecord(entry)) return false;
  const lines = ownValue(entry, "lines");
  return isJsonRecord(lines) && Object.hasOwn(lines, "pct");
}
function isIstanbulSummaryHead(head) {
  const read = readJsonHead(stripBom(head));
  if (!read || !isJsonRecord(read.value)) return false;
  const root = read.value;
  return hasLinesWithPercent(ownValue(root, "total")) || hasLinesWithPercent(Object.values(root)[0]);
}

// src/core/coverage/parsers/istanbul/read-summary-ratio.ts
function readSummaryRatio(entry, metric, fail2) {
  if (ownValue(entry, metric) === void 0) return null;
  const counts2 = recordAt(entry, metric, fail2);
  const failHere = (reason) => fail2(`"${metric}": ${reason}`);
  const total = readCount(ownValue(counts2, "total"), "total", failHere);
  const covered = readCount(ownValue(counts2, "covered"), "covered", failHere);
  if (covered > total) failHere(`covered ${covered} is more than total ${total}`);
  return { covered, total };
}

// src/core/coverage/parsers/istanbul-summary-parser.ts
var istanbulSummaryParser = {
  format: "istanbul-summary",
  detect: isIstanbulSummaryHead,
  parse(text9, source) {
    const accumulator = new FileCoverageAccumulator(false);
    const seen = /* @__PURE__ */ new Set();
    for (const [key2, value] of readIstanbulJson(text9, source, "an Istanbul coverage-summary.json")) {
      if (key2 === "total") continue;
      const fail2 = entryFailure(source, key2);
      if (!isJsonRecord(value)) fail2(`expected per-file totals, found ${showJsonValue(value)}`);
      const path = key2.replaceAll("\\", "/");
      if (seen.has(path)) fail2('names the same file as an earlier key, once "\\" is read as "/"');
      seen.add(path);
      const lines = readSummaryRatio(value, "lines", fail2);
      if (!lines) fail2('"lines" is missing');
      accumulator.file(path).statedTotals = { lines, branches: readSummaryRatio(value, "branches", fail2) };
    }
    return {
      source,
      format: "istanbul-summary",
      sourceRoots: [],
      files: accumulator.files(),
      totalsOnly: true
    };
  }
};

// src/core/coverage/parsers/jacoco/is-jacoco-head.ts
var REPORT_START_TAG = /<report(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/y;
var JACOCO_CHILD = /<(?:sessioninfo|group|package)(?=[\s/>])/y;
function isJacocoHead(head) {
  const { end, doctype } = scanProlog(head);
  REPORT_START_TAG.lastIndex = end;
  const root = REPORT_START_TAG.exec(head);
  if (!root) return false;
  if (doctype && /jacoco/i.test(head.slice(doctype.offset, end))) return true;
  if (root[0].endsWith("/>")) return false;
  JACOCO_CHILD.lastIndex = skipMisc(head, REPORT_START_TAG.lastIndex);
  return JACOCO_CHILD.test(head);
}

// src/core/coverage/parsers/jacoco/jacoco-dtd-check.ts
var DTD_VERSION = /-\/\/JACOCO\/\/DTD Report (\d+)\.(\d+)\/\//i;
var LOOKAHEAD = 9;
var MAX_PROLOG = 65536;
var JacocoDtdCheck = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #head = "";
  /** The text to scan now: `''` while the prolog is incomplete, then the held text, then each chunk as is. */
  pass(chunk, final) {
    if (this.#head === null) return chunk;
    const head = this.#head + chunk;
    const { end, doctype } = scanProlog(head);
    if (!final && head.length - end < LOOKAHEAD && head.length < MAX_PROLOG) {
      this.#head = head;
      return "";
    }
    this.#head = null;
    const version = doctype ? DTD_VERSION.exec(head.slice(doctype.offset, end)) : null;
    if (doctype && version && version[1] !== "1") {
      throw new InputError(
        this.source,
        `JaCoCo report DTD "Report ${version[1]}.${version[2]}" is not supported (supported: Report 1.x)`,
        locationAt(head, doctype.offset)
      );
    }
    return head;
  }
};

// src/core/coverage/parsers/jacoco/keep-stated-totals.ts
function keepStatedTotals(file, stated) {
  const known = file.statedTotals?.lines;
  const larger = !known || stated.lines.total > known.total || stated.lines.total === known.total && stated.lines.covered > known.covered;
  if (larger) file.statedTotals = { lines: stated.lines, branches: stated.branches };
}

// src/core/coverage/parsers/jacoco/record-failure.ts
function recordError(source, location, subject, reason) {
  const prefix = subject === void 0 ? "" : `${subject.replace(/[\r\n]+/g, " ")}: `;
  return new InputError(source, `${prefix}${reason}`, location);
}
function recordFailure2(source, locate, subject) {
  return (reason) => {
    throw recordError(source, locate(), subject, reason);
  };
}

// src/core/coverage/parsers/jacoco/read-whole-number.ts
var MAX_LINE_NUMBER5 = 1e7;
var DIGITS3 = /^\d+$/;
function readCount2(attributes, name, fail2) {
  const plain = attributes.integer(name);
  if (!Number.isNaN(plain)) return plain;
  const raw = attributes.get(name);
  if (raw === void 0) return void 0;
  const value = DIGITS3.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) fail2(`${name} ${JSON.stringify(raw)} is not a non-negative integer`);
  return value;
}
function readLineNumber2(attributes, name, fail2) {
  const plain = attributes.integer(name);
  if (plain >= 1 && plain <= MAX_LINE_NUMBER5) return plain;
  const raw = attributes.get(name);
  const value = raw !== void 0 && DIGITS3.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= MAX_LINE_NUMBER5)) {
    fail2(`line number ${JSON.stringify(raw ?? "")} is not an integer from 1 to ${MAX_LINE_NUMBER5}`);
  }
  return value;
}

// src/core/coverage/parsers/jacoco/read-jacoco-line.ts
function readJacocoLine(attributes, context) {
  let number15 = attributes.integer("nr");
  if (!(number15 >= 1 && number15 <= MAX_LINE_NUMBER5)) {
    number15 = readLineNumber2(attributes, "nr", recordFailure2(context.source, context.locate, context.subject));
  }
  let missed = attributes.integer("mi");
  let covered = attributes.integer("ci");
  let missedBranches = attributes.integer("mb");
  let coveredBranches = attributes.integer("cb");
  if (Number.isNaN(missed) || Number.isNaN(covered) || Number.isNaN(missedBranches) || Number.isNaN(coveredBranches)) {
    const fail2 = recordFailure2(context.source, context.locate, `${context.subject}, line ${number15}`);
    missed = readCount2(attributes, "mi", fail2);
    covered = readCount2(attributes, "ci", fail2);
    missedBranches = readCount2(attributes, "mb", fail2) ?? 0;
    coveredBranches = readCount2(attributes, "cb", fail2) ?? 0;
  }
  const branches = missedBranches + coveredBranches;
  return {
    number: number15,
    // The DTD makes every count optional: one of `mi`/`ci` present means the other is 0.
    counted: missed !== void 0 || covered !== void 0,
    covered: covered ?? 0,
    instructions: (missed ?? 0) + (covered ?? 0),
    branch: branches > 0 ? { covered: coveredBranches, total: branches } : null
  };
}

// src/core/coverage/parsers/jacoco/jacoco-file-reader.ts
var JacocoFileReader = class {
  constructor(accumulator, path, subject, source, locate) {
    this.accumulator = accumulator;
    this.path = path;
    this.subject = subject;
    this.source = source;
    this.locate = locate;
    accumulator.file(path);
  }
  accumulator;
  path;
  subject;
  source;
  locate;
  /** Lines with `mi`/`ci`, and all lines. */
  #counted = 0;
  #lines = 0;
  /** The number of the first line without `mi`/`ci`, while no line has them. */
  #firstUncounted = null;
  /** Whether some line carries `mi`/`ci`, which makes the file's counters irrelevant. */
  get counted() {
    return this.#counted > 0;
  }
  /** Reads one `<line>`. */
  line(attributes) {
    const line6 = readJacocoLine(attributes, this);
    this.#lines++;
    if (!line6.counted) {
      if (this.#counted > 0) this.#mixed(line6.number);
      this.#firstUncounted ??= line6.number;
      return;
    }
    if (this.#firstUncounted !== null) this.#mixed(this.#firstUncounted);
    this.#counted++;
    if (line6.instructions > 0) this.accumulator.add(this.path, line6.number, line6.covered, line6.branch);
  }
  /** Ends the file: without lines carrying `mi`/`ci`, its own counters (`counters`) state its totals. */
  finish(counters) {
    if (this.#counted > 0) return;
    const stated = counters.totals(this.source, this.subject);
    if (stated) keepStatedTotals(this.accumulator.file(this.path), stated);
    else if (this.#lines > 0) {
      throw recordError(
        this.source,
        this.locate(),
        this.subject,
        "its lines carry no mi/ci counts and it has no LINE counter"
      );
    }
  }
  #mixed(number15) {
    throw recordError(
      this.source,
      this.locate(),
      `${this.subject}, line ${number15}`,
      "has no mi/ci counts while other lines of the file have them"
    );
  }
};

// src/core/coverage/parsers/jacoco/stated-counters.ts
var Problem = class extends Error {
};
var StatedCounters = class {
  #lines = null;
  #branches = null;
  #problem = null;
  /** Reads one `<counter>`; `locate` gives its place, asked only when it is wrong. */
  read(attributes, locate) {
    if (this.#problem) return;
    const type = attributes.get("type");
    if (type !== "LINE" && type !== "BRANCH") return;
    const fail2 = (reason) => {
      this.#problem = { location: locate(), type, reason };
      throw new Problem(reason);
    };
    try {
      if ((type === "LINE" ? this.#lines : this.#branches) !== null) fail2("appears twice");
      const covered = readCount2(attributes, "covered", fail2) ?? fail2("missing covered");
      const missed = readCount2(attributes, "missed", fail2) ?? fail2("missing missed");
      const ratio = { covered, total: covered + missed };
      if (type === "LINE") this.#lines = ratio;
      else this.#branches = ratio;
    } catch (error3) {
      if (!(error3 instanceof Problem)) throw error3;
    }
  }
  /**
   * The stated totals, or `null` without a `LINE` counter (JaCoCo leaves out counters whose total is 0, so a
   * missing `BRANCH` counter means no branches). Throws the first wrong counter, named after `subject`.
   */
  totals(source, subject) {
    const problem = this.#problem;
    if (problem) {
      throw recordError(source, problem.location, `${subject}, ${problem.type} counter`, problem.reason);
    }
    if (!this.#lines) return null;
    return { lines: this.#lines, branches: this.#branches ?? { covered: 0, total: 0 } };
  }
};

// src/core/coverage/parsers/jacoco/jacoco-reader.ts
var HINT = "no per-line data (generated without source file information?)";
var pathOf = (raw) => (raw ?? "").replaceAll("\\", "/");
var JacocoReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #stack = [];
  #accumulator = new FileCoverageAccumulator();
  #scanner = null;
  #package = null;
  #file = null;
  #fileCounters = new StatedCounters();
  #fileDepth = 0;
  #class = null;
  #files = 0;
  /** Where the first JaCoCo class is, while no file has been read (`undefined` before any class). */
  #firstClass = void 0;
  /** The first refusal of a package without files, thrown at the end if some other package has files. */
  #refusal = null;
  /** The scanner feeding this reader, for error locations. */
  attach(scanner) {
    this.#scanner = scanner;
  }
  #locate = () => this.#scanner?.here() ?? { line: 1 };
  open(name, attributes) {
    const stack = this.#stack;
    const depth = stack.length;
    const openClass = this.#class;
    const file = this.#file;
    if (depth === 0) {
      if (name !== "report")
        throw new InputError(this.source, "not a JaCoCo report: the root element is not <report>");
    } else if (openClass) {
      if (depth === openClass.depth + 1) {
        if (name === "lines") this.#openClassLines(openClass);
        else if (name === "counter" && !openClass.file?.counted)
          openClass.counters.read(attributes, this.#locate);
      } else if (name === "line" && depth === openClass.depth + 2 && stack[depth - 1] === "lines") {
        openClass.file?.line(attributes);
      }
    } else if (file) {
      if (depth === this.#fileDepth + 1) {
        if (name === "line") file.line(attributes);
        else if (name === "counter" && !file.counted) this.#fileCounters.read(attributes, this.#locate);
      }
    } else if (this.#package) {
      if (depth === this.#package.depth + 1) {
        if (name === "sourcefile") this.#openSourcefile(this.#package, attributes, depth);
        else if (name === "class") this.#openClass(this.#package, attributes, depth);
      }
    } else if (name === "package" && stack.every((parent, index3) => index3 === 0 || parent === "group")) {
      const packageName = pathOf(attributes.get("name")).replace(/\/+$/, "");
      this.#package = { depth, name: detachString(packageName), files: 0, refusal: null };
    }
    stack.push(name);
  }
  close() {
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
  #openSourcefile(pkg, attributes, depth) {
    const fileName = pathOf(attributes.get("name"));
    if (fileName === "") {
      throw recordError(
        this.source,
        this.#locate(),
        void 0,
        `a <sourcefile> in package "${pkg.name}" has no name`
      );
    }
    const path = detachString(pkg.name === "" ? fileName : `${pkg.name}/${fileName}`);
    this.#file = new JacocoFileReader(
      this.#accumulator,
      path,
      `sourcefile "${path}"`,
      this.source,
      this.#locate
    );
    this.#fileCounters = new StatedCounters();
    this.#fileDepth = depth;
  }
  #openClass(pkg, attributes, depth) {
    const wanted = this.#files === 0 && this.#firstClass === void 0 || pkg.files === 0 && !pkg.refusal;
    this.#class = {
      depth,
      sourcefilename: attributes.get("sourcefilename"),
      counters: new StatedCounters(),
      file: null,
      location: wanted ? this.#locate() : null
    };
  }
  #openClassLines(openClass) {
    if (openClass.file) return;
    const path = detachString(pathOf(openClass.sourcefilename));
    if (path === "") {
      const location = openClass.location ?? this.#locate();
      throw recordError(this.source, location, void 0, "a <class> with <lines> has no sourcefilename");
    }
    openClass.file = new JacocoFileReader(
      this.#accumulator,
      path,
      `class "${path}"`,
      this.source,
      this.#locate
    );
  }
  #closeClass(openClass) {
    this.#class = null;
    if (openClass.file) {
      openClass.file.finish(openClass.counters);
      this.#counted();
      return;
    }
    if (this.#firstClass === void 0) this.#firstClass = openClass.location;
    const pkg = this.#package;
    if (!pkg || pkg.files > 0 || pkg.refusal) return;
    try {
      if ((openClass.counters.totals(this.source, "class")?.lines.total ?? 0) === 0) return;
      pkg.refusal = recordError(
        this.source,
        openClass.location ?? void 0,
        void 0,
        `package "${pkg.name}" has classes with line coverage but no <sourcefile> elements: ${HINT}`
      );
    } catch (error3) {
      if (!(error3 instanceof InputError)) throw error3;
      pkg.refusal = error3;
    }
  }
  #counted() {
    this.#files++;
    if (this.#package) this.#package.files++;
  }
  /**
   * The report read (call after the scanner's `end`). Refuses a report whose line coverage sits only in `<class>`
   * elements: reading on would report 0 files, or drop those classes from the totals, both silent passes. JaCoCo
   * writes `<sourcefile>` elements for every class compiled with source file information.
   */
  report() {
    if (this.#files === 0 && this.#firstClass !== void 0) {
      throw recordError(
        this.source,
        this.#firstClass ?? void 0,
        void 0,
        `the JaCoCo report has <class> elements but no <sourcefile> elements: ${HINT}`
      );
    }
    if (this.#refusal) throw this.#refusal;
    return { source: this.source, format: "jacoco", sourceRoots: [], files: this.#accumulator.files() };
  }
};

// src/core/coverage/parsers/jacoco-parser.ts
var PARSE_CHUNK = 1024 * 1024;
function openJacoco(source) {
  const check2 = new JacocoDtdCheck(source);
  const reader = new JacocoReader(source);
  const scanner = new XmlScanner(source, reader);
  reader.attach(scanner);
  return {
    write(chunk) {
      const text9 = check2.pass(chunk, false);
      if (text9 !== "") scanner.write(text9);
    },
    end() {
      const text9 = check2.pass("", true);
      if (text9 !== "") scanner.write(text9);
      scanner.end();
      return reader.report();
    }
  };
}
var jacocoParser = {
  format: "jacoco",
  detect: isJacocoHead,
  open: openJacoco,
  parse(text9, source) {
    const xml = stripBom(text9);
    const stream = openJacoco(source);
    for (let start = 0; start < xml.length; start += PARSE_CHUNK) {
      stream.write(xml.slice(start, start + PARSE_CHUNK));
    }
    return stream.end();
  }
};

// src/core/coverage/parsers/lcov/block-branches.ts
var BlockBranches = class {
  #byLine = /* @__PURE__ */ new Map();
  add(record6) {
    let branches = this.#byLine.get(record6.line);
    if (!branches) {
      branches = /* @__PURE__ */ new Map();
      this.#byLine.set(record6.line, branches);
    }
    const known = branches.get(record6.key);
    if (known === void 0 || record6.taken > known) branches.set(record6.key, record6.taken);
  }
  /**
   * Passes each line's counts (total = distinct branches, covered = those taken) to the accumulator. A branch
   * line without a `DA` record (istanbul writes some) still counts its branches, as lcov's own `BRF` does, but
   * does not become a coverable line.
   */
  flush(accumulator, path) {
    for (const [line6, branches] of this.#byLine) {
      let covered = 0;
      for (const taken of branches.values()) if (taken > 0) covered++;
      accumulator.addBranch(path, line6, { covered, total: branches.size });
    }
    this.#byLine.clear();
  }
};

// src/core/coverage/parsers/lcov/has-record-key.ts
var isLetter = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122;
var isDigit = (code) => code >= 48 && code <= 57;
var UNDERSCORE = 95;
var COLON = 58;
function hasRecordKey(text9, start, end) {
  if (start >= end || !isLetter(text9.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text9.charCodeAt(i);
    if (code === COLON) return true;
    if (!isLetter(code) && !isDigit(code) && code !== UNDERSCORE) return false;
  }
  return false;
}

// src/core/coverage/parsers/lcov/is-lcov-head.ts
var OPENING_RECORD = /^(?:TN|SF|VER):/;
var SOURCE_FILE_RECORD = /^[ \t]*SF:/m;
function isLcovHead(head) {
  const text9 = stripBom(head);
  for (const rawLine of text9.split("\n")) {
    const line6 = rawLine.trim();
    if (line6 === "" || line6.startsWith("#")) continue;
    return OPENING_RECORD.test(line6) && SOURCE_FILE_RECORD.test(text9);
  }
  return false;
}

// src/core/coverage/parsers/lcov/index-within.ts
function indexWithin(text9, char, from, to) {
  const index3 = text9.indexOf(char, from);
  return index3 >= 0 && index3 < to ? index3 : -1;
}

// src/core/coverage/parsers/lcov/read-count.ts
var WHOLE_NUMBER2 = /^\d+$/;
var UNSIGNED_NUMBER2 = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function readCount3(raw, what, fail2) {
  if (WHOLE_NUMBER2.test(raw)) return Number(raw);
  const shown2 = JSON.stringify(raw);
  if (raw === "") return fail2(`${what} is missing`);
  if (raw.startsWith("-") && UNSIGNED_NUMBER2.test(raw.slice(1))) {
    return Number(raw) === 0 ? 0 : fail2(`${what} ${shown2} is negative`);
  }
  if (!UNSIGNED_NUMBER2.test(raw)) return fail2(`${what} ${shown2} is not a number`);
  const count5 = Number(raw);
  if (!Number.isFinite(count5)) return fail2(`${what} ${shown2} is not a finite number`);
  return Math.floor(count5);
}

// src/core/coverage/parsers/lcov/read-line-number.ts
var MAX_LINE_NUMBER6 = 1e7;
function readLineNumber3(raw, record6, fail2) {
  const number15 = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (number15 >= 1 && number15 <= MAX_LINE_NUMBER6) return number15;
  return fail2(
    `${record6} record: line number ${JSON.stringify(raw)} is not an integer from 1 to ${MAX_LINE_NUMBER6}`
  );
}

// src/core/coverage/parsers/lcov/scan-digits.ts
var MAX_FAST_DIGITS = 15;
function scanDigits(text9, from, to) {
  if (to <= from || to - from > MAX_FAST_DIGITS) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text9.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

// src/core/coverage/parsers/lcov/read-brda-record.ts
function readBrdaRecord(text9, start, end, fail2) {
  const first = indexWithin(text9, ",", start, end);
  const middle = first < 0 ? -1 : indexWithin(text9, ",", first + 1, end);
  const last = text9.lastIndexOf(",", end - 1);
  if (middle < 0 || middle >= last) {
    return fail2(`BRDA record ${JSON.stringify(text9.slice(start, end))} is not "line,block,branch,taken"`);
  }
  let line6 = scanDigits(text9, start, first);
  if (line6 < 1 || line6 > MAX_LINE_NUMBER6) line6 = readLineNumber3(text9.slice(start, first), "BRDA", fail2);
  let taken = end - last === 2 && text9.charCodeAt(last + 1) === 45 ? 0 : scanDigits(text9, last + 1, end);
  if (taken < 0) taken = readCount3(text9.slice(last + 1, end), "BRDA record: taken count", fail2);
  return { line: line6, key: text9.slice(first + 1, last), taken };
}

// src/core/coverage/parsers/lcov/read-da-record.ts
function readDaRecord(text9, start, end, fail2) {
  const comma = indexWithin(text9, ",", start, end);
  if (comma < 0) return fail2(`DA record ${JSON.stringify(text9.slice(start, end))} is not "line,count"`);
  let countEnd = indexWithin(text9, ",", comma + 1, end);
  if (countEnd < 0) countEnd = end;
  let line6 = scanDigits(text9, start, comma);
  if (line6 < 1 || line6 > MAX_LINE_NUMBER6) line6 = readLineNumber3(text9.slice(start, comma), "DA", fail2);
  let hits = scanDigits(text9, comma + 1, countEnd);
  if (hits < 0) hits = readCount3(text9.slice(comma + 1, countEnd), "DA record: count", fail2);
  return { line: line6, hits };
}

// src/core/coverage/parsers/lcov-parser.ts
var isSpace2 = (code) => code === 32 || code >= 9 && code <= 13;
var HASH = 35;
function shown(line6) {
  return JSON.stringify(line6.length > 60 ? `${line6.slice(0, 60)}\u2026` : line6);
}
var LcovReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  #accumulator = new FileCoverageAccumulator();
  #branches = new BlockBranches();
  #path = null;
  #lineNumber = 0;
  #rest = "";
  write(chunk) {
    const content = this.#rest + chunk;
    let next = 0;
    for (let newline = content.indexOf("\n"); newline !== -1; newline = content.indexOf("\n", next)) {
      this.#line(content, next, newline);
      next = newline + 1;
    }
    this.#rest = content.slice(next);
  }
  end() {
    if (this.#rest !== "") this.#line(this.#rest, 0, this.#rest.length);
    this.#rest = "";
    this.#closeBlock();
    return { source: this.source, format: "lcov", sourceRoots: [], files: this.#accumulator.files() };
  }
  #fail = (reason) => {
    throw new InputError(this.source, reason, { line: this.#lineNumber });
  };
  #closeBlock() {
    if (this.#path !== null) this.#branches.flush(this.#accumulator, this.#path);
    this.#path = null;
  }
  #currentPath(key2) {
    return this.#path ?? this.#fail(`${key2} record outside a source file block (no SF: record before it)`);
  }
  #line(content, from, to) {
    this.#lineNumber++;
    let start = from;
    let end = to;
    while (start < end && isSpace2(content.charCodeAt(start))) start++;
    while (end > start && isSpace2(content.charCodeAt(end - 1))) end--;
    if (start === end || content.charCodeAt(start) === HASH) return;
    if (content.startsWith("DA:", start)) {
      const file = this.#currentPath("DA");
      const record6 = readDaRecord(content, start + 3, end, this.#fail);
      this.#accumulator.add(file, record6.line, record6.hits);
    } else if (content.startsWith("BRDA:", start)) {
      this.#currentPath("BRDA");
      this.#branches.add(readBrdaRecord(content, start + 5, end, this.#fail));
    } else if (content.startsWith("SF:", start)) {
      this.#closeBlock();
      if (end === start + 3) this.#fail("SF record without a file path");
      this.#path = detachString(content.slice(start + 3, end).replaceAll("\\", "/"));
      this.#accumulator.file(this.#path);
    } else if (end - start === 13 && content.startsWith("end_of_record", start)) {
      this.#closeBlock();
    } else if (!hasRecordKey(content, start, end)) {
      this.#fail(`not an LCOV record (expected KEY:value): ${shown(content.slice(start, end))}`);
    }
  }
};
var lcovParser = {
  format: "lcov",
  detect: isLcovHead,
  open: (source) => new LcovReader(source),
  parse(text9, source) {
    const reader = new LcovReader(source);
    reader.write(stripBom(text9));
    return reader.end();
  }
};

// src/core/coverage/parse-coverage.ts
var PARSERS = [
  coberturaParser,
  jacocoParser,
  cloverParser,
  lcovParser,
  goCoverParser,
  istanbulParser,
  istanbulSummaryParser
];
var SUPPORTED = "Cobertura, JaCoCo, Clover, LCOV, Go coverprofile, Istanbul JSON";
var RECOGNIZED_UNSUPPORTED = [
  {
    name: "SonarQube generic coverage XML",
    test: (h) => /<coverage\b[^>]*\bversion="1"/.test(h) && /<file\b[^>]*\bpath=/.test(h)
  }
];
var HEAD_LENGTH = 8192;
function parserFor2(head, source) {
  if (head.trim() === "") throw new InputError(source, "empty file: expected a coverage report");
  const parser = PARSERS.find((candidate) => candidate.detect(head));
  if (parser) return parser;
  const known = RECOGNIZED_UNSUPPORTED.find((candidate) => candidate.test(head));
  if (known) throw new InputError(source, `${known.name} is not supported (supported: ${SUPPORTED})`);
  throw new InputError(source, `unknown coverage format (supported: ${SUPPORTED})`);
}
function detectsCoverage(head) {
  const content = stripBom(head).slice(0, HEAD_LENGTH);
  return PARSERS.some((candidate) => candidate.detect(content));
}
function parseCoverage(text9, source) {
  const content = stripBom(text9);
  return parserFor2(content.slice(0, HEAD_LENGTH), source).parse(content, source);
}

// src/core/sast/empty-array-run.ts
var ARRAY_TOOLS = [
  { pattern: /gitleaks|leaks/i, tool: "gitleaks", format: "gitleaks" },
  { pattern: /trivy/i, tool: "Trivy", format: "trivy" },
  { pattern: /eslint|lint/i, tool: "ESLint", format: "eslint" }
];
function emptyArrayRun(source) {
  const name = source.split("/").pop() ?? source;
  const match = ARRAY_TOOLS.find((candidate) => candidate.pattern.test(name)) ?? {
    tool: "ESLint",
    format: "eslint"
  };
  return {
    format: match.format,
    run: { tool: match.tool, complete: true, incompleteReason: null, findings: [] }
  };
}

// src/core/sast/finding-identity.ts
function findingIdentity(finding) {
  if (finding.toolFingerprint !== null) return `tool:${finding.toolFingerprint}`;
  const snippet = finding.snippet?.replace(/\s+/g, " ").trim();
  return snippet ? `snippet:${snippet}` : `message:${finding.message.replace(/\s+/g, " ").trim()}`;
}

// src/core/sast/fingerprint-findings.ts
import { createHash } from "node:crypto";
function fingerprintFindings(findings) {
  const occurrences = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const basis = [finding.tool, finding.ruleId, finding.path ?? "", finding.identity].join("\0");
    const key2 = `${finding.run}\0${basis}`;
    const occurrence = occurrences.get(key2) ?? 0;
    occurrences.set(key2, occurrence + 1);
    const fingerprint = createHash("sha256").update(`${basis}\0${occurrence}`).digest("hex").slice(0, 32);
    return { ...finding, fingerprint };
  });
}

// src/core/sast/cwe-ids.ts
function cweIds(...values) {
  const ids = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "number" && Number.isInteger(value) && value > 0) ids.add(value);
    else if (typeof value === "string") {
      for (const match of value.matchAll(/\bcwe[-_/ ]?0*(\d{1,5})\b/gi)) ids.add(Number(match[1]));
      if (/^\s*\d{1,5}\s*$/.test(value)) ids.add(Number(value));
    }
  };
  values.forEach(visit);
  return [...ids].filter((id) => id > 0).sort((a, b) => a - b).map((id) => `CWE-${id}`);
}

// src/core/sast/parsers/sarif/artifact-path.ts
var SCHEME = /^([a-z][a-z0-9+.-]+):/i;
var WINDOWS_DRIVE = /^[a-z]:[\\/]/i;
function percentDecode(text9) {
  try {
    return decodeURIComponent(text9);
  } catch {
    return text9;
  }
}
function toPosix(path) {
  return path.replace(/\\/g, "/").replace(/\/(\.\/)+/g, "/").replace(/^(\.\/)+/, "");
}
function filePath2(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return toPosix(percentDecode(uri.replace(/^file:(\/\/)?/i, "")));
  }
  const path = percentDecode(url.pathname).replace(/^\/([a-z]:)/i, "$1");
  return url.host === "" ? path : `//${url.host}${path}`;
}
function join(base, relative2) {
  if (base === "") return relative2;
  return `${base.replace(/\/+$/, "")}/${relative2.replace(/^\/+/, "")}`;
}
function artifactPath(uri, uriBaseId, bases) {
  const own = uri.trim();
  const scheme = SCHEME.exec(own)?.[1]?.toLowerCase();
  if (scheme === "file") return filePath2(own);
  if (scheme !== void 0) return own;
  if (WINDOWS_DRIVE.test(own)) return toPosix(own);
  let relative2 = own;
  const seen = /* @__PURE__ */ new Set();
  for (let id = uriBaseId; id !== void 0 && !seen.has(id); id = bases?.[id]?.uriBaseId) {
    seen.add(id);
    const base = bases?.[id]?.uri?.trim();
    if (base === void 0 || SCHEME.test(base) || WINDOWS_DRIVE.test(base)) break;
    relative2 = join(base, relative2);
  }
  return toPosix(percentDecode(relative2));
}

// src/core/sast/report-path.ts
function reportPath(raw) {
  return artifactPath(raw, void 0, void 0);
}

// src/core/text/plural.ts
function plural(count5, singular, pluralForm = `${singular}s`) {
  return `${count5} ${count5 === 1 ? singular : pluralForm}`;
}

// src/core/sast/parsers/quote-error.ts
var MAX_QUOTE = 160;
function quoteError(text9) {
  const line6 = text9.replace(/\s+/g, " ").trim() || "(no message)";
  return line6.length > MAX_QUOTE ? `${line6.slice(0, MAX_QUOTE - 1)}\u2026` : line6;
}

// src/core/sast/parsers/bandit/bandit-completeness.ts
function banditCompleteness(report) {
  if (report.errors.length === 0) return { complete: true, incompleteReason: null };
  const [first] = report.errors;
  const quoted = [first?.filename, first?.reason].filter(Boolean).join(": ") || "(no details)";
  return {
    complete: false,
    incompleteReason: `Bandit skipped ${plural(report.errors.length, "file", "files")} it could not scan; first: ${quoteError(quoted)}`
  };
}

// src/core/sast/parsers/bandit/bandit-secret.ts
var BANDIT_SECRET_TESTS = /* @__PURE__ */ new Set(["B105", "B106", "B107"]);

// src/core/sast/parsers/bandit/bandit-message.ts
function banditMessage(result7) {
  const message3 = result7.issue_text?.trim() || result7.test_name || result7.test_id;
  if (!BANDIT_SECRET_TESTS.has(result7.test_id)) return message3;
  const colon = message3.indexOf(":");
  return `${colon >= 0 ? message3.slice(0, colon) : message3} (value withheld)`;
}

// src/core/sast/parsers/bandit/bandit-schema.ts
import * as z2 from "zod";

// src/core/sast/parsers/lenient.ts
var lenient = (schema) => schema.optional().catch(void 0);

// src/core/sast/parsers/severity-word.ts
import * as z from "zod";
function severityWord(words) {
  return z.preprocess(
    (value) => typeof value === "string" ? value.trim().toUpperCase() : value,
    z.enum(words)
  );
}

// src/core/sast/parsers/bandit/bandit-schema.ts
var BANDIT_SEVERITIES = ["UNDEFINED", "LOW", "MEDIUM", "HIGH"];
var text = lenient(z2.string());
var line = lenient(z2.number().int().positive());
var result = z2.looseObject({
  test_id: z2.string(),
  test_name: text,
  filename: text,
  line_number: line,
  line_range: lenient(z2.array(z2.number())),
  issue_severity: severityWord(BANDIT_SEVERITIES),
  issue_confidence: text,
  issue_cwe: lenient(z2.looseObject({ id: lenient(z2.union([z2.number(), z2.string()])) })),
  issue_text: text,
  code: text
});
var error = lenient(z2.looseObject({ filename: text, reason: text }));
var banditReportSchema = z2.looseObject({
  results: z2.array(result),
  errors: z2.array(error)
});

// src/core/sast/parsers/bandit/bandit-snippet.ts
var NUMBERED_LINE = /^(\d+) (.*)$/;
function banditSnippet(result7) {
  if (!result7.code) return null;
  const range = result7.line_range?.length ? result7.line_range : [result7.line_number ?? 0];
  const first = Math.min(...range);
  const last = Math.max(...range);
  const lines = result7.code.split("\n").map((text9) => NUMBERED_LINE.exec(text9)).filter((match) => match !== null).filter((match) => Number(match[1]) >= first && Number(match[1]) <= last).map((match) => match[2] ?? "");
  const snippet = lines.join("\n").trimEnd();
  return snippet.trim() === "" ? null : snippet;
}

// src/core/sast/parsers/line-span.ts
function lineSpan(start, end) {
  if (start === void 0) return { line: null, endLine: null };
  return { line: start, endLine: end !== void 0 && end >= start ? end : start };
}

// src/core/rules/yaml-locate.ts
import { EVENT_ID, parseEvents } from "js-yaml";
function formatPath(path) {
  return path.reduce((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out === "" ? String(part) : `${out}.${String(part)}`;
  }, "");
}
function startOf(event) {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  return 0;
}
function indexYamlPositions(text9) {
  const positions = { value: /* @__PURE__ */ new Map(), key: /* @__PURE__ */ new Map() };
  let events;
  try {
    events = parseEvents(text9, {});
  } catch {
    return positions;
  }
  const stack = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      const closed = stack.pop();
      const parent2 = stack.at(-1);
      if (parent2?.kind === "map") parent2.awaitingKey = !closed?.isKey;
      continue;
    }
    const parent = stack.at(-1);
    let path = "";
    if (parent?.kind === "map") {
      if (parent.awaitingKey) {
        parent.key = event.type === EVENT_ID.SCALAR ? text9.slice(event.valueStart, event.valueEnd).replace(/^["']|["']$/g, "") : "";
        parent.awaitingKey = false;
        positions.key.set(parent.path === "" ? parent.key : `${parent.path}.${parent.key}`, startOf(event));
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
          stack.push({ kind: "seq", path: "\0", isKey: true, index: 0 });
        }
        continue;
      }
      path = parent.path === "" ? parent.key : `${parent.path}.${parent.key}`;
      parent.awaitingKey = event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS;
    } else if (parent?.kind === "seq") {
      path = `${parent.path}[${parent.index}]`;
      parent.index++;
    }
    positions.value.set(path, startOf(event));
    if (event.type === EVENT_ID.MAPPING)
      stack.push({ kind: "map", path, isKey: false, awaitingKey: true, key: "" });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: "seq", path, isKey: false, index: 0 });
  }
  return positions;
}
function locateYamlPath(text9, path, preferKey = false) {
  const positions = indexYamlPositions(text9);
  for (let length = path.length; length >= 0; length--) {
    const key2 = formatPath(path.slice(0, length));
    const offset = (preferKey ? positions.key.get(key2) : void 0) ?? positions.value.get(key2) ?? positions.key.get(key2);
    if (offset !== void 0) return locationAt(text9, offset);
  }
  return void 0;
}

// src/core/sast/validate-report-shape.ts
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}
function valueAt(document, path) {
  let value = document;
  for (const key2 of path) {
    if (typeof value !== "object" || value === null) return void 0;
    value = value[key2];
  }
  return value;
}
function describeIssue(issue, document) {
  const place4 = formatPath(issue.path) || "document";
  const actual = valueAt(document, issue.path);
  if (issue.code === "invalid_type") {
    const expected = /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`;
    return `${place4}: expected ${expected}, got ${describeValue(actual)}`;
  }
  if (issue.code === "invalid_value") {
    const got = typeof actual === "string" ? `"${actual}"` : describeValue(actual);
    return `${place4}: expected one of ${issue.values.map(String).join(", ")}, got ${got}`;
  }
  return `${place4}: ${issue.message}`;
}
function validateReportShape(schema, document, source, format) {
  const parsed = schema.safeParse(document);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : "";
  throw new InputError(source, `${first ? describeIssue(first, document) : `not a ${format} report`}${more}`);
}

// src/core/text/is-json-object.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/sast/parsers/bandit-parser.ts
var SEVERITY = { HIGH: "high", MEDIUM: "medium", LOW: "low", UNDEFINED: "info" };
var CONFIDENCE = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
function toFinding(result7) {
  const start = result7.line_number;
  const rangeEnd = result7.line_range?.length ? Math.max(...result7.line_range) : void 0;
  return {
    ruleId: result7.test_id,
    severity: SEVERITY[result7.issue_severity],
    path: result7.filename ? reportPath(result7.filename) : null,
    ...lineSpan(start, rangeEnd),
    message: banditMessage(result7),
    // Bandit leaves `# nosec` issues out of `results` altogether (it only counts them in `metrics`).
    suppressed: false,
    baselineState: null,
    confidence: CONFIDENCE[result7.issue_confidence?.trim().toUpperCase()] ?? null,
    cwes: cweIds(result7.issue_cwe?.id),
    toolFingerprint: null,
    snippet: BANDIT_SECRET_TESTS.has(result7.test_id) ? null : banditSnippet(result7)
  };
}
var banditParser = {
  format: "bandit",
  detect(document) {
    if (!isJsonObject(document) || !Array.isArray(document.results) || !isJsonObject(document.metrics))
      return false;
    return !document.results.some((result7) => isJsonObject(result7) && "check_id" in result7);
  },
  parse(document, source) {
    const report = validateReportShape(banditReportSchema, document, source, "Bandit JSON");
    return [{ tool: "Bandit", ...banditCompleteness(report), findings: report.results.map(toFinding) }];
  }
};

// src/core/sast/parsers/checkov-parser.ts
import * as z4 from "zod";

// src/core/sast/parsers/checkov/checkov-severity.ts
var SEVERITY2 = {
  CRITICAL: "critical",
  HIGH: "high",
  IMPORTANT: "high",
  MEDIUM: "medium",
  MODERATE: "medium",
  LOW: "low",
  INFO: "info",
  NONE: "info"
};
function checkovSeverity(check2) {
  return check2.severity ? SEVERITY2[check2.severity] : "high";
}

// src/core/sast/parsers/checkov/checkov-finding.ts
function checkPath(check2) {
  const raw = (check2.repo_file_path || check2.file_path)?.replace(/^\/+/, "");
  return raw ? reportPath(raw) : null;
}
function checkMessage(check2) {
  const vulnerability3 = check2.vulnerability_details;
  if (vulnerability3?.package_name) {
    const fixed = vulnerability3.lowest_fixed_version ? ` (fixed in ${vulnerability3.lowest_fixed_version})` : "";
    const version = vulnerability3.package_version ? ` ${vulnerability3.package_version}` : "";
    return `${vulnerability3.package_name}${version}: ${vulnerability3.id ?? check2.check_name ?? check2.check_id}${fixed}`;
  }
  const name = check2.check_name?.trim() || check2.check_id;
  return check2.resource ? `${name} (${check2.resource})` : name;
}
function checkovFinding(check2, suppressed) {
  const [start, end] = check2.file_line_range ?? [];
  const line6 = start !== void 0 && Number.isInteger(start) && start > 0 ? start : void 0;
  return {
    ruleId: check2.check_id,
    severity: checkovSeverity(check2),
    path: checkPath(check2),
    ...lineSpan(line6, end !== void 0 && Number.isInteger(end) ? end : void 0),
    message: checkMessage(check2),
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null
  };
}

// src/core/sast/parsers/checkov/checkov-run.ts
function checkovRun(framework) {
  const listed2 = framework.results.parsing_errors ?? [];
  const count5 = Math.max(listed2.length, framework.summary?.parsing_errors ?? 0);
  const [first] = listed2;
  const quoted = typeof first === "string" ? `; first: ${quoteError(first)}` : "";
  return {
    tool: "Checkov",
    complete: count5 === 0,
    incompleteReason: count5 === 0 ? null : `Checkov (${framework.check_type}) could not parse ${plural(count5, "file", "files")}${quoted}`,
    findings: [
      ...framework.results.failed_checks.map((check2) => checkovFinding(check2, false)),
      ...(framework.results.skipped_checks ?? []).map((check2) => checkovFinding(check2, true))
    ]
  };
}

// src/core/sast/parsers/checkov/checkov-schema.ts
import * as z3 from "zod";
var CHECKOV_SEVERITIES = [
  "CRITICAL",
  "HIGH",
  "IMPORTANT",
  "MEDIUM",
  "MODERATE",
  "LOW",
  "INFO",
  "NONE"
];
var text2 = lenient(z3.string());
var check = z3.looseObject({
  check_id: z3.string(),
  check_name: text2,
  file_path: text2,
  repo_file_path: text2,
  file_line_range: lenient(z3.array(z3.number())),
  resource: text2,
  // null without a Prisma Cloud API key: most OSS runs.
  severity: severityWord(CHECKOV_SEVERITIES).nullable().optional(),
  check_result: lenient(z3.looseObject({ suppress_comment: lenient(z3.string().nullable()) })),
  // SCA checks (`sca_package`, `sca_image`): the vulnerable package.
  vulnerability_details: lenient(
    z3.looseObject({ id: text2, package_name: text2, package_version: text2, lowest_fixed_version: text2 }).nullable()
  )
});
var count = z3.number().int().nonnegative();
var checkovFrameworkSchema = z3.looseObject({
  check_type: z3.string(),
  results: z3.looseObject({
    failed_checks: z3.array(check),
    // `--quiet` writes failed checks only.
    skipped_checks: z3.array(check).optional(),
    parsing_errors: z3.array(z3.unknown()).optional()
  }),
  summary: z3.looseObject({ parsing_errors: count.optional() }).optional()
});
var checkovSummarySchema = z3.looseObject({
  checkov_version: z3.string(),
  passed: count,
  failed: count,
  skipped: count.optional(),
  parsing_errors: count.optional()
});

// src/core/sast/parsers/checkov-parser.ts
var isFramework = (value) => isJsonObject(value) && typeof value.check_type === "string" && isJsonObject(value.results) && Array.isArray(value.results.failed_checks);
var isSummary = (value) => isJsonObject(value) && typeof value.checkov_version === "string" && "passed" in value && "failed" in value;
var checkovParser = {
  format: "checkov",
  detect(document) {
    if (Array.isArray(document)) return document.length > 0 && document.every(isFramework);
    return isFramework(document) || isSummary(document);
  },
  parse(document, source) {
    if (Array.isArray(document))
      return validateReportShape(z4.array(checkovFrameworkSchema), document, source, "Checkov JSON").map(
        checkovRun
      );
    if (isFramework(document))
      return [checkovRun(validateReportShape(checkovFrameworkSchema, document, source, "Checkov JSON"))];
    const summary = validateReportShape(checkovSummarySchema, document, source, "Checkov JSON");
    if (summary.failed > 0 || (summary.skipped ?? 0) > 0)
      throw new InputError(
        source,
        `summary: counts ${summary.failed} failed and ${summary.skipped ?? 0} skipped checks but the report lists none`
      );
    const parsingErrors = summary.parsing_errors ?? 0;
    return [
      {
        tool: "Checkov",
        complete: parsingErrors === 0,
        incompleteReason: parsingErrors === 0 ? null : `Checkov could not parse ${plural(parsingErrors, "file", "files")}`,
        findings: []
      }
    ];
  }
};

// src/core/sast/parsers/eslint/eslint-completeness.ts
function eslintCompleteness(results) {
  const fatal = results.flatMap(
    (result7) => result7.messages.filter((message3) => message3.fatal === true).map((message3) => ({ result: result7, message: message3 }))
  );
  const [first] = fatal;
  if (!first) return { complete: true, incompleteReason: null };
  const place4 = `${reportPath(first.result.filePath)}${first.message.line ? `:${first.message.line}` : ""}`;
  const text9 = first.message.message?.trim() || "fatal error";
  return {
    complete: false,
    incompleteReason: `ESLint reported ${plural(fatal.length, "fatal error", "fatal errors")}; first: ${quoteError(`${place4}: ${text9}`)}`
  };
}

// src/core/sast/parsers/eslint/is-secret-rule.ts
var SECRET_RULE = /secret|passw|credential|token|api[-_]?key|private[-_]?key/i;
function isSecretRule(ruleId) {
  return SECRET_RULE.test(ruleId);
}

// src/core/sast/parsers/eslint/redact-quoted.ts
var QUOTED = /"[^"]*"|'[^']*'|`[^`]*`/g;
function redactQuoted(message3) {
  return message3.replace(QUOTED, "[redacted]");
}

// src/core/sast/parsers/eslint/source-line.ts
function sourceLine(source, line6) {
  const text9 = source.split(/\r\n|[\r\n\u2028\u2029]/)[line6 - 1]?.trimEnd();
  return text9 ? text9 : null;
}

// src/core/sast/parsers/eslint/eslint-finding.ts
var SEVERITY3 = { 2: "high", 1: "medium" };
var ESLINT_RULE = "eslint";
function snippetOf(result7, message3, line6) {
  if (line6 === null) return null;
  if (result7.source !== void 0) return sourceLine(result7.source, line6);
  return message3.source?.trim() || null;
}
function eslintFinding(result7, message3, suppressed) {
  const ruleId = message3.ruleId?.trim() || ESLINT_RULE;
  const secret2 = isSecretRule(ruleId);
  const span = lineSpan(message3.line, message3.endLine);
  const text9 = message3.message?.trim() || ruleId;
  return {
    ruleId,
    severity: SEVERITY3[message3.severity],
    path: reportPath(result7.filePath),
    ...span,
    message: secret2 ? redactQuoted(text9) : text9,
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: secret2 ? null : snippetOf(result7, message3, span.line)
  };
}

// src/core/sast/parsers/eslint/eslint-schema.ts
import * as z5 from "zod";
var text3 = lenient(z5.string());
var line2 = lenient(z5.number().int().positive());
var severity = z5.custom((value) => value === 1 || value === 2, {
  error: (issue) => `expected 1 (warning) or 2 (error), got ${JSON.stringify(issue.input) ?? "nothing"}`
});
var message = z5.looseObject({
  ruleId: lenient(z5.string().nullable()),
  severity,
  fatal: z5.boolean().optional(),
  message: text3,
  line: line2,
  endLine: line2,
  // Written into each message by ESLint before 7.0: the flagged line's text.
  source: lenient(z5.string().nullable())
});
var result2 = z5.looseObject({
  filePath: z5.string(),
  messages: z5.array(message),
  // ESLint 8.8+: messages silenced by `eslint-disable` comments, kept so reports can show them.
  suppressedMessages: z5.array(message).optional(),
  // The file's text, written only for files with problems (and not always then).
  source: text3
});
var eslintReportSchema = z5.array(result2);

// src/core/sast/parsers/eslint-parser.ts
var isIgnoredFileNotice = (message3) => (message3.ruleId ?? null) === null && /^File ignored\b/.test(message3.message ?? "");
var eslintParser = {
  format: "eslint",
  detect(document) {
    if (!Array.isArray(document)) return false;
    const [first] = document;
    return isJsonObject(first) && typeof first.filePath === "string" && Array.isArray(first.messages);
  },
  parse(document, source) {
    const results = validateReportShape(eslintReportSchema, document, source, "ESLint JSON");
    const findings = results.flatMap((result7) => [
      ...result7.messages.filter((message3) => message3.fatal !== true && !isIgnoredFileNotice(message3)).map((message3) => eslintFinding(result7, message3, false)),
      ...(result7.suppressedMessages ?? []).map((message3) => eslintFinding(result7, message3, true))
    ]);
    return [{ tool: "ESLint", ...eslintCompleteness(results), findings }];
  }
};

// src/core/sast/parsers/gitleaks/gitleaks-schema.ts
import * as z6 from "zod";
var text4 = lenient(z6.string());
var line3 = lenient(z6.number().int().positive());
var leakV8 = z6.looseObject({
  RuleID: z6.string(),
  Description: text4,
  StartLine: line3,
  EndLine: line3,
  File: text4,
  Commit: text4
});
var leakV7 = z6.looseObject({
  rule: z6.string(),
  lineNumber: line3,
  file: text4,
  commit: text4
});
var gitleaksV8Schema = z6.array(leakV8);
var gitleaksV7Schema = z6.array(leakV7);

// src/core/sast/parsers/gitleaks/leak-finding.ts
var SHORT_COMMIT = 7;
function leakFinding(leak) {
  const description2 = leak.description?.trim().replace(/\.$/, "");
  const rule2 = description2 && description2 !== leak.ruleId ? `${description2} (${leak.ruleId})` : leak.ruleId;
  const commit = leak.commit?.trim().slice(0, SHORT_COMMIT);
  const file = leak.file?.trim();
  return {
    ruleId: leak.ruleId,
    severity: "critical",
    path: file ? reportPath(file) : null,
    ...lineSpan(leak.startLine, leak.endLine),
    message: commit ? `${rule2} in commit ${commit}` : rule2,
    suppressed: false,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null
  };
}

// src/core/sast/parsers/gitleaks-parser.ts
var isV8Leak = (value) => isJsonObject(value) && typeof value.RuleID === "string" && ["Secret", "Match", "File", "StartLine"].some((key2) => key2 in value);
var isV7Leak = (value) => isJsonObject(value) && typeof value.rule === "string" && "offender" in value;
function readLeaks(document, source) {
  if (!Array.isArray(document))
    throw new InputError(source, "expected a gitleaks report (a JSON array of leaks)");
  if (isV7Leak(document[0])) {
    return validateReportShape(gitleaksV7Schema, document, source, "gitleaks").map((leak) => ({
      ruleId: leak.rule,
      description: void 0,
      file: leak.file,
      commit: leak.commit,
      startLine: leak.lineNumber,
      endLine: void 0
    }));
  }
  return validateReportShape(gitleaksV8Schema, document, source, "gitleaks").map((leak) => ({
    ruleId: leak.RuleID,
    description: leak.Description,
    file: leak.File,
    commit: leak.Commit,
    startLine: leak.StartLine,
    endLine: leak.EndLine
  }));
}
var gitleaksParser = {
  format: "gitleaks",
  detect(document) {
    return Array.isArray(document) && (isV8Leak(document[0]) || isV7Leak(document[0]));
  },
  parse(document, source) {
    const findings = readLeaks(document, source).map(leakFinding);
    return [{ tool: "gitleaks", complete: true, incompleteReason: null, findings }];
  }
};

// src/core/sast/parsers/npm-audit/advisory-id.ts
var GHSA = /\bGHSA-([a-z0-9]{4})-([a-z0-9]{4})-([a-z0-9]{4})\b/i;
var NPM_ADVISORY = /\/advisories\/(\d+)\b/;
function advisoryId({ ghsa, url, id }) {
  const match = GHSA.exec(ghsa ?? "") ?? GHSA.exec(url ?? "");
  if (match) return `GHSA-${match.slice(1).join("-").toLowerCase()}`;
  const npm = NPM_ADVISORY.exec(url ?? "")?.[1] ?? (id === void 0 ? "" : String(id).trim());
  return npm ? `npm:${npm}` : null;
}

// src/core/sast/parsers/npm-audit/npm-severity.ts
var SEVERITY4 = {
  CRITICAL: "critical",
  HIGH: "high",
  MODERATE: "medium",
  LOW: "low",
  INFO: "info"
};
function npmSeverity(word) {
  return SEVERITY4[word];
}

// src/core/sast/parsers/npm-audit/advisory-finding.ts
var NO_PATCH = "<0.0.0";
var collapse = (value) => value?.replace(/\s+/g, " ").trim() ?? "";
function advisoryFinding(key2, advisory2) {
  const ruleId = advisoryId({ ghsa: advisory2.github_advisory_id, url: advisory2.url, id: advisory2.id ?? key2 }) ?? `npm:${key2}`;
  const versions = [...new Set((advisory2.findings ?? []).map((finding) => finding?.version?.trim()))];
  const installed = versions.filter(Boolean).join(", ");
  const label2 = installed ? `${advisory2.module_name} ${installed}` : advisory2.module_name;
  const vulnerable = collapse(advisory2.vulnerable_versions);
  const patched = collapse(advisory2.patched_versions);
  const details = [
    vulnerable ? `vulnerable: ${vulnerable}` : "",
    patched === NO_PATCH ? "no fix yet" : patched ? `fixed in: ${patched}` : ""
  ].filter(Boolean);
  const title = collapse(advisory2.title) || `advisory ${ruleId}`;
  return {
    ruleId,
    severity: npmSeverity(advisory2.severity),
    path: null,
    line: null,
    endLine: null,
    message: `${label2}: ${title}${details.length > 0 ? ` (${details.join("; ")})` : ""}`,
    suppressed: false,
    baselineState: null,
    confidence: null,
    cwes: cweIds(advisory2.cwe),
    toolFingerprint: `package=${advisory2.module_name}`,
    snippet: null
  };
}

// src/core/sast/parsers/npm-audit/npm-audit-schema.ts
import * as z7 from "zod";
var text5 = lenient(z7.string());
var cwe = lenient(z7.union([z7.string(), z7.array(z7.unknown())]));
var NPM_SEVERITIES = ["CRITICAL", "HIGH", "MODERATE", "LOW", "INFO"];
var severity2 = severityWord(NPM_SEVERITIES);
var viaAdvisory = z7.looseObject({
  source: lenient(z7.union([z7.number(), z7.string()])),
  title: text5,
  url: text5,
  cwe
});
var fixAvailable = lenient(
  z7.union([z7.boolean(), z7.looseObject({ name: text5, version: text5, isSemVerMajor: lenient(z7.boolean()) })])
);
var vulnerability = z7.looseObject({
  name: text5,
  severity: severity2,
  // Advisories against the package itself, and names of the vulnerable packages it depends on.
  via: lenient(z7.array(lenient(z7.union([z7.string(), viaAdvisory])))),
  range: text5,
  fixAvailable
});
var npmAuditV2Schema = z7.looseObject({
  vulnerabilities: z7.record(z7.string(), vulnerability)
});
var advisory = z7.looseObject({
  id: lenient(z7.union([z7.number(), z7.string()])),
  module_name: z7.string(),
  severity: severity2,
  title: text5,
  url: text5,
  github_advisory_id: text5,
  cwe,
  vulnerable_versions: text5,
  patched_versions: text5,
  findings: lenient(z7.array(lenient(z7.looseObject({ version: text5 }))))
});
var npmAuditV1Schema = z7.looseObject({
  advisories: z7.record(z7.string(), advisory)
});
var npmErrorSchema = z7.looseObject({
  error: z7.looseObject({ code: text5, summary: text5, detail: text5 })
});

// src/core/sast/parsers/npm-audit/npm-error-run.ts
function npmErrorRun(document, source) {
  const { error: error3 } = validateReportShape(npmErrorSchema, document, source, "npm audit JSON");
  const text9 = [error3.code?.trim(), error3.summary?.trim()].filter(Boolean).join(": ");
  return {
    tool: "npm audit",
    complete: false,
    incompleteReason: `npm audit failed with 1 error: ${quoteError(text9 || "no error message")}`,
    findings: []
  };
}

// src/core/sast/parsers/npm-audit/fix-text.ts
function fixText(fix) {
  if (fix === true) return "fix available";
  if (fix === false) return "no fix available";
  if (fix === void 0) return void 0;
  const target = [fix.name, fix.version].filter(Boolean).join("@");
  if (!target) return "fix available";
  return `fix: ${target}${fix.isSemVerMajor === true ? ", semver-major" : ""}`;
}

// src/core/sast/parsers/npm-audit/vulnerability-finding.ts
function whatText(advisories, packages) {
  const titles = [...new Set(advisories.map((advisory2) => advisory2.title?.trim()).filter(Boolean))];
  const through = packages.length > 0 ? `vulnerable through ${packages.join(", ")}` : "";
  return [...titles, through].filter(Boolean).join("; ") || "vulnerable";
}
function vulnerabilityFinding(key2, vulnerability3) {
  const name = vulnerability3.name?.trim() || key2;
  const via = (vulnerability3.via ?? []).filter((entry) => entry !== void 0);
  const advisories = via.filter((entry) => typeof entry !== "string");
  const packages = via.filter((entry) => typeof entry === "string");
  const [first] = advisories;
  const ruleId = (first && advisoryId({ url: first.url, id: first.source })) ?? (packages[0] ? `transitive:${packages[0]}` : `package:${name}`);
  const label2 = [name, vulnerability3.range?.trim()].filter(Boolean).join(" ");
  const fix = fixText(vulnerability3.fixAvailable);
  return {
    ruleId,
    severity: npmSeverity(vulnerability3.severity),
    path: null,
    line: null,
    endLine: null,
    message: `${label2}: ${whatText(advisories, packages)}${fix ? ` (${fix})` : ""}`,
    suppressed: false,
    baselineState: null,
    confidence: null,
    cwes: cweIds(advisories.map((advisory2) => advisory2.cwe)),
    toolFingerprint: `package=${name}`,
    snippet: null
  };
}

// src/core/sast/parsers/npm-audit-parser.ts
var REPORT_VERSION = 2;
var TOOL = "npm audit";
var isNpmError = (document) => Object.keys(document).length === 1 && isJsonObject(document.error) && typeof document.error.summary === "string";
function readFindings(document, source) {
  if ("auditReportVersion" in document) {
    const version = document.auditReportVersion;
    if (version !== REPORT_VERSION) {
      const shown2 = typeof version === "string" ? `"${version}"` : JSON.stringify(version);
      throw new InputError(
        source,
        `unsupported npm audit auditReportVersion ${shown2} (supported: ${REPORT_VERSION})`
      );
    }
    const report2 = validateReportShape(npmAuditV2Schema, document, source, "npm audit JSON");
    return Object.entries(report2.vulnerabilities).map(([key2, entry]) => vulnerabilityFinding(key2, entry));
  }
  const report = validateReportShape(npmAuditV1Schema, document, source, "npm audit JSON");
  return Object.entries(report.advisories).map(([key2, entry]) => advisoryFinding(key2, entry));
}
var npmAuditParser = {
  format: "npm-audit",
  detect(document) {
    if (!isJsonObject(document)) return false;
    if ("auditReportVersion" in document || isNpmError(document)) return true;
    return isJsonObject(document.advisories) && ("actions" in document || "metadata" in document);
  },
  parse(document, source) {
    if (!isJsonObject(document)) throw new InputError(source, "expected an npm audit report (a JSON object)");
    if (isNpmError(document)) return [npmErrorRun(document, source)];
    return [{ tool: TOOL, complete: true, incompleteReason: null, findings: readFindings(document, source) }];
  }
};

// src/core/sast/parsers/semgrep/is-secret-rule.ts
var SECRETS_SEGMENT = /(^|[.\-_])secrets?([.\-_]|$)/i;
var mentionsSecrets = (value) => Array.isArray(value) ? value.some(mentionsSecrets) : typeof value === "string" && value.trim().toLowerCase() === "secrets";
function isSecretRule2(result7) {
  const metadata = result7.extra.metadata ?? {};
  return SECRETS_SEGMENT.test(result7.check_id) || result7.extra.validation_state !== void 0 || mentionsSecrets(metadata.technology) || mentionsSecrets(metadata.category) || mentionsSecrets(metadata.product);
}

// src/core/sast/parsers/semgrep/semgrep-completeness.ts
function describeError(error3) {
  if (!error3) return "(an error that is not an object)";
  const kind = Array.isArray(error3.type) ? error3.type.find((part) => typeof part === "string") : error3.type;
  const label2 = `${typeof kind === "string" ? kind : "error"}${error3.level ? ` (${error3.level})` : ""}`;
  const text9 = error3.message ?? error3.long_msg ?? error3.short_msg ?? error3.path;
  return text9 ? `${label2}: ${text9}` : label2;
}
function semgrepCompleteness(report) {
  const [first] = report.errors;
  if (report.errors.length === 0) return { complete: true, incompleteReason: null };
  return {
    complete: false,
    incompleteReason: `Semgrep reported ${plural(report.errors.length, "error", "errors")}; first: ${quoteError(describeError(first))}`
  };
}

// src/core/sast/parsers/semgrep/semgrep-message.ts
var MIN_SECRET_LENGTH = 4;
function semgrepMessage(result7, secret2) {
  let message3 = result7.extra.message?.trim() || result7.check_id;
  if (!secret2) return message3;
  const values = Object.values(result7.extra.metavars ?? {}).map((metavar) => metavar?.abstract_content ?? "").filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const value of values) message3 = message3.split(value).join("[redacted]");
  return message3;
}

// src/core/sast/parsers/semgrep/semgrep-schema.ts
import * as z8 from "zod";
var SEMGREP_SEVERITIES = [
  "CRITICAL",
  "HIGH",
  "ERROR",
  "MEDIUM",
  "WARNING",
  "LOW",
  "INFO",
  "EXPERIMENT",
  "INVENTORY"
];
var text6 = lenient(z8.string());
var position = lenient(z8.looseObject({ line: lenient(z8.number().int().positive()) }));
var extra = z8.looseObject({
  message: text6,
  severity: severityWord(SEMGREP_SEVERITIES),
  metadata: lenient(z8.record(z8.string(), z8.unknown())),
  fingerprint: text6,
  lines: text6,
  is_ignored: z8.boolean().optional(),
  validation_state: text6,
  metavars: lenient(z8.record(z8.string(), lenient(z8.looseObject({ abstract_content: text6 }))))
});
var result3 = z8.looseObject({
  check_id: z8.string(),
  path: text6,
  start: position,
  end: position,
  extra
});
var error2 = lenient(
  z8.looseObject({
    type: lenient(z8.union([z8.string(), z8.array(z8.unknown())])),
    level: text6,
    message: text6,
    long_msg: text6,
    short_msg: text6,
    path: text6
  })
);
var semgrepReportSchema = z8.looseObject({
  results: z8.array(result3),
  errors: z8.array(error2)
});

// src/core/sast/parsers/semgrep/semgrep-severity.ts
var SEVERITY5 = {
  CRITICAL: "critical",
  HIGH: "high",
  ERROR: "high",
  MEDIUM: "medium",
  WARNING: "medium",
  LOW: "low",
  INFO: "low",
  EXPERIMENT: "info",
  INVENTORY: "info"
};
function semgrepSeverity(word) {
  return SEVERITY5[word];
}

// src/core/sast/parsers/semgrep-parser.ts
var REQUIRES_LOGIN = "requires login";
var CONFIDENCE2 = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
var real = (value) => value === void 0 || value.trim() === "" || value.trim() === REQUIRES_LOGIN ? void 0 : value;
function confidenceOf(value) {
  if (typeof value !== "string") return null;
  return CONFIDENCE2[value.trim().toUpperCase()] ?? null;
}
function toFinding2(result7) {
  const { extra: extra2 } = result7;
  const secret2 = isSecretRule2(result7);
  const fingerprint = real(extra2.fingerprint);
  return {
    ruleId: result7.check_id,
    severity: semgrepSeverity(extra2.severity),
    path: result7.path ? reportPath(result7.path) : null,
    ...lineSpan(result7.start?.line, result7.end?.line),
    message: semgrepMessage(result7, secret2),
    suppressed: extra2.is_ignored === true,
    baselineState: null,
    confidence: confidenceOf(extra2.metadata?.confidence),
    cwes: cweIds(extra2.metadata?.cwe),
    // The name Semgrep's own SARIF output gives the same value, so both formats identify a match alike.
    toolFingerprint: fingerprint ? `matchBasedId/v1=${fingerprint}` : null,
    snippet: secret2 ? null : real(extra2.lines) ?? null
  };
}
var semgrepParser = {
  format: "semgrep",
  detect(document) {
    if (!isJsonObject(document) || "metrics" in document) return false;
    const { results, errors } = document;
    if (!Array.isArray(results) || !Array.isArray(errors)) return false;
    return results.length === 0 || results.some((result7) => isJsonObject(result7) && "check_id" in result7);
  },
  parse(document, source) {
    const report = validateReportShape(semgrepReportSchema, document, source, "Semgrep JSON");
    return [{ tool: "Semgrep", ...semgrepCompleteness(report), findings: report.results.map(toFinding2) }];
  }
};

// src/core/sast/parsers/trivy/is-secret-check.ts
var ABOUT_SECRETS = /secret|passw|credential|token|private.?key|api.?key|sensitive|plain.?text/i;
function isSecretCheck(misconfiguration2) {
  return [
    misconfiguration2.ID,
    misconfiguration2.AVDID,
    misconfiguration2.Title,
    misconfiguration2.Description,
    misconfiguration2.Message
  ].some((text9) => text9 !== void 0 && ABOUT_SECRETS.test(text9));
}

// src/core/sast/parsers/trivy/trivy-severity.ts
var SEVERITY6 = {
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  // Trivy's word when no data source rates the vulnerability: reported, but below every threshold but `info`.
  UNKNOWN: "info"
};
function trivySeverity(word) {
  return SEVERITY6[word];
}

// src/core/sast/parsers/trivy/misconfiguration-finding.ts
function causeSnippet(misconfiguration2) {
  if (isSecretCheck(misconfiguration2)) return null;
  const lines = misconfiguration2.CauseMetadata?.Code?.Lines ?? [];
  const cause = lines.filter((line6) => line6?.IsCause === true && line6.Content !== void 0);
  return cause.length > 0 ? cause.map((line6) => line6?.Content).join("\n") : null;
}
function misconfigurationFinding(misconfiguration2, target, suppressed) {
  const ruleId = misconfiguration2.ID || misconfiguration2.AVDID || "unknown-rule";
  const title = misconfiguration2.Title?.trim();
  const detail = misconfiguration2.Message?.trim();
  const parts = title && detail?.startsWith(title) ? [detail] : [title, detail];
  const message3 = parts.filter(Boolean).join(": ") || misconfiguration2.Description?.trim() || ruleId;
  const cause = misconfiguration2.CauseMetadata;
  return {
    ruleId,
    severity: trivySeverity(misconfiguration2.Severity),
    path: reportPath(target),
    ...lineSpan(cause?.StartLine, cause?.EndLine),
    message: message3,
    suppressed: suppressed || misconfiguration2.Status === "EXCEPTION",
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: causeSnippet(misconfiguration2)
  };
}

// src/core/sast/parsers/trivy/secret-finding.ts
function secretFinding(secret2, target, suppressed) {
  return {
    ruleId: secret2.RuleID || "unknown-rule",
    severity: trivySeverity(secret2.Severity),
    path: reportPath(target),
    ...lineSpan(secret2.StartLine, secret2.EndLine),
    message: secret2.Title?.trim() || secret2.Category?.trim() || secret2.RuleID || "Secret",
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null
  };
}

// src/core/sast/parsers/trivy/vulnerability-finding.ts
function packageLabel(vulnerability3) {
  return [vulnerability3.PkgName, vulnerability3.InstalledVersion].filter(Boolean).join(" ");
}
function vulnerabilityFinding2(vulnerability3, target, suppressed) {
  const label2 = packageLabel(vulnerability3);
  const title = vulnerability3.Title?.replace(/\s+/g, " ").trim() || vulnerability3.VulnerabilityID;
  const fix = vulnerability3.FixedVersion?.trim() ? `fixed in ${vulnerability3.FixedVersion.trim()}` : "no fix yet";
  const identity = [
    vulnerability3.PkgName ? `package=${vulnerability3.PkgName}` : null,
    vulnerability3.PkgPath ? `path=${vulnerability3.PkgPath}` : null
  ].filter((pair) => pair !== null);
  return {
    ruleId: vulnerability3.VulnerabilityID,
    severity: trivySeverity(vulnerability3.Severity),
    path: reportPath(target),
    line: null,
    endLine: null,
    message: `${label2 ? `${label2}: ` : ""}${title} (${fix})`,
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: cweIds(vulnerability3.CweIDs),
    toolFingerprint: identity.length > 0 ? identity.join("\n") : null,
    snippet: null
  };
}

// src/core/sast/parsers/trivy/result-findings.ts
function resultFindings(result7) {
  const target = result7.Target;
  const findings = [
    ...(result7.Vulnerabilities ?? []).map(
      (vulnerability3) => vulnerabilityFinding2(vulnerability3, target, false)
    ),
    ...(result7.Misconfigurations ?? []).filter((misconfiguration2) => misconfiguration2.Status !== "PASS").map((misconfiguration2) => misconfigurationFinding(misconfiguration2, target, false)),
    ...(result7.Secrets ?? []).map((secret2) => secretFinding(secret2, target, false))
  ];
  for (const modified of result7.ExperimentalModifiedFindings ?? []) {
    if (modified.Type === "vulnerability")
      findings.push(vulnerabilityFinding2(modified.Finding, target, true));
    else if (modified.Type === "secret") findings.push(secretFinding(modified.Finding, target, true));
    else if (modified.Type === "misconfiguration" && modified.Finding.Status !== "PASS")
      findings.push(misconfigurationFinding(modified.Finding, target, true));
  }
  return findings;
}

// src/core/sast/parsers/trivy/trivy-schema.ts
import * as z9 from "zod";
var text7 = lenient(z9.string());
var line4 = lenient(z9.number().int().positive());
var severity3 = severityWord(["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"]);
var list = (item2) => z9.array(item2).nullable().optional();
var vulnerability2 = z9.looseObject({
  VulnerabilityID: z9.string(),
  PkgName: text7,
  PkgPath: text7,
  InstalledVersion: text7,
  FixedVersion: text7,
  Title: text7,
  Severity: severity3,
  CweIDs: lenient(z9.array(z9.unknown()))
});
var causeLine = z9.looseObject({ Content: text7, IsCause: lenient(z9.boolean()) });
var misconfiguration = z9.looseObject({
  ID: text7,
  AVDID: text7,
  Title: text7,
  Message: text7,
  Description: text7,
  Severity: severity3,
  // Present since Trivy reports passes and exceptions (`--include-non-failures`); absent means a failure.
  Status: z9.enum(["FAIL", "PASS", "EXCEPTION"]).optional(),
  CauseMetadata: lenient(
    z9.looseObject({
      StartLine: line4,
      EndLine: line4,
      Code: lenient(z9.looseObject({ Lines: lenient(z9.array(lenient(causeLine))) }))
    })
  )
});
var secret = z9.looseObject({
  RuleID: text7,
  Category: text7,
  Title: text7,
  Severity: severity3,
  StartLine: line4,
  EndLine: line4
});
var suppression = { Status: text7, Statement: text7, Source: text7 };
var FINDING_TYPES = ["vulnerability", "misconfiguration", "secret", "license"];
var modifiedFinding = z9.discriminatedUnion(
  "Type",
  [
    z9.looseObject({ Type: z9.literal("vulnerability"), Finding: vulnerability2, ...suppression }),
    z9.looseObject({ Type: z9.literal("misconfiguration"), Finding: misconfiguration, ...suppression }),
    z9.looseObject({ Type: z9.literal("secret"), Finding: secret, ...suppression }),
    z9.looseObject({ Type: z9.literal("license"), ...suppression })
  ],
  {
    error: (issue) => {
      const type = issue.input?.Type;
      const got = typeof type === "string" ? `"${type}"` : type === void 0 ? "nothing" : typeof type;
      return `expected one of ${FINDING_TYPES.join(", ")}, got ${got}`;
    }
  }
);
var result4 = z9.looseObject({
  Target: z9.string(),
  Class: text7,
  Type: text7,
  Vulnerabilities: list(vulnerability2),
  Misconfigurations: list(misconfiguration),
  Secrets: list(secret),
  ExperimentalModifiedFindings: list(modifiedFinding)
});
var trivyReportSchema = z9.looseObject({ Results: list(result4) });
var legacyTrivyReportSchema = z9.array(result4);

// src/core/sast/parsers/trivy-parser.ts
var SCHEMA_VERSION = 2;
var isLegacyResult = (value) => isJsonObject(value) && typeof value.Target === "string" && ["Vulnerabilities", "Misconfigurations", "Secrets"].some((key2) => key2 in value);
function readResults(document, source) {
  if (Array.isArray(document)) return validateReportShape(legacyTrivyReportSchema, document, source, "Trivy");
  if (!isJsonObject(document))
    throw new InputError(source, "expected a Trivy report (a JSON object or array)");
  if ("ClusterName" in document || "Resources" in document) {
    throw new InputError(
      source,
      "Trivy Kubernetes reports are not supported: scan images or manifests with `trivy image` or `trivy config`"
    );
  }
  const version = document.SchemaVersion;
  if (version !== void 0 && version !== SCHEMA_VERSION) {
    const shown2 = typeof version === "string" ? version : JSON.stringify(version);
    throw new InputError(source, `unsupported Trivy SchemaVersion ${shown2} (supported: ${SCHEMA_VERSION})`);
  }
  return validateReportShape(trivyReportSchema, document, source, "Trivy").Results ?? [];
}
var trivyParser = {
  format: "trivy",
  detect(document) {
    if (Array.isArray(document)) return isLegacyResult(document[0]);
    if (!isJsonObject(document)) return false;
    return "SchemaVersion" in document || "ArtifactName" in document && "Results" in document;
  },
  parse(document, source) {
    const findings = readResults(document, source).flatMap(resultFindings);
    return [{ tool: "Trivy", complete: true, incompleteReason: null, findings }];
  }
};

// src/core/sast/parsers/sarif/sarif-schema.ts
import * as z10 from "zod";
var lenientArray = (item2) => lenient(z10.array(lenient(item2)));
var text8 = lenient(z10.string());
var index = lenient(z10.number().int().nonnegative());
var line5 = lenient(z10.number().int().positive());
var looseRecord = lenient(z10.record(z10.string(), z10.unknown()));
var level = z10.enum(["none", "note", "warning", "error"]);
var messageStrings = lenient(z10.record(z10.string(), lenient(z10.looseObject({ text: text8, markdown: text8 }))));
var message2 = z10.looseObject({ text: text8, markdown: text8, id: text8, arguments: lenient(z10.array(z10.unknown())) });
var rule = z10.looseObject({
  id: text8,
  messageStrings,
  defaultConfiguration: z10.looseObject({ level: level.optional() }).optional(),
  properties: looseRecord
});
var toolComponent = z10.looseObject({
  name: text8,
  rules: z10.array(rule).optional(),
  globalMessageStrings: messageStrings
});
var artifactLocation = z10.looseObject({ uri: text8, uriBaseId: text8, index });
var region = z10.looseObject({ startLine: line5, endLine: line5, snippet: lenient(z10.looseObject({ text: text8 })) });
var physicalLocation = z10.looseObject({
  artifactLocation: lenient(artifactLocation),
  region: lenient(region)
});
var result5 = z10.looseObject({
  ruleId: text8,
  ruleIndex: index,
  rule: lenient(
    z10.looseObject({ id: text8, index, toolComponent: lenient(z10.looseObject({ index, name: text8 })) })
  ),
  kind: z10.enum(["pass", "open", "informational", "notApplicable", "review", "fail"]).optional(),
  level: level.optional(),
  message: lenient(message2),
  locations: lenientArray(z10.looseObject({ physicalLocation: lenient(physicalLocation) })),
  baselineState: z10.enum(["new", "unchanged", "updated", "absent"]).optional(),
  suppressions: z10.array(z10.looseObject({ status: z10.enum(["accepted", "underReview", "rejected"]).optional() })).optional(),
  fingerprints: looseRecord,
  partialFingerprints: looseRecord,
  properties: looseRecord
});
var notification = z10.looseObject({ level: text8, message: lenient(message2) });
var invocation = z10.looseObject({
  executionSuccessful: lenient(z10.boolean()),
  toolExecutionNotifications: lenientArray(notification),
  toolConfigurationNotifications: lenientArray(notification)
});
var run = z10.looseObject({
  tool: z10.looseObject({
    driver: toolComponent.extend({ name: z10.string() }),
    extensions: z10.array(toolComponent).optional()
  }),
  // null and absent both mean the tool produced no results array: the run did not finish (SARIF §3.14.23).
  results: z10.array(result5).nullable().optional(),
  invocations: lenientArray(invocation),
  artifacts: lenientArray(z10.looseObject({ location: lenient(artifactLocation) })),
  originalUriBaseIds: lenient(z10.record(z10.string(), lenient(artifactLocation)))
});
var sarifLogSchema = z10.looseObject({ runs: z10.array(run) });

// src/core/sast/parsers/sarif/read-sarif-log.ts
var SUPPORTED_VERSION = "2.1.0";
function readSarifLog(document, source) {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new InputError(source, `expected a SARIF log (a JSON object), got ${describeValue(document)}`);
  }
  const version = document.version;
  if (version === void 0)
    throw new InputError(source, `missing SARIF version (supported: ${SUPPORTED_VERSION})`);
  if (version !== SUPPORTED_VERSION) {
    const shown2 = typeof version === "string" ? version : JSON.stringify(version);
    throw new InputError(source, `unsupported SARIF version ${shown2} (supported: ${SUPPORTED_VERSION})`);
  }
  return validateReportShape(sarifLogSchema, document, source, "SARIF");
}

// src/core/sast/parsers/sarif/resolve-rule.ts
function componentOf(reference, tool) {
  if (reference?.index !== void 0) return tool.extensions?.[reference.index];
  if (reference?.name !== void 0) {
    return [tool.driver, ...tool.extensions ?? []].find((component) => component.name === reference.name);
  }
  return tool.driver;
}
function idAndParents(id) {
  const parts = id.split("/");
  return parts.map((_, end) => parts.slice(0, parts.length - end).join("/"));
}
function resolveRule(result7, tool) {
  const reference = result7.rule;
  if (reference?.index !== void 0) {
    const rule2 = componentOf(reference.toolComponent, tool)?.rules?.[reference.index];
    if (rule2) return rule2;
  }
  if (result7.ruleIndex !== void 0) {
    const rule2 = tool.driver.rules?.[result7.ruleIndex];
    if (rule2) return rule2;
  }
  const id = result7.ruleId ?? reference?.id;
  if (id === void 0) return void 0;
  const components = [tool.driver, ...tool.extensions ?? []];
  for (const candidate of idAndParents(id)) {
    for (const component of components) {
      const rule2 = component.rules?.find((known) => known.id === candidate);
      if (rule2) return rule2;
    }
  }
  return void 0;
}

// src/core/sast/parsers/sarif/result-confidence.ts
var PRECISION = {
  "very-high": "high",
  high: "high",
  medium: "medium",
  low: "low"
};
function resultConfidence(result7, rule2) {
  for (const bag of [result7.properties, rule2?.properties]) {
    for (const key2 of ["precision", "confidence"]) {
      const value = bag?.[key2];
      if (typeof value === "string" && PRECISION[value.trim().toLowerCase()])
        return PRECISION[value.trim().toLowerCase()] ?? null;
    }
  }
  return null;
}

// src/core/sast/parsers/sarif/result-location.ts
var NOWHERE = { path: null, line: null, endLine: null, snippet: void 0 };
function resultLocation(result7, run3) {
  const physical = result7.locations?.find((location) => location?.physicalLocation)?.physicalLocation;
  const artifact = physical?.artifactLocation;
  if (!physical || !artifact) return NOWHERE;
  const listed2 = artifact.index === void 0 ? void 0 : run3.artifacts?.[artifact.index]?.location;
  const uri = artifact.uri ?? listed2?.uri;
  const uriBaseId = artifact.uri !== void 0 ? artifact.uriBaseId : listed2?.uriBaseId;
  if (uri === void 0 || uri.trim() === "") return NOWHERE;
  const line6 = physical.region?.startLine ?? null;
  const endLine = line6 === null ? null : Math.max(line6, physical.region?.endLine ?? line6);
  const path = artifactPath(uri, uriBaseId, run3.originalUriBaseIds);
  return { path, line: line6, endLine, snippet: physical.region?.snippet?.text };
}

// src/core/sast/parsers/sarif/result-message.ts
function formatMessage(template, args) {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, position2) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const value = args[Number(position2)];
    return value === void 0 ? match : String(value);
  });
}
var present = (value) => value !== void 0 && value.trim() !== "";
function resultMessage(message3, rule2, driver) {
  const args = message3?.arguments ?? [];
  const own = (value) => (args.length > 0 ? formatMessage(value, args) : value).trim();
  const id = message3?.id;
  const stored = id === void 0 ? void 0 : rule2?.messageStrings?.[id] ?? driver.globalMessageStrings?.[id];
  if (present(message3?.text)) return own(message3.text);
  if (present(stored?.text)) return formatMessage(stored.text, args).trim();
  if (present(message3?.markdown)) return own(message3.markdown);
  if (present(stored?.markdown)) return formatMessage(stored.markdown, args).trim();
  return "(no message)";
}

// src/core/sast/parsers/sarif/result-suppressed.ts
function isSuppressed(result7) {
  const suppressions = result7.suppressions ?? [];
  return suppressions.length > 0 && suppressions.every(
    (suppression2) => suppression2.status !== "rejected" && suppression2.status !== "underReview"
  );
}

// src/core/sast/parsers/sarif/run-completeness.ts
var MAX_QUOTE2 = 160;
function quote(message3) {
  const text9 = (message3?.text ?? message3?.markdown ?? "(no message)").replace(/\s+/g, " ").trim();
  return text9.length > MAX_QUOTE2 ? `${text9.slice(0, MAX_QUOTE2 - 1)}\u2026` : text9;
}
function firstErrorNotification(run3) {
  for (const invocation2 of run3.invocations ?? []) {
    const groups = [
      ["tool execution error", invocation2?.toolExecutionNotifications],
      ["tool configuration error", invocation2?.toolConfigurationNotifications]
    ];
    for (const [label2, notifications] of groups) {
      const error3 = notifications?.find((notification2) => notification2?.level === "error");
      if (error3) return `${label2}: ${quote(error3.message)}`;
    }
  }
  return null;
}
function runCompleteness(run3) {
  const failed = run3.invocations?.some((invocation2) => invocation2?.executionSuccessful === false) ?? false;
  const error3 = firstErrorNotification(run3);
  let reason = null;
  if (failed) reason = `invocation reported executionSuccessful: false${error3 ? `; ${error3}` : ""}`;
  else if (error3) reason = error3;
  else if (run3.results === void 0)
    reason = "the run has no results array: the tool did not report its results";
  else if (run3.results === null) reason = "the run has results null: the tool did not report its results";
  return { complete: reason === null, incompleteReason: reason };
}

// src/core/sast/parsers/sarif/sarif-severity.ts
var LEVEL_SEVERITY = { error: "high", warning: "medium", note: "low", none: "info" };
var WORDS = ["critical", "high", "medium", "low"];
function scoreSeverity(score) {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  return score > 0 ? "low" : "info";
}
function securitySeverity(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? scoreSeverity(value) : null;
  if (typeof value !== "string") return null;
  const trimmed = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return scoreSeverity(Number(trimmed));
  return WORDS.find((word) => word === trimmed) ?? null;
}
function sarifSeverity(result7, rule2) {
  const scored = securitySeverity(result7.properties?.["security-severity"]) ?? securitySeverity(rule2?.properties?.["security-severity"]);
  if (scored) return scored;
  return LEVEL_SEVERITY[result7.level ?? rule2?.defaultConfiguration?.level ?? "warning"];
}

// src/core/sast/parsers/sarif/tool-fingerprint.ts
function toolFingerprint(result7) {
  const pairs2 = Object.entries({ ...result7.fingerprints, ...result7.partialFingerprints }).filter(([, value]) => typeof value === "string" && value.trim() !== "").map(([key2, value]) => `${key2}=${String(value)}`).sort();
  return pairs2.length > 0 ? pairs2.join("\n") : null;
}

// src/core/sast/parsers/sarif-parser.ts
function toFinding3(result7, run3) {
  const rule2 = resolveRule(result7, run3.tool);
  const { snippet, ...location } = resultLocation(result7, run3);
  return {
    ruleId: result7.ruleId ?? rule2?.id ?? result7.rule?.id ?? "unknown-rule",
    severity: sarifSeverity(result7, rule2),
    ...location,
    message: resultMessage(result7.message, rule2, run3.tool.driver),
    suppressed: isSuppressed(result7),
    baselineState: result7.baselineState ?? null,
    confidence: resultConfidence(result7, rule2),
    // CodeQL tags rules `external/cwe/cwe-079`; Semgrep and others put `CWE-79: …` in tags or a `cwe` property.
    cwes: cweIds(
      rule2?.properties?.tags,
      rule2?.properties?.cwe,
      result7.properties?.tags,
      result7.properties?.cwe
    ),
    toolFingerprint: toolFingerprint(result7),
    snippet: snippet ?? null
  };
}
var sarifParser = {
  format: "sarif",
  detect(document) {
    if (!isJsonObject(document)) return false;
    if (Array.isArray(document.runs)) return true;
    return typeof document.version === "string" && typeof document.$schema === "string" && /sarif/i.test(document.$schema);
  },
  parse(document, source) {
    return readSarifLog(document, source).runs.map((run3) => {
      const { complete, incompleteReason } = runCompleteness(run3);
      const findings = (run3.results ?? []).filter((result7) => (result7.kind ?? "fail") === "fail").map((result7) => toFinding3(result7, run3));
      return { tool: run3.tool.driver.name, complete, incompleteReason, findings };
    });
  }
};

// src/core/sast/parse-sast.ts
var PARSERS2 = [
  sarifParser,
  semgrepParser,
  banditParser,
  eslintParser,
  npmAuditParser,
  trivyParser,
  gitleaksParser,
  checkovParser
];
var SUPPORTED2 = "SARIF 2.1.0, or the JSON of Semgrep, Bandit, ESLint, npm audit, Trivy, gitleaks or Checkov";
function toReport(source, format, runs) {
  const findings = runs.flatMap(
    (run3, index3) => run3.findings.map((parsed) => ({
      tool: run3.tool,
      ruleId: parsed.ruleId,
      severity: parsed.severity,
      path: parsed.path,
      line: parsed.line,
      endLine: parsed.endLine,
      message: parsed.message,
      fingerprint: "",
      suppressed: parsed.suppressed,
      baselineState: parsed.baselineState,
      runComplete: run3.complete,
      confidence: parsed.confidence,
      cwes: parsed.cwes,
      identity: findingIdentity(parsed),
      run: index3
    }))
  );
  return {
    source,
    format,
    runs: runs.map(({ tool, complete, incompleteReason }) => ({ tool, format, complete, incompleteReason })),
    findings: fingerprintFindings(findings)
  };
}
function detectsSast(document) {
  return PARSERS2.some((candidate) => candidate.detect(document));
}
function parseSast(text9, source) {
  const content = stripBom(text9);
  if (content.trim() === "")
    throw new InputError(source, `empty file: expected a SAST report (${SUPPORTED2})`);
  if (!/^\s*[[{]/.test(content)) throw new InputError(source, `unknown SAST format: expected ${SUPPORTED2}`);
  const document = parseJson(content, source);
  if (Array.isArray(document) && document.length === 0) {
    const { format, run: run3 } = emptyArrayRun(source);
    return toReport(source, format, [run3]);
  }
  const parser = PARSERS2.find((candidate) => candidate.detect(document));
  if (parser) return toReport(source, parser.format, parser.parse(document, source));
  throw new InputError(source, `unknown SAST format: expected ${SUPPORTED2}`);
}

// src/core/trackers/labels/label-conventions.ts
var DEFAULT_LABEL_CONVENTIONS = {
  priority: [
    /^p([0-4])$/i,
    /^(?:priority|prio|pri)(?:\s*(?:::|[/:=-])\s*|\s+)(?:.*::)?\s*(.+)$/i,
    /^(\w+)[ _-]priority$/i
  ],
  severity: [
    /^(?:severity|sev)\s*(?:::|[/:=-])\s*(?:.*::)?\s*(.+)$/i,
    /^sev([0-4])$/i,
    /^s([1-4])$/i,
    /^(critical)$/i
  ],
  module: [/^(?:area|module|component|comp|scope)\s*(?:::|[/:])\s*(?:.*::)?\s*(.+)$/i],
  blocking: [/^(?:release[-_ ]?)?blocker$/i, /^blocks?[-_ ]release$/i, /^ship[-_ ]?blocker$/i]
};

// src/core/trackers/parsers/github/gh-issues-report.ts
import * as z12 from "zod";

// src/core/trackers/parsers/github/group-problems.ts
var SHOWN_KEYS = 5;
function groupProblems(source, issues) {
  const keysByProblem = /* @__PURE__ */ new Map();
  for (const { key: key2, problems } of issues) {
    for (const problem of problems) {
      const keys = keysByProblem.get(problem) ?? [];
      if (!keys.includes(key2)) keys.push(key2);
      keysByProblem.set(problem, keys);
    }
  }
  return [...keysByProblem].map(([problem, keys]) => {
    const shown2 = keys.slice(0, SHOWN_KEYS).join(", ");
    const more = keys.length > SHOWN_KEYS ? ` and ${keys.length - SHOWN_KEYS} more` : "";
    return `${source}: ${shown2}${more}: ${problem}`;
  });
}

// src/core/trackers/parsers/github/missing-field-warnings.ts
function missingFieldWarnings(records, source, expected) {
  const absent = new Set(
    expected.flatMap((field) => field.names).filter((name) => records.every((record6) => record6[name] === void 0))
  );
  if (records.length === 0) return { absent, warnings: [] };
  const warnings = expected.filter((field) => field.names.every((name) => absent.has(name))).filter((field) => field.neededBy === void 0 || records.some(field.neededBy)).map((field) => `${source}: the export has no "${field.names[0]}" field: ${field.consequence}`);
  return { absent, warnings };
}

// src/core/trackers/labels/priority-of-word.ts
var WORDS2 = {
  critical: "P0",
  urgent: "P0",
  blocker: "P0",
  highest: "P0",
  immediate: "P0",
  critique: "P0",
  high: "P1",
  haute: "P1",
  haut: "P1",
  \u00E9lev\u00E9e: "P1",
  major: "P1",
  medium: "P2",
  normal: "P2",
  moderate: "P2",
  moyenne: "P2",
  moyen: "P2",
  low: "P3",
  minor: "P3",
  faible: "P3",
  basse: "P3",
  bas: "P3",
  lowest: "P4",
  trivial: "P4"
};
function priorityOfWord(value) {
  const word = value.trim().toLowerCase();
  const number15 = /^p?([0-4])$/.exec(word);
  if (number15) return `P${number15[1]}`;
  return WORDS2[word] ?? null;
}

// src/core/trackers/labels/severity-of-word.ts
var WORDS3 = {
  critical: "critical",
  blocker: "critical",
  critique: "critical",
  high: "high",
  major: "high",
  haute: "high",
  \u00E9lev\u00E9e: "high",
  medium: "medium",
  moderate: "medium",
  moyenne: "medium",
  low: "low",
  minor: "low",
  faible: "low",
  info: "info",
  informational: "info",
  trivial: "info"
};
var NUMBERS = {
  "0": "critical",
  "1": "critical",
  "2": "high",
  "3": "medium",
  "4": "low"
};
function severityOfWord(value) {
  const word = value.trim().toLowerCase();
  const number15 = /^(?:s|sev)?([0-4])$/.exec(word);
  if (number15) return NUMBERS[number15[1] ?? ""] ?? null;
  return WORDS3[word] ?? null;
}

// src/core/trackers/labels/classify-labels.ts
function firstValue(labels, patterns2) {
  const found2 = [];
  for (const label2 of labels) {
    for (const pattern of patterns2) {
      const match = pattern.exec(label2.trim());
      if (match) {
        found2.push({ label: label2, value: (match[1] ?? match[0]).trim() });
        break;
      }
    }
  }
  return found2;
}
function classifyLabels(labels, conventions) {
  const unknown7 = [];
  let priority2 = null;
  let rawPriority = null;
  for (const { label: label2, value } of firstValue(labels, conventions.priority)) {
    const found2 = priorityOfWord(value);
    if (found2 === null) unknown7.push(label2);
    else if (priority2 === null || found2 < priority2) {
      priority2 = found2;
      rawPriority = label2;
    }
  }
  let severity5 = null;
  const order = ["critical", "high", "medium", "low", "info"];
  for (const { label: label2, value } of firstValue(labels, conventions.severity)) {
    const found2 = severityOfWord(value);
    if (found2 === null) unknown7.push(label2);
    else if (severity5 === null || order.indexOf(found2) < order.indexOf(severity5)) severity5 = found2;
  }
  const module = firstValue(labels, conventions.module)[0]?.value ?? null;
  const blocking = labels.some((label2) => conventions.blocking.some((pattern) => pattern.test(label2.trim())));
  return { priority: priority2, rawPriority, severity: severity5, module, blocking, unknown: unknown7 };
}

// src/core/trackers/parsers/github/body-task-progress.ts
var TASK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]|$)/;
var FENCE = /^[ \t>]*(`{3,}|~{3,})/;
function bodyTaskProgress(body) {
  if (body === null) return null;
  let done = 0;
  let total = 0;
  let fence = null;
  for (const line6 of body.split(/\r\n|\r|\n/)) {
    const mark = FENCE.exec(line6)?.[1];
    if (fence !== null) {
      if (mark !== void 0 && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark !== void 0) {
      fence = mark;
      continue;
    }
    const task = TASK.exec(line6);
    if (!task) continue;
    total++;
    if (task[1] !== " ") done++;
  }
  return total === 0 ? null : { done, total };
}

// src/core/trackers/parsers/github/issue-ref-key.ts
function issueRefKey(ref, ownRepository) {
  const elsewhere = ref.repository !== null && ownRepository !== null && ref.repository.toLowerCase() !== ownRepository.toLowerCase();
  return elsewhere ? `${ref.repository}#${ref.number}` : `#${ref.number}`;
}

// src/core/trackers/parsers/github/issue-status.ts
var BLOCKED = /^blocked\b/;
var IN_PROGRESS = /^(?:in progress|wip|work in progress|doing|in development|in dev|started|in review|under review|in work)$/;
var NOT_DONE = /^(?:wontfix|wont fix|won't fix|will not fix|not planned|invalid|duplicate)$/;
var DROPPED_REASONS = /* @__PURE__ */ new Set(["not_planned", "duplicate"]);
function statusWord(value) {
  return value.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "").replace(/^(?:status|state)\s*(?:::|[/:=-])\s*/, "").replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}
function issueStatus(facts, progress) {
  const words = [...facts.labels, ...facts.projectStatuses].map(statusWord);
  if (facts.state === "closed") {
    if (facts.stateReason !== null && DROPPED_REASONS.has(facts.stateReason)) return "dropped";
    const byHabit = facts.stateReason === null || facts.stateReason === "completed";
    return byHabit && facts.labels.map(statusWord).some((word) => NOT_DONE.test(word)) ? "dropped" : "done";
  }
  if (facts.openBlockers > 0 || words.some((word) => BLOCKED.test(word))) return "blocked";
  if (words.some((word) => IN_PROGRESS.test(word))) return "in-progress";
  return progress !== null && progress.done > 0 ? "in-progress" : "todo";
}

// src/core/trackers/parsers/github/label-problems.ts
var KINDS = [
  { kind: "priority", word: /\b(?:priority|prio)\b/i, known: (facts) => facts.priority !== null },
  { kind: "severity", word: /\bseverity\b/i, known: (facts) => facts.severity !== null }
];
function labelProblems(labels, facts) {
  const problems = facts.unknown.map(
    (label2) => `label ${JSON.stringify(label2)} has a priority or severity value gonogo does not know; ignored`
  );
  for (const label2 of labels) {
    if (facts.unknown.includes(label2) || facts.rawPriority === label2) continue;
    const like = KINDS.find(({ word }) => word.test(label2));
    if (!like || like.known(facts)) continue;
    problems.push(
      `label ${JSON.stringify(label2)} looks like a ${like.kind} but matches no ${like.kind} label convention; ${like.kind} unknown`
    );
  }
  return problems;
}

// src/core/trackers/parsers/github/tracked-issue.ts
function trackedIssue(facts, place4, conventions) {
  const labelFacts = classifyLabels(facts.labels, conventions);
  const progress = facts.subIssues ? { done: facts.subIssues.completed, total: facts.subIssues.total } : bodyTaskProgress(facts.body);
  const item2 = {
    key: facts.number === null ? `${place4.source}#${place4.index + 1}` : `#${facts.number}`,
    title: facts.title,
    url: facts.url,
    state: facts.state ?? "open",
    status: issueStatus(facts, progress),
    priority: labelFacts.priority,
    severity: labelFacts.severity,
    labels: facts.labels,
    module: labelFacts.module,
    assignees: facts.assignees,
    due: facts.milestoneDue,
    created: facts.created,
    parent: facts.parent === null ? null : issueRefKey(facts.parent, facts.repository),
    body: facts.body,
    stateReason: facts.stateReason,
    progress,
    rawPriority: labelFacts.rawPriority,
    blocking: labelFacts.blocking,
    updated: facts.updated,
    section: [],
    source: { file: place4.source, line: place4.line, kind: "tracker" }
  };
  return { item: item2, problems: [...facts.problems, ...labelProblems(facts.labels, labelFacts)] };
}

// src/core/trackers/parsers/github/build-issues-report.ts
function buildIssuesReport(input) {
  const { source, records } = input;
  const positions = records.flatMap((record6, index3) => input.isPullRequest(record6) ? [] : [index3]);
  const kept = positions.map((index3) => records[index3] ?? {});
  const missing = missingFieldWarnings(kept, source, input.expected);
  const issues = positions.flatMap((index3) => {
    const record6 = records[index3];
    const parsed = input.parsed[index3];
    if (record6 === void 0 || parsed === void 0) return [];
    const facts = input.facts(record6, parsed, missing.absent);
    return [trackedIssue(facts, { source, index: index3, line: null }, input.options.labels)];
  });
  const seen = /* @__PURE__ */ new Map();
  const items = issues.flatMap(({ item: item2 }) => {
    const count5 = (seen.get(item2.key) ?? 0) + 1;
    seen.set(item2.key, count5);
    return count5 === 1 ? [item2] : [];
  });
  const warnings = [...input.warnings, ...missing.warnings];
  if (missing.warnings.length > 0 && input.missingHint) warnings.push(`${source}: ${input.missingHint}`);
  for (const [key2, count5] of seen) {
    if (count5 > 1) warnings.push(`${source}: ${key2}: listed ${count5} times; counted once (the first)`);
  }
  warnings.push(
    ...groupProblems(
      source,
      issues.map(({ item: item2, problems }) => ({ key: item2.key, problems }))
    )
  );
  if (items.length === 0) {
    const pulls = records.length - positions.length;
    const skipped = pulls > 0 ? ` (${pulls} pull request${pulls === 1 ? "" : "s"} skipped)` : "";
    warnings.push(`${source}: no issues found${skipped}`);
  }
  return { source, format: input.format, items, warnings };
}

// src/core/trackers/parsers/github/dropped-entries-problem.ts
function droppedEntriesProblem(field, raw, kept, what) {
  if (!Array.isArray(raw)) return null;
  const dropped = raw.filter((entry) => entry !== null).length - kept;
  if (dropped <= 0) return null;
  return `"${field}" has ${dropped} ${dropped === 1 ? "entry" : "entries"} without ${what}; ignored`;
}

// src/core/trackers/parsers/github/gh-issue-schema.ts
import * as z11 from "zod";
var count2 = z11.number().int().nonnegative();
var named = z11.looseObject({ name: z11.string() });
var user = z11.looseObject({ login: z11.string() });
var linked = z11.looseObject({
  number: lenient(z11.number().int().positive()),
  state: lenient(z11.string()),
  url: lenient(z11.string()),
  repository: lenient(z11.looseObject({ nameWithOwner: z11.string() }))
});
var ghIssueSchema = z11.looseObject({
  number: lenient(z11.number().int().positive()),
  title: lenient(z11.string()),
  state: lenient(z11.string()),
  closed: lenient(z11.boolean()),
  stateReason: lenient(z11.string().nullable()),
  labels: lenient(z11.array(named.nullable().catch(null))),
  assignees: lenient(z11.array(user.nullable().catch(null))),
  milestone: lenient(
    z11.looseObject({ title: lenient(z11.string()), dueOn: lenient(z11.string().nullable()) }).nullable()
  ),
  createdAt: lenient(z11.string().nullable()),
  updatedAt: lenient(z11.string().nullable()),
  body: lenient(z11.string().nullable()),
  url: lenient(z11.string()),
  parent: lenient(linked.nullable()),
  subIssuesSummary: lenient(z11.looseObject({ total: count2, completed: count2 }).nullable()),
  // gh has written `blockedBy` both as the bare node list and as the connection `{nodes, totalCount}`.
  blockedBy: lenient(z11.union([z11.array(linked), z11.looseObject({ nodes: z11.array(linked) })]).nullable()),
  projectItems: lenient(
    z11.array(
      z11.looseObject({ status: lenient(named.nullable()) }).nullable().catch(null)
    )
  )
});
var GH_ISSUE_FIELDS = Object.keys(ghIssueSchema.shape);

// src/core/trackers/parsers/github/ignored-field-problems.ts
function ignoredFieldProblems(raw, parsed, fields) {
  return fields.filter((field) => raw[field] !== void 0 && raw[field] !== null && parsed[field] === void 0).map((field) => `"${field}" is ${describeValue(raw[field])} of an unexpected shape; ignored`);
}

// src/core/trackers/parsers/github/parse-github-url.ts
var API = /\/repos\/([^/?#]+\/[^/?#]+?)(?:\/issues\/(\d+))?\/?(?:[?#].*)?$/;
var PAGE = /^https?:\/\/[^/]+\/([^/?#]+\/[^/?#]+)\/(?:issues|pull)\/(\d+)(?:[/?#].*)?$/;
function parseGithubUrl(url) {
  const match = API.exec(url) ?? PAGE.exec(url);
  if (!match?.[1]) return null;
  return { repository: match[1], number: match[2] === void 0 ? null : Number(match[2]) };
}

// src/core/trackers/parsers/github/iso-date-part.ts
function isoDatePart(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real2 = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real2 ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

// src/core/trackers/parsers/github/read-date.ts
function readDate(value, field, problems) {
  if (value === null || value === void 0 || value.trim() === "") return null;
  const date = isoDatePart(value);
  if (date === null) problems.push(`"${field}" is not a date: ${JSON.stringify(value)}; ignored`);
  return date;
}

// src/core/trackers/parsers/github/read-issue-state.ts
function readIssueState(value, reason, field, absentFromFile, problems) {
  const word = value?.trim().toLowerCase();
  const state = word === "open" || word === "closed" ? word : null;
  if (state === null && value !== void 0)
    problems.push(`"${field}" is ${JSON.stringify(value)}, neither open nor closed; read as open`);
  if (value === void 0 && !absentFromFile) problems.push(`no "${field}"; read as open`);
  const stateReason = reason?.trim().toLowerCase() || null;
  return { state, stateReason };
}

// src/core/trackers/parsers/github/gh-issue-facts.ts
var isOpen = (issue) => issue.state?.toUpperCase() === "OPEN";
function ghIssueFacts(raw, issue, absentFromFile) {
  const problems = ignoredFieldProblems(raw, issue, GH_ISSUE_FIELDS);
  if (raw.number === void 0 && !absentFromFile.has("number"))
    problems.push('no "number"; keyed by its position in the file');
  const labels = (issue.labels ?? []).flatMap((label2) => label2 === null ? [] : [label2.name]);
  const assignees = (issue.assignees ?? []).flatMap((user3) => user3 === null ? [] : [user3.login]);
  problems.push(
    ...[
      droppedEntriesProblem("labels", raw.labels, labels.length, "a name"),
      droppedEntriesProblem("assignees", raw.assignees, assignees.length, "a login")
    ].filter((problem) => problem !== null)
  );
  const stateWord = issue.state ?? (issue.closed === void 0 ? void 0 : issue.closed ? "CLOSED" : "OPEN");
  const { state, stateReason } = readIssueState(
    stateWord,
    issue.stateReason,
    "state",
    absentFromFile.has("state") && absentFromFile.has("closed"),
    problems
  );
  const title = issue.title?.trim() ?? "";
  if (title === "" && !absentFromFile.has("title")) problems.push('no "title"');
  const parent = issue.parent;
  const blockers = Array.isArray(issue.blockedBy) ? issue.blockedBy : issue.blockedBy?.nodes ?? [];
  const subIssues = issue.subIssuesSummary;
  return {
    number: issue.number ?? null,
    title,
    state,
    stateReason,
    labels,
    assignees,
    milestoneDue: readDate(issue.milestone?.dueOn, "milestone.dueOn", problems),
    created: readDate(issue.createdAt, "createdAt", problems),
    updated: readDate(issue.updatedAt, "updatedAt", problems),
    body: issue.body?.trim() ? issue.body : null,
    url: issue.url ?? null,
    repository: parseGithubUrl(issue.url ?? "")?.repository ?? null,
    parent: parent?.number === void 0 ? null : {
      number: parent.number,
      repository: parent.repository?.nameWithOwner ?? parseGithubUrl(parent.url ?? "")?.repository ?? null
    },
    subIssues: subIssues && subIssues.total > 0 ? { total: subIssues.total, completed: subIssues.completed } : null,
    openBlockers: blockers.filter(isOpen).length,
    projectStatuses: (issue.projectItems ?? []).flatMap(
      (item2) => item2?.status?.name ? [item2.status.name] : []
    ),
    problems
  };
}

// src/core/trackers/parsers/github/gh-issues-report.ts
var GH_ISSUES = z12.array(ghIssueSchema);
var isClosed = (record6) => String(record6.state).toUpperCase() === "CLOSED" || record6.closed === true;
var EXPECTED = [
  { names: ["number"], consequence: "issues are keyed by their position in the file (<file>#1, #2\u2026)" },
  { names: ["title"], consequence: "issues have no title" },
  {
    names: ["state", "closed"],
    consequence: "every issue is read as open: an issue whose state is unknown is never counted as done"
  },
  {
    names: ["stateReason"],
    consequence: "closed issues are read as done: none can be told not planned or duplicate",
    neededBy: isClosed
  },
  { names: ["labels"], consequence: "no priority, severity, module or blocker can be read from labels" },
  { names: ["assignees"], consequence: "no assignees" },
  { names: ["milestone"], consequence: "no due dates (GitHub issues take theirs from their milestone)" },
  { names: ["createdAt"], consequence: "no creation dates" },
  { names: ["updatedAt"], consequence: "no update dates" },
  { names: ["url"], consequence: "no links to the issues" }
];
var EXPORT_COMMAND = "gh issue list --state all --limit 10000 --json number,title,state,stateReason,labels,assignees,milestone,createdAt,updatedAt,url,body";
var isPullRequest = (record6) => record6.__typename === "PullRequest" || String(record6.state).toUpperCase() === "MERGED" || ["headRefName", "baseRefName", "isDraft", "mergedAt"].some((key2) => key2 in record6);
function ghIssuesReport(records, source, options) {
  const parsed = validateReportShape(GH_ISSUES, records, source, "gh issue list");
  return buildIssuesReport({
    source,
    format: "github-json",
    options,
    records,
    parsed,
    isPullRequest,
    expected: EXPECTED,
    facts: ghIssueFacts,
    warnings: [],
    missingHint: `to export every field gonogo reads: ${EXPORT_COMMAND}`
  });
}

// src/core/trackers/parsers/github-gh-json-parser.ts
var GH_FIELDS = /* @__PURE__ */ new Set([
  "assignees",
  "author",
  "blockedBy",
  "blocking",
  "body",
  "closed",
  "closedAt",
  "closedByPullRequestsReferences",
  "comments",
  "createdAt",
  "id",
  "isPinned",
  "issueType",
  "labels",
  "milestone",
  "number",
  "parent",
  "projectCards",
  "projectItems",
  "reactionGroups",
  "state",
  "stateReason",
  "subIssues",
  "subIssuesSummary",
  "title",
  "updatedAt",
  "url"
]);
var GH_ONLY = [
  "createdAt",
  "updatedAt",
  "closedAt",
  "stateReason",
  "isPinned",
  "subIssuesSummary",
  "reactionGroups"
];
var OTHERS = [
  "html_url",
  "node_id",
  "repository_url",
  "created_at",
  "iid",
  "project_id",
  "web_url",
  "fields",
  "key"
];
var isGhIssue = (value) => isJsonObject(value) && ("title" in value || "number" in value) && !OTHERS.some((key2) => key2 in value) && (GH_ONLY.some((key2) => key2 in value) || Object.keys(value).every((key2) => GH_FIELDS.has(key2)));
var githubGhJsonParser = {
  kind: "json",
  format: "github-json",
  detect(document) {
    if (isJsonObject(document)) return isGhIssue(document);
    return Array.isArray(document) && (document.length === 0 || isGhIssue(document[0]));
  },
  parse(document, source, options) {
    if (isJsonObject(document)) return ghIssuesReport([document], source, options);
    if (!Array.isArray(document))
      throw new InputError(source, "expected gh issue list output: a JSON array of issue objects");
    return ghIssuesReport(document, source, options);
  }
};

// src/core/trackers/parsers/github/rest-issue-records.ts
function restIssueRecords(document, source) {
  if (Array.isArray(document)) {
    const slurped = document.length > 0 && document.every(Array.isArray);
    return { records: slurped ? document.flat() : document, warnings: [] };
  }
  if (!isJsonObject(document)) return null;
  if (typeof document.number === "number") return { records: [document], warnings: [] };
  if (!Array.isArray(document.items) || typeof document.total_count !== "number") return null;
  const warnings = [];
  if (document.incomplete_results === true)
    warnings.push(
      `${source}: GitHub marked these search results incomplete (the search timed out): issues may be missing`
    );
  if (document.total_count > document.items.length)
    warnings.push(
      `${source}: holds ${document.items.length} of the ${document.total_count} results the search found: the other pages were not fetched`
    );
  return { records: document.items, warnings };
}

// src/core/trackers/parsers/github/rest-issues-report.ts
import * as z14 from "zod";

// src/core/trackers/parsers/github/rest-issue-schema.ts
import * as z13 from "zod";
var count3 = z13.number().int().nonnegative();
var user2 = z13.looseObject({ login: z13.string() });
var label = z13.union([z13.string(), z13.looseObject({ name: z13.string() })]);
var restIssueSchema = z13.looseObject({
  number: lenient(z13.number().int().positive()),
  title: lenient(z13.string()),
  state: lenient(z13.string()),
  state_reason: lenient(z13.string().nullable()),
  labels: lenient(z13.array(label.nullable().catch(null))),
  assignees: lenient(z13.array(user2.nullable().catch(null)).nullable()),
  assignee: lenient(user2.nullable()),
  milestone: lenient(
    z13.looseObject({ title: lenient(z13.string()), due_on: lenient(z13.string().nullable()) }).nullable()
  ),
  created_at: lenient(z13.string().nullable()),
  updated_at: lenient(z13.string().nullable()),
  body: lenient(z13.string().nullable()),
  html_url: lenient(z13.string()),
  repository_url: lenient(z13.string()),
  parent_issue_url: lenient(z13.string().nullable()),
  sub_issues_summary: lenient(z13.looseObject({ total: count3, completed: count3 }).nullable()),
  issue_dependencies_summary: lenient(z13.looseObject({ blocked_by: count3 }).nullable())
});
var REST_ISSUE_FIELDS = Object.keys(restIssueSchema.shape);

// src/core/trackers/parsers/github/rest-issue-facts.ts
function parentOf(url, problems) {
  if (url === null || url === void 0 || url === "") return null;
  const parts = parseGithubUrl(url);
  if (parts?.number !== null && parts?.number !== void 0)
    return { repository: parts.repository, number: parts.number };
  problems.push(`"parent_issue_url" is not an issue address: ${JSON.stringify(url)}; ignored`);
  return null;
}
function restIssueFacts(raw, issue, absentFromFile) {
  const problems = ignoredFieldProblems(raw, issue, REST_ISSUE_FIELDS);
  if (raw.number === void 0 && !absentFromFile.has("number"))
    problems.push('no "number"; keyed by its position in the file');
  const labels = (issue.labels ?? []).flatMap(
    (label2) => label2 === null ? [] : [typeof label2 === "string" ? label2 : label2.name]
  );
  const users = issue.assignees ?? (issue.assignee ? [issue.assignee] : []);
  const assignees = users.flatMap((user3) => user3 === null ? [] : [user3.login]);
  problems.push(
    ...[
      droppedEntriesProblem("labels", raw.labels, labels.length, "a name"),
      droppedEntriesProblem("assignees", raw.assignees, assignees.length, "a login")
    ].filter((problem) => problem !== null)
  );
  const { state, stateReason } = readIssueState(
    issue.state,
    issue.state_reason,
    "state",
    absentFromFile.has("state"),
    problems
  );
  const title = issue.title?.trim() ?? "";
  if (title === "" && !absentFromFile.has("title")) problems.push('no "title"');
  const subIssues = issue.sub_issues_summary;
  return {
    number: issue.number ?? null,
    title,
    state,
    stateReason,
    labels,
    assignees,
    milestoneDue: readDate(issue.milestone?.due_on, "milestone.due_on", problems),
    created: readDate(issue.created_at, "created_at", problems),
    updated: readDate(issue.updated_at, "updated_at", problems),
    body: issue.body?.trim() ? issue.body : null,
    url: issue.html_url ?? null,
    repository: parseGithubUrl(issue.repository_url ?? "")?.repository ?? parseGithubUrl(issue.html_url ?? "")?.repository ?? null,
    parent: parentOf(issue.parent_issue_url, problems),
    subIssues: subIssues && subIssues.total > 0 ? { total: subIssues.total, completed: subIssues.completed } : null,
    openBlockers: issue.issue_dependencies_summary?.blocked_by ?? 0,
    projectStatuses: [],
    problems
  };
}

// src/core/trackers/parsers/github/rest-issues-report.ts
var REST_ISSUES = z14.array(restIssueSchema);
var isClosed2 = (record6) => String(record6.state).toLowerCase() === "closed";
var isPullRequest2 = (record6) => record6.pull_request !== void 0 && record6.pull_request !== null || "head" in record6 && "base" in record6;
var EXPECTED2 = [
  { names: ["number"], consequence: "issues are keyed by their position in the file" },
  { names: ["title"], consequence: "issues have no title" },
  {
    names: ["state"],
    consequence: "every issue is read as open: an issue whose state is unknown is never counted as done"
  },
  {
    names: ["state_reason"],
    consequence: "closed issues are read as done: none can be told not planned or duplicate",
    neededBy: isClosed2
  },
  { names: ["labels"], consequence: "no priority, severity, module or blocker can be read from labels" },
  { names: ["assignees", "assignee"], consequence: "no assignees" },
  { names: ["milestone"], consequence: "no due dates (GitHub issues take theirs from their milestone)" },
  { names: ["created_at"], consequence: "no creation dates" },
  { names: ["updated_at"], consequence: "no update dates" },
  { names: ["html_url"], consequence: "no links to the issues" }
];
function restIssuesReport(records, source, format, options, warnings = []) {
  const parsed = validateReportShape(REST_ISSUES, records, source, "GitHub REST issue list");
  return buildIssuesReport({
    source,
    format,
    options,
    records,
    parsed,
    isPullRequest: isPullRequest2,
    expected: EXPECTED2,
    facts: restIssueFacts,
    warnings
  });
}

// src/core/trackers/parsers/github-rest-json-parser.ts
var isRestIssue = (value) => isJsonObject(value) && typeof value.number === "number" && ["html_url", "node_id", "repository_url", "user", "labels_url"].some((key2) => key2 in value) && !("iid" in value) && !("project_id" in value);
var githubRestJsonParser = {
  kind: "json",
  format: "github-json",
  detect(document) {
    const records = restIssueRecords(document, "")?.records;
    return records !== void 0 && records.length > 0 && isRestIssue(records[0]);
  },
  parse(document, source, options) {
    const unwrapped = restIssueRecords(document, source);
    if (!unwrapped)
      throw new InputError(source, "expected a GitHub REST issue list: a JSON array of issue objects");
    return restIssuesReport(unwrapped.records, source, "github-json", options, unwrapped.warnings);
  }
};

// src/core/trackers/labels/priority-scale.ts
var SCALES = [
  ["highest", "high", "medium", "low", "lowest"],
  // Jira (current)
  ["blocker", "critical", "major", "minor", "trivial"],
  // Jira (classic)
  ["urgent", "high", "medium", "low"],
  // Linear, GitLab's priority words
  ["critical", "high", "medium", "low"],
  ["critique", "haute", "moyenne", "faible"],
  ["critique", "haute", "moyenne", "basse"]
];
var NONE = /* @__PURE__ */ new Set(["", "none", "no priority", "not set", "unset", "undefined", "n/a", "-", "\u2014"]);
function priorityScale(values) {
  const words = [
    ...new Set(
      values.map((value) => (value ?? "").trim().toLowerCase()).filter((value) => !NONE.has(value) && !/^p?[0-4]$/.test(value))
    )
  ];
  const fits = (scale) => words.filter((word) => scale.includes(word)).length;
  const complete = SCALES.find((scale) => fits(scale) === words.length);
  const best = complete ?? [...SCALES].sort((a, b) => fits(b) - fits(a))[0] ?? null;
  const vocabulary = words.length === 0 || best === null || fits(best) === 0 ? null : best;
  const unknown7 = words.filter(
    (word) => vocabulary === null ? priorityOfWord(word) === null : !vocabulary.includes(word)
  );
  return {
    vocabulary,
    unknown: unknown7,
    of(value) {
      const word = (value ?? "").trim().toLowerCase();
      if (NONE.has(word)) return null;
      const number15 = /^p?([0-4])$/.exec(word);
      if (number15) return `P${number15[1]}`;
      const rank = vocabulary?.indexOf(word) ?? -1;
      if (rank >= 0) return `P${Math.min(rank, 4)}`;
      return vocabulary === null ? priorityOfWord(word) : null;
    }
  };
}

// src/core/trackers/parsers/issues/field-reader.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function fieldReader(record6, note) {
  const noted = /* @__PURE__ */ new Set();
  const wrong = (path, found2, expected) => {
    if (!noted.has(path)) note(`"${path}" is ${describeValue(found2)}, expected ${expected}; ignored`);
    noted.add(path);
    return null;
  };
  const value = (path) => {
    let current = record6;
    const steps = path.split(".");
    for (const [index3, step] of steps.entries()) {
      if (current === void 0 || current === null) return void 0;
      if (!isRecord(current))
        return wrong(steps.slice(0, index3).join("."), current, "an object") ?? void 0;
      current = current[step];
    }
    return current;
  };
  return {
    value,
    text(path) {
      const found2 = value(path);
      if (found2 === void 0 || found2 === null) return null;
      if (typeof found2 === "number" && Number.isFinite(found2)) return String(found2);
      if (typeof found2 !== "string") return wrong(path, found2, "a string");
      return found2.trim() === "" ? null : found2.trim();
    },
    list(path) {
      const found2 = value(path);
      if (found2 === void 0 || found2 === null) return [];
      if (Array.isArray(found2)) return found2;
      wrong(path, found2, "an array");
      return [];
    },
    object(path) {
      const found2 = value(path);
      if (found2 === void 0 || found2 === null) return null;
      return isRecord(found2) ? found2 : wrong(path, found2, "an object");
    },
    count(path) {
      const found2 = value(path);
      if (found2 === void 0 || found2 === null) return null;
      if (typeof found2 === "number" && Number.isInteger(found2) && found2 >= 0) return found2;
      return wrong(path, found2, "a whole number");
    }
  };
}

// src/core/trackers/parsers/gitlab/count-task-list.ts
function countTaskList(markdown) {
  if (markdown === null) return null;
  let fence = null;
  let done = 0;
  let total = 0;
  for (const line6 of markdown.split(/\r?\n/)) {
    const mark = /^[ \t>]*(`{3,}|~{3,})/.exec(line6)?.[1];
    if (fence !== null) {
      if (mark !== void 0 && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark) {
      fence = mark;
      continue;
    }
    const box = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]|$)/.exec(line6)?.[1];
    if (box === void 0) continue;
    total += 1;
    if (box !== " ") done += 1;
  }
  return total === 0 ? null : { done, total };
}

// src/core/trackers/parsers/issues/status-of-word.ts
var WORDS4 = {
  todo: [
    "to do",
    "todo",
    "open",
    "new",
    "backlog",
    "triage",
    "selected for development",
    "ready for development",
    "reopened",
    "a fazer",
    "tarefas pendentes",
    "aberto",
    "aberta",
    "\xE0 faire",
    "a faire",
    "ouvert",
    "nouveau"
  ],
  "in-progress": [
    "in progress",
    "in review",
    "code review",
    "review",
    "in development",
    "in dev",
    "doing",
    "in testing",
    "in qa",
    "em andamento",
    "em progresso",
    "em revis\xE3o",
    "en cours",
    "en revue"
  ],
  partial: [],
  blocked: ["blocked", "on hold", "impeded", "bloqueado", "bloqueada", "bloqu\xE9", "bloqu\xE9e"],
  done: [
    "done",
    "closed",
    "resolved",
    "complete",
    "completed",
    "fixed",
    "released",
    "shipped",
    "conclu\xEDdo",
    "conclu\xEDda",
    "feito",
    "resolvido",
    "fechado",
    "termin\xE9",
    "fait",
    "r\xE9solu",
    "ferm\xE9"
  ],
  dropped: [
    "cancelled",
    "canceled",
    "aborted",
    "won't do",
    "won't fix",
    "wont do",
    "wontfix",
    "rejected",
    "declined",
    "duplicate",
    "invalid",
    "obsolete",
    "abandoned",
    "not planned",
    "cancelado",
    "cancelada",
    "annul\xE9",
    "abandonn\xE9"
  ]
};
var BY_WORD = new Map(
  Object.entries(WORDS4).flatMap(
    ([status, words]) => words.map((word) => [word, status])
  )
);
function statusOfWord(word) {
  const key2 = word.trim().toLowerCase().replace(/\s+/g, " ").replace(/[’‘]/g, "'");
  return BY_WORD.get(key2) ?? null;
}

// src/core/trackers/parsers/gitlab/gitlab-workflow.ts
function wordOf(label2) {
  const scope = label2.lastIndexOf("::");
  return scope < 0 ? label2 : label2.slice(scope + 2);
}
function gitlabWorkflow(input) {
  const byLabel = input.labels.map((label2) => ({ label: label2, status: statusOfWord(wordOf(label2)) }));
  const state = input.state?.trim().toLowerCase() ?? null;
  if (state === "closed") {
    const dropping = byLabel.find((entry) => entry.status === "dropped")?.label ?? null;
    const reason = input.duplicate ? "duplicate" : input.moved ? "moved" : dropping;
    return {
      state: "closed",
      status: reason === null ? "done" : "dropped",
      stateReason: reason,
      problem: null
    };
  }
  const status = byLabel.some((entry) => entry.status === "blocked") ? "blocked" : byLabel.some((entry) => entry.status === "in-progress") ? "in-progress" : "todo";
  const known = state === "opened" || state === "open" || state === "reopened";
  const problem = known ? null : `${state === null ? "no state" : `unknown state ${JSON.stringify(input.state)}`}; read as open`;
  return { state: "open", status, stateReason: null, problem };
}

// src/core/trackers/parsers/gitlab/gitlab-api-fields.ts
var dateAt = (read, path) => {
  const value = read.text(path);
  return value === null ? null : { field: path, value };
};
function keyOf(read, iid) {
  const relative2 = read.text("references.relative");
  return relative2 !== null && relative2.endsWith(`#${iid}`) ? relative2 : `#${iid}`;
}
function labelsOf(read, note) {
  const raw = read.list("labels");
  const labels = raw.map((label2) => typeof label2 === "string" ? label2 : fieldReader(label2, () => void 0).text("name")).filter((label2) => label2 !== null && label2.trim() !== "");
  if (labels.length < raw.length)
    note(`"labels" has ${raw.length - labels.length} entries without a name; ignored`);
  return labels;
}
function assigneesOf(read) {
  const people = read.list("assignees");
  const single = read.object("assignee");
  return (people.length > 0 ? people : single === null ? [] : [single]).map((person) => {
    const who = fieldReader(person, () => void 0);
    return who.text("username") ?? who.text("name");
  }).filter((name) => name !== null);
}
function progressOf(read, body) {
  const total = read.count("task_completion_status.count");
  const done = read.count("task_completion_status.completed_count");
  if (total === null || done === null) return countTaskList(body);
  return total > 0 && done <= total ? { done, total } : null;
}
function gitlabApiFields(issue, note) {
  const read = fieldReader(issue, note);
  const labels = labelsOf(read, note);
  const workflow = gitlabWorkflow({
    state: read.text("state"),
    labels,
    duplicate: read.text("_links.closed_as_duplicate_of") !== null,
    moved: read.value("moved_to_id") !== void 0 && read.value("moved_to_id") !== null
  });
  if (workflow.problem) note(workflow.problem);
  const severity5 = read.text("severity");
  const epic = read.count("epic.iid") ?? read.count("epic_iid");
  const body = read.text("description");
  return {
    key: keyOf(read, issue.iid),
    title: read.text("title"),
    url: read.text("web_url"),
    workflow,
    priorityWord: null,
    severityWord: severity5 === null || severity5.toUpperCase() === "UNKNOWN" ? null : severity5,
    labels,
    component: null,
    assignees: assigneesOf(read),
    dates: {
      due: dateAt(read, "due_date"),
      dueFallback: dateAt(read, "milestone.due_date"),
      created: dateAt(read, "created_at"),
      updated: dateAt(read, "updated_at")
    },
    parent: epic === null ? null : `&${epic}`,
    body,
    progress: progressOf(read, body),
    line: null
  };
}

// src/core/trackers/parsers/gitlab/gitlab-schema.ts
import * as z15 from "zod";
var gitlabIssueSchema = z15.looseObject({ iid: z15.number().int().positive() });
var gitlabIssuesSchema = z15.array(gitlabIssueSchema);

// src/core/trackers/parsers/issues/format-notes.ts
function formatNotes(notes) {
  const groups = /* @__PURE__ */ new Map();
  for (const { place: place4, problem } of notes) {
    const group = groups.get(problem);
    if (group) group.count += 1;
    else groups.set(problem, { place: place4, count: 1 });
  }
  return [...groups].map(([problem, { place: place4, count: count5 }]) => {
    const others = count5 - 1;
    const more = others === 0 ? "" : ` (also on ${others} other ${others === 1 ? "item" : "items"})`;
    return `${place4}: ${problem}${more}`;
  });
}

// src/core/trackers/dates/parse-tracker-date.ts
var MONTH_PREFIXES = [
  ["jan", "ene"],
  ["feb", "fev"],
  ["mar", "mrz"],
  ["apr", "avr", "abr"],
  ["may", "mai"],
  ["jun", "juin"],
  ["jul", "juil"],
  ["aug", "aou", "ago"],
  ["sep", "set"],
  ["oct", "okt", "out"],
  ["nov"],
  ["dec", "dez", "dic"]
];
function monthOf(name) {
  const word = name.normalize("NFD").replace(/[\u0300-\u036f.]/g, "").toLowerCase();
  if (word.length < 3) return null;
  const index3 = MONTH_PREFIXES.findIndex((prefixes) => prefixes.some((prefix) => word.startsWith(prefix)));
  return index3 < 0 ? null : index3 + 1;
}
function isoDate(year, month, day) {
  if (month === null || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
var fullYear = (year) => year.length === 2 ? 2e3 + Number(year) : Number(year);
var END = String.raw`(?=$|[\sT,])`;
var WEEKDAY = String.raw`(?:\p{L}+\.?,?\s+)?`;
var YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${END}`);
var DAY_MONTH_NAME = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})[\s/.-]+(\p{L}+)\.?[\s/.-]+(\d{4}|\d{2})${END}`,
  "u"
);
var MONTH_NAME_DAY = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})${END}`, "u");
var NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${END}`);
function numericDate(first, separator, second, year) {
  if (separator === "." || first > 12 || first === second) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  return null;
}
function parseTrackerDate(text9) {
  const value = text9.trim();
  if (value === "") return null;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const dayMonth = DAY_MONTH_NAME.exec(value);
  if (dayMonth) {
    return isoDate(fullYear(dayMonth[3] ?? ""), monthOf(dayMonth[2] ?? ""), Number(dayMonth[1]));
  }
  const monthDay = MONTH_NAME_DAY.exec(value);
  if (monthDay) return isoDate(Number(monthDay[3]), monthOf(monthDay[1] ?? ""), Number(monthDay[2]));
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    return numericDate(Number(numeric[1]), numeric[2] ?? "", Number(numeric[3]), Number(numeric[4]));
  }
  return null;
}

// src/core/trackers/parsers/issues/issue-item.ts
function isUnset(word) {
  const alone = priorityScale([word]);
  return alone.vocabulary === null && alone.unknown.length === 0 && alone.of(word) === null;
}
function readDate2(date, note) {
  if (date === null) return null;
  const iso2 = parseTrackerDate(date.value);
  if (iso2 === null)
    note(`"${date.field}" is not a date gonogo can read: ${JSON.stringify(date.value)}; ignored`);
  return iso2;
}
function fieldPriority(word, scale, note) {
  if (word === null || isUnset(word)) return { priority: null, word: null };
  const priority2 = scale.of(word);
  if (priority2 === null) {
    const vocabulary = scale.vocabulary ? ` (this file ranks ${scale.vocabulary.join(", ")})` : "";
    note(`unknown priority ${JSON.stringify(word)}${vocabulary}; priority left unknown`);
  }
  return { priority: priority2, word };
}
function fieldSeverity(word, note) {
  if (word === null) return null;
  const severity5 = severityOfWord(word);
  if (severity5 === null) note(`unknown severity ${JSON.stringify(word)}; ignored`);
  return severity5;
}
function issueItem(fields, context, note) {
  const facts = classifyLabels(fields.labels, context.labels);
  for (const label2 of facts.unknown)
    note(`label ${JSON.stringify(label2)} has a value gonogo does not know; ignored`);
  const fromField = fieldPriority(fields.priorityWord, context.priorities, note);
  const useField = fromField.priority !== null || facts.priority === null;
  if (fields.title === null) note("no title");
  return {
    key: fields.key,
    title: fields.title ?? "",
    url: fields.url,
    state: fields.workflow.state,
    status: fields.workflow.status,
    priority: useField ? fromField.priority : facts.priority,
    severity: fieldSeverity(fields.severityWord, note) ?? facts.severity,
    labels: fields.labels,
    module: fields.component ?? facts.module,
    assignees: fields.assignees,
    due: readDate2(fields.dates.due, note) ?? readDate2(fields.dates.dueFallback, note),
    created: readDate2(fields.dates.created, note),
    parent: fields.parent,
    body: fields.body,
    stateReason: fields.workflow.stateReason,
    progress: fields.progress,
    rawPriority: useField ? fromField.word : facts.rawPriority,
    blocking: facts.blocking,
    updated: readDate2(fields.dates.updated, note),
    section: [],
    source: { file: context.source, line: fields.line, kind: "tracker" }
  };
}

// src/core/trackers/parsers/issues/item-note.ts
function itemPlace(source, line6, key2) {
  return line6 === null ? `${source}: ${key2}` : `${source}:${line6}: ${key2}`;
}

// src/core/trackers/parsers/gitlab-json-parser.ts
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var EXPORT_KEYS = ["label_links", "issue_assignees", "resource_label_events"];
var isApiIssue = (value) => isRecord2(value) && typeof value.iid === "number" && typeof value.state === "string" && !EXPORT_KEYS.some((key2) => key2 in value);
var gitlabJsonParser = {
  kind: "json",
  format: "gitlab-json",
  detect(document, ndjson) {
    if (ndjson) return false;
    if (isRecord2(document))
      return isApiIssue(document) && ("web_url" in document || "references" in document);
    return Array.isArray(document) && document.length > 0 && isApiIssue(document[0]);
  },
  parse(document, source, options) {
    const issues = isRecord2(document) ? [validateReportShape(gitlabIssueSchema, document, source, "GitLab issues JSON")] : validateReportShape(gitlabIssuesSchema, document, source, "GitLab issues JSON");
    const context = { source, labels: options.labels, priorities: priorityScale([]) };
    const notes = [];
    const items = issues.map((issue) => {
      const problems = [];
      const note = (problem) => problems.push(problem);
      const fields = gitlabApiFields(issue, note);
      const item2 = issueItem(fields, context, note);
      notes.push(...problems.map((problem) => ({ place: itemPlace(source, null, fields.key), problem })));
      return item2;
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: "gitlab-json", items, warnings };
  }
};

// src/core/trackers/parsers/gitlab/gitlab-export-fields.ts
var dateAt2 = (read, path) => {
  const value = read.text(path);
  return value === null ? null : { field: path, value };
};
var isSet = (read, path) => read.value(path) !== void 0 && read.value(path) !== null;
function gitlabExportFields(issue, line6, note) {
  const read = fieldReader(issue, note);
  const labels = read.list("label_links").map((link) => fieldReader(link, () => void 0).text("label.title")).filter((label2) => label2 !== null);
  const workflow = gitlabWorkflow({
    state: read.text("state"),
    labels,
    duplicate: isSet(read, "duplicated_to_id"),
    moved: isSet(read, "moved_to_id")
  });
  if (workflow.problem) note(workflow.problem);
  const severity5 = read.text("issuable_severity.severity");
  const epic = read.count("epic_issue.epic.iid");
  const body = read.text("description");
  return {
    key: `#${issue.iid}`,
    title: read.text("title"),
    url: null,
    workflow,
    priorityWord: null,
    severityWord: severity5 === null || severity5.toUpperCase() === "UNKNOWN" ? null : severity5,
    labels,
    component: null,
    assignees: read.list("issue_assignees").map((assignee) => fieldReader(assignee, () => void 0).text("user_id")).filter((id) => id !== null).map((id) => `user:${id}`),
    dates: {
      due: dateAt2(read, "due_date"),
      dueFallback: dateAt2(read, "milestone.due_date"),
      created: dateAt2(read, "created_at"),
      updated: dateAt2(read, "updated_at")
    },
    parent: epic === null ? null : `&${epic}`,
    body,
    progress: countTaskList(body),
    line: line6
  };
}

// src/core/trackers/parsers/gitlab-ndjson-parser.ts
var isRecord3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var EXPORT_KEYS2 = [
  "label_links",
  "issue_assignees",
  "resource_label_events",
  "notes",
  "events",
  "timelogs"
];
var isExportIssue = (value) => isRecord3(value) && typeof value.iid === "number" && EXPORT_KEYS2.some((key2) => key2 in value);
var gitlabNdjsonParser = {
  kind: "json",
  format: "gitlab-ndjson",
  detect(document, ndjson) {
    return ndjson && Array.isArray(document) && document.length > 0 && isExportIssue(document[0]);
  },
  parse(document, source, options) {
    const records = Array.isArray(document) ? document : [document];
    const context = { source, labels: options.labels, priorities: priorityScale([]) };
    const notes = [];
    const items = records.map((record6, index3) => {
      const line6 = index3 + 1;
      const issue = validateReportShape(
        gitlabIssueSchema,
        record6,
        `${source}:${line6}`,
        "GitLab export issue"
      );
      const place4 = itemPlace(source, line6, `#${issue.iid}`);
      const note = (problem) => notes.push({ place: place4, problem });
      return issueItem(gitlabExportFields(issue, line6, note), context, note);
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: "gitlab-ndjson", items, warnings };
  }
};

// src/core/trackers/parsers/issues/csv-columns.ts
var keyOf2 = (name) => name.trim().toLowerCase().replace(/\s+/g, " ");
function csvColumns(header) {
  const indexes = /* @__PURE__ */ new Map();
  header.forEach((name, index3) => {
    const key2 = keyOf2(name);
    indexes.set(key2, [...indexes.get(key2) ?? [], index3]);
  });
  const columns = (names) => names.flatMap((name) => indexes.get(keyOf2(name)) ?? []).sort((a, b) => a - b);
  const all = (row2, ...names) => columns(names).map((index3) => (row2[index3] ?? "").trim()).filter((cell) => cell !== "");
  return {
    has: (...names) => columns(names).length > 0,
    first: (row2, ...names) => all(row2, ...names)[0] ?? null,
    all
  };
}

// src/core/trackers/parsers/jira/jira-workflow.ts
var CATEGORIES = {
  "to do": "todo",
  new: "todo",
  "in progress": "in-progress",
  indeterminate: "in-progress",
  done: "done"
};
var DROPPING_RESOLUTIONS = /* @__PURE__ */ new Set([
  "won't fix",
  "won't do",
  "duplicate",
  "incomplete",
  "cannot reproduce",
  "can't reproduce",
  "declined",
  "rejected",
  "obsolete",
  "invalid",
  "not a bug",
  "works as designed",
  "abandoned",
  "cancelled",
  "canceled"
]);
var normalized = (word) => (word ?? "").trim().toLowerCase().replace(/\s+/g, " ").replace(/[’‘]/g, "'");
function jiraWorkflow(statusWord2, categoryWord, resolution) {
  const fromCategory = CATEGORIES[normalized(categoryWord)] ?? null;
  const fromWord = statusWord2 === null ? null : statusOfWord(statusWord2);
  const resolved = resolution !== null;
  let status;
  let problem = null;
  if (fromCategory === "done") status = fromWord === "dropped" ? "dropped" : "done";
  else if (fromCategory !== null) status = fromWord === "blocked" ? "blocked" : fromCategory;
  else if (fromWord !== null) status = fromWord;
  else {
    status = resolved ? "done" : "todo";
    const what = statusWord2 === null ? "no status" : `unknown status ${JSON.stringify(statusWord2)}`;
    const read = resolved ? `closed (resolution ${JSON.stringify(resolution)})` : "open (todo)";
    problem = `${what}${categoryWord === null ? "" : ` and unknown status category ${JSON.stringify(categoryWord)}`}; read as ${read}`;
  }
  const closed = status === "done" || status === "dropped";
  if (closed && DROPPING_RESOLUTIONS.has(normalized(resolution))) status = "dropped";
  const stateReason = resolution ?? (status === "dropped" ? statusWord2 : null);
  return { state: closed ? "closed" : "open", status, stateReason, problem };
}

// src/core/trackers/parsers/jira/jira-csv-fields.ts
var dateOf = (columns, row2, field) => {
  const value = columns.first(row2, field);
  return value === null ? null : { field, value };
};
function checklistProgress(cell) {
  const match = /(\d+)\s*\/\s*(\d+)/.exec(cell ?? "");
  if (!match) return null;
  const [done, total] = [Number(match[1]), Number(match[2])];
  return total > 0 && done <= total ? { done, total } : null;
}
function jiraCsvFields(columns, record6, note) {
  const { row: row2 } = record6;
  const parentId = columns.first(row2, "Parent", "Parent id");
  const workflow = jiraWorkflow(
    columns.first(row2, "Status"),
    columns.first(row2, "Status Category"),
    columns.first(row2, "Resolution")
  );
  if (workflow.problem) note(workflow.problem);
  return {
    key: record6.key,
    title: columns.first(row2, "Summary"),
    url: null,
    workflow,
    priorityWord: columns.first(row2, "Priority"),
    severityWord: columns.first(row2, "Severity", "Custom field (Severity)", "Custom field (Bug Severity)"),
    labels: columns.all(row2, "Labels"),
    component: columns.first(row2, "Component/s", "Components"),
    assignees: columns.all(row2, "Assignee"),
    dates: {
      due: dateOf(columns, row2, "Due date"),
      dueFallback: null,
      created: dateOf(columns, row2, "Created"),
      updated: dateOf(columns, row2, "Updated")
    },
    parent: columns.first(row2, "Parent key") ?? (parentId === null ? null : record6.keysById.get(parentId) ?? parentId),
    body: columns.first(row2, "Description"),
    progress: checklistProgress(columns.first(row2, "Custom field (Checklist Progress)")),
    line: record6.line
  };
}

// src/core/trackers/parsers/jira-csv-parser.ts
var isBlank = (row2) => row2.every((cell) => cell.trim() === "");
var jiraCsvParser = {
  kind: "csv",
  format: "jira-csv",
  detect(header) {
    const columns = csvColumns(header);
    return columns.has("Issue key") || columns.has("Summary") && columns.has("Issue Type", "Issue id", "Status Category");
  },
  parse(header, rows, lines, source, options) {
    const columns = csvColumns(header);
    if (!columns.has("Status")) {
      throw new InputError(source, 'Jira CSV export without a "Status" column: cannot tell open from done', {
        line: 1
      });
    }
    const warnings = [];
    const hasKeys = columns.has("Issue key");
    if (!hasKeys) {
      warnings.push(`${source}: no "Issue key" column; issues are keyed ${source}#<record number>`);
    }
    const keysById = /* @__PURE__ */ new Map();
    for (const row2 of rows) {
      const [id, key2] = [columns.first(row2, "Issue id"), columns.first(row2, "Issue key")];
      if (id !== null && key2 !== null) keysById.set(id, key2);
    }
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(rows.map((row2) => columns.first(row2, "Priority")))
    };
    const notes = [];
    const items = rows.flatMap((row2, index3) => {
      if (isBlank(row2)) return [];
      const line6 = lines[index3] ?? null;
      const key2 = columns.first(row2, "Issue key") ?? `${source}#${index3 + 1}`;
      const note = (problem) => notes.push({ place: itemPlace(source, line6, key2), problem });
      if (hasKeys && key2.startsWith(`${source}#`)) note('no "Issue key"; keyed by its record number');
      if (row2.length > header.length) {
        note(`${row2.length} cells for ${header.length} columns (a quoting problem?); extra cells ignored`);
      }
      return [issueItem(jiraCsvFields(columns, { row: row2, key: key2, line: line6, keysById }, note), context, note)];
    });
    warnings.push(...formatNotes(notes));
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: "jira-csv", items, warnings };
  }
};

// src/core/trackers/parsers/jira-json-parser.ts
import * as z17 from "zod";

// src/core/trackers/parsers/jira/adf-text.ts
var isRecord4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var BLOCK_CONTAINERS = /* @__PURE__ */ new Set([
  "doc",
  "blockquote",
  "bulletList",
  "orderedList",
  "taskList",
  "decisionList",
  "panel",
  "table",
  "expand",
  "nestedExpand",
  "layoutSection",
  "layoutColumn",
  "tableCell",
  "tableHeader"
]);
function inlineText(node) {
  const attrs = isRecord4(node.attrs) ? node.attrs : {};
  const attr = (name) => typeof attrs[name] === "string" ? attrs[name] : "";
  switch (node.type) {
    case "text":
      return typeof node.text === "string" ? node.text : "";
    case "hardBreak":
      return "\n";
    case "mention":
      return attr("text") || `@${attr("id")}`;
    case "emoji":
      return attr("text") || attr("shortName");
    case "inlineCard":
    case "blockCard":
      return attr("url");
    case "status":
      return attr("text");
    default:
      return "";
  }
}
function textOf(node) {
  if (!isRecord4(node)) return "";
  const children = Array.isArray(node.content) ? node.content : [];
  if (node.type === "tableRow") return children.map(textOf).join(" | ");
  if (node.type === "listItem") return `- ${children.map(textOf).join("\n")}`;
  if (node.type === "taskItem" || node.type === "decisionItem") {
    const done = isRecord4(node.attrs) && node.attrs.state === "DONE";
    return `- [${done ? "x" : " "}] ${children.map(textOf).join("")}`;
  }
  if (typeof node.type === "string" && BLOCK_CONTAINERS.has(node.type)) {
    return children.map(textOf).join("\n");
  }
  if (children.length > 0) return children.map(textOf).join("");
  return inlineText(node);
}
function adfText(document) {
  const text9 = textOf(document).replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim();
  return text9 === "" ? null : text9;
}

// src/core/trackers/parsers/jira/jira-json-fields.ts
var dateAt3 = (read, path) => {
  const value = read.text(path);
  return value === null ? null : { field: path, value };
};
function personName(value) {
  const read = fieldReader(value, () => void 0);
  return read.text("displayName") ?? read.text("name") ?? read.text("emailAddress") ?? read.text("accountId");
}
function browseUrl(self, key2) {
  if (typeof self !== "string") return null;
  const match = /^(https?:\/\/.+?)\/rest\/api\//.exec(self);
  return match ? `${match[1]}/browse/${key2}` : null;
}
function fixVersionDue(read) {
  const dates = read.list("fields.fixVersions").map((version) => fieldReader(version, () => void 0).text("releaseDate")).filter((date) => date !== null).sort();
  return dates[0] === void 0 ? null : { field: "fields.fixVersions.releaseDate", value: dates[0] };
}
function subtaskProgress(read) {
  const subtasks = read.list("fields.subtasks");
  if (subtasks.length === 0) return null;
  const done = subtasks.filter(
    (subtask) => fieldReader(subtask, () => void 0).text("fields.status.statusCategory.key") === "done"
  ).length;
  return { done, total: subtasks.length };
}
function description(read, note) {
  const value = read.value("fields.description");
  if (value === void 0 || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "object" && !Array.isArray(value)) return adfText(value);
  note(`"fields.description" is ${typeof value}, expected a string or a document; ignored`);
  return null;
}
function jiraJsonFields(issue, note) {
  const read = fieldReader(issue, note);
  const workflow = jiraWorkflow(
    read.text("fields.status.name"),
    read.text("fields.status.statusCategory.key") ?? read.text("fields.status.statusCategory.name"),
    read.text("fields.resolution.name")
  );
  if (workflow.problem) note(workflow.problem);
  const labels = read.list("fields.labels");
  if (labels.some((label2) => typeof label2 !== "string"))
    note('"fields.labels" has entries that are not text; ignored');
  const assignee = read.object("fields.assignee");
  return {
    key: issue.key,
    title: read.text("fields.summary"),
    url: browseUrl(issue.self, issue.key),
    workflow,
    priorityWord: read.text("fields.priority.name"),
    severityWord: null,
    labels: labels.filter((label2) => typeof label2 === "string" && label2.trim() !== ""),
    component: read.list("fields.components").map((component) => fieldReader(component, () => void 0).text("name")).find((name) => name !== null) ?? null,
    assignees: assignee === null ? [] : [personName(assignee)].filter((name) => name !== null),
    dates: {
      due: dateAt3(read, "fields.duedate"),
      dueFallback: fixVersionDue(read),
      created: dateAt3(read, "fields.created"),
      updated: dateAt3(read, "fields.updated")
    },
    parent: read.text("fields.parent.key"),
    body: description(read, note),
    progress: subtaskProgress(read),
    line: null
  };
}

// src/core/trackers/parsers/jira/jira-json-schema.ts
import * as z16 from "zod";
var jiraIssueSchema = z16.looseObject({
  key: z16.string().min(1),
  fields: z16.record(z16.string(), z16.unknown())
});
var jiraSearchSchema = z16.looseObject({ issues: z16.array(jiraIssueSchema) });

// src/core/trackers/parsers/jira-json-parser.ts
var isRecord5 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var PAGE_KEYS = ["startAt", "maxResults", "total", "isLast", "nextPageToken"];
var isIssue = (value) => isRecord5(value) && typeof value.key === "string" && isRecord5(value.fields) && !("iid" in value);
var isSearchPage = (value) => isRecord5(value) && Array.isArray(value.issues) && (value.issues.length === 0 ? PAGE_KEYS.some((key2) => key2 in value) : isIssue(value.issues[0]));
function issuesOf(document, source) {
  if (isRecord5(document)) return validateReportShape(jiraSearchSchema, document, source, "Jira JSON").issues;
  const pages = (value) => isRecord5(value) && Array.isArray(value.issues);
  if (Array.isArray(document) && document.length > 0 && document.every(pages)) {
    return document.flatMap(
      (page, index3) => validateReportShape(jiraSearchSchema, page, `${source}:${index3 + 1}`, "Jira JSON").issues
    );
  }
  return validateReportShape(z17.array(jiraIssueSchema), document, source, "Jira JSON");
}
var jiraJsonParser = {
  kind: "json",
  format: "jira-json",
  detect(document, ndjson) {
    if (isSearchPage(document)) return true;
    if (!Array.isArray(document) || document.length === 0) return false;
    return ndjson ? document.every(isSearchPage) : isIssue(document[0]);
  },
  parse(document, source, options) {
    const issues = issuesOf(document, source);
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(
        issues.map((issue) => fieldReader(issue, () => void 0).text("fields.priority.name"))
      )
    };
    const notes = [];
    const items = issues.map((issue) => {
      const note = (problem) => notes.push({ place: itemPlace(source, null, issue.key), problem });
      return issueItem(jiraJsonFields(issue, note), context, note);
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: "jira-json", items, warnings };
  }
};

// src/core/trackers/parsers/linear/linear-workflow.ts
function linearWorkflow(statusWord2, milestones) {
  const fromWord = statusWord2 === null ? null : statusOfWord(statusWord2);
  let status;
  let problem = null;
  if (fromWord !== null) {
    status = fromWord;
    const open = status !== "done" && status !== "dropped";
    const closedAt = milestones.canceled ? "Canceled" : milestones.completed ? "Completed" : null;
    if (open && closedAt !== null) {
      problem = `status ${JSON.stringify(statusWord2)} but a "${closedAt}" date is set; the status decides (open)`;
    }
  } else {
    const [fallback, because] = milestones.canceled ? ["dropped", 'its "Canceled" date'] : milestones.completed ? ["done", 'its "Completed" date'] : milestones.started ? ["in-progress", 'its "Started" date'] : ["todo", "no lifecycle date"];
    status = fallback;
    const what = statusWord2 === null ? "no status" : `unknown status ${JSON.stringify(statusWord2)}`;
    problem = `${what}; read as ${fallback} from ${because}`;
  }
  const closed = status === "done" || status === "dropped";
  const stateReason = status === "dropped" ? fromWord === null ? "Canceled" : statusWord2 : null;
  return { state: closed ? "closed" : "open", status, stateReason, problem };
}

// src/core/trackers/parsers/linear/linear-fields.ts
var dateOf2 = (columns, row2, field) => {
  const value = columns.first(row2, field);
  return value === null ? null : { field, value };
};
function linearFields(columns, row2, record6, note) {
  const workflow = linearWorkflow(columns.first(row2, "Status"), {
    started: columns.first(row2, "Started") !== null,
    completed: columns.first(row2, "Completed") !== null,
    canceled: columns.first(row2, "Canceled") !== null
  });
  if (workflow.problem) note(workflow.problem);
  return {
    key: record6.key,
    title: columns.first(row2, "Title"),
    url: null,
    workflow,
    priorityWord: columns.first(row2, "Priority"),
    severityWord: null,
    labels: columns.all(row2, "Labels").flatMap((cell) => cell.split(",")).map((label2) => label2.trim()).filter((label2) => label2 !== ""),
    component: null,
    assignees: columns.all(row2, "Assignee"),
    dates: {
      due: dateOf2(columns, row2, "Due Date"),
      dueFallback: dateOf2(columns, row2, "Cycle End"),
      created: dateOf2(columns, row2, "Created"),
      updated: dateOf2(columns, row2, "Updated")
    },
    parent: columns.first(row2, "Parent issue"),
    body: columns.first(row2, "Description", "Issue description"),
    progress: null,
    line: record6.line
  };
}

// src/core/trackers/parsers/linear-csv-parser.ts
var LINEAR_COLUMNS = [
  "Team",
  "Creator",
  "Cycle Number",
  "Cycle Name",
  "Cycle Start",
  "Cycle End",
  "Triaged",
  "Canceled",
  "Parent issue",
  "Project Milestone",
  "SLA Status"
];
var isBlank2 = (row2) => row2.every((cell) => cell.trim() === "");
var linearCsvParser = {
  kind: "csv",
  format: "linear-csv",
  detect(header) {
    const columns = csvColumns(header);
    if (!columns.has("Title") || !columns.has("Status") || columns.has("Summary", "Issue key")) return false;
    return LINEAR_COLUMNS.filter((name) => columns.has(name)).length >= 2;
  },
  parse(header, rows, lines, source, options) {
    const columns = csvColumns(header);
    if (!columns.has("Status")) {
      throw new InputError(
        source,
        'Linear CSV export without a "Status" column: cannot tell open from done',
        {
          line: 1
        }
      );
    }
    const warnings = [];
    const hasIds = columns.has("ID");
    if (!hasIds) warnings.push(`${source}: no "ID" column; issues are keyed ${source}#<record number>`);
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(rows.map((row2) => columns.first(row2, "Priority")))
    };
    const notes = [];
    const items = rows.flatMap((row2, index3) => {
      if (isBlank2(row2)) return [];
      const line6 = lines[index3] ?? null;
      const key2 = columns.first(row2, "ID") ?? `${source}#${index3 + 1}`;
      const note = (problem) => notes.push({ place: itemPlace(source, line6, key2), problem });
      if (hasIds && key2.startsWith(`${source}#`)) note('no "ID"; keyed by its record number');
      if (row2.length > header.length) {
        note(`${row2.length} cells for ${header.length} columns (a quoting problem?); extra cells ignored`);
      }
      return [issueItem(linearFields(columns, row2, { key: key2, line: line6 }, note), context, note)];
    });
    warnings.push(...formatNotes(notes));
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: "linear-csv", items, warnings };
  }
};

// src/core/text/mac-roman.ts
var MAC_ROMAN_HIGH = "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\xE6\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026\xA0\xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7";
var MAC_ROMAN_ALIASES = { "\u2126": 189, "\xA4": 219 };

// src/core/text/windows-1252.ts
var WINDOWS_1252_HIGH = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF";
var WINDOWS_1252_ALIASES = Object.fromEntries(
  Array.from({ length: 32 }, (_, i) => [String.fromCharCode(128 + i), 128 + i])
);

// src/core/text/code-page.ts
function byteMap(high, aliases) {
  const map = new Map(Object.entries(aliases));
  [...high].forEach((char, index3) => map.set(char, 128 + index3));
  return map;
}
var MOJIBAKE_CODE_PAGES = [
  { name: "Windows-1252", bytes: byteMap(WINDOWS_1252_HIGH, WINDOWS_1252_ALIASES), lossy: true },
  { name: "Mac Roman", bytes: byteMap(MAC_ROMAN_HIGH, MAC_ROMAN_ALIASES), lossy: false }
];

// src/core/text/decode-utf8-run.ts
function continuations(lead) {
  if (lead >= 194 && lead <= 223) return 1;
  if (lead >= 224 && lead <= 239) return 2;
  if (lead >= 240 && lead <= 244) return 3;
  return 0;
}
function continues(lead, index3, byte) {
  if (index3 === 0) {
    if (lead === 224) return byte >= 160 && byte <= 191;
    if (lead === 237) return byte >= 128 && byte <= 159;
    if (lead === 240) return byte >= 144 && byte <= 191;
    if (lead === 244) return byte >= 128 && byte <= 143;
  }
  return byte >= 128 && byte <= 191;
}
function selectorFollows(bytes, index3) {
  return bytes[index3] === 239 && bytes[index3 + 1] === 184;
}
function codePoint(bytes, start, count5) {
  const lead = bytes[start] ?? 0;
  let value = lead & (count5 === 1 ? 31 : count5 === 2 ? 15 : 7);
  for (let i = 1; i <= count5; i++) value = value << 6 | (bytes[start + i] ?? 0) & 63;
  return value;
}
function decodeUtf8Run(bytes, chars, lossy) {
  let text9 = "";
  let restored = 0;
  let kept = 0;
  let lost = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const need = continuations(lead);
    let have = 0;
    while (have < need && i + 1 + have < bytes.length && continues(lead, have, bytes[i + 1 + have] ?? 0))
      have++;
    if (need > 0 && have === need) {
      text9 += String.fromCodePoint(codePoint(bytes, i, need));
      restored++;
      i += need + 1;
    } else if (lossy && need > 0 && (have > 0 || selectorFollows(bytes, i + 1))) {
      const selector = lead === 239 && have === 1 && bytes[i + 1] === 184;
      text9 += selector ? "\uFE0F" : "\uFFFD";
      if (selector) restored++;
      else lost++;
      i += have + 1;
    } else {
      text9 += chars[i] ?? "";
      kept++;
      i++;
    }
  }
  return { text: text9, restored, kept, lost };
}

// src/core/text/repair-mojibake.ts
function readBack(text9, page) {
  let out = "";
  let restored = 0;
  let kept = 0;
  let lost = 0;
  let bytes = [];
  let chars = [];
  const flush = () => {
    if (bytes.length === 0) return;
    const run3 = decodeUtf8Run(bytes, chars, page.lossy);
    out += run3.text;
    restored += run3.restored;
    kept += run3.kept;
    lost += run3.lost;
    bytes = [];
    chars = [];
  };
  for (const char of text9) {
    const byte = page.bytes.get(char);
    if (byte === void 0) {
      flush();
      out += char;
    } else {
      bytes.push(byte);
      chars.push(char);
    }
  }
  flush();
  return { text: out, charset: page.name, restored, kept, lost };
}
function repairMojibake(text9) {
  const unchanged = { text: text9, charset: null, restored: 0, lost: 0 };
  if (/^[\u0000-\u007f]*$/.test(text9)) return unchanged;
  let best = null;
  for (const page of MOJIBAKE_CODE_PAGES) {
    const candidate = readBack(text9, page);
    const score = candidate.restored - candidate.kept - candidate.lost;
    if (candidate.restored === 0 || score < 0) continue;
    if (best === null || score > best.restored - best.kept - best.lost) best = candidate;
  }
  if (best === null) return unchanged;
  return { text: best.text, charset: best.charset, restored: best.restored, lost: best.lost };
}

// src/core/trackers/parsers/markdown/matchable.ts
function matchable(text9) {
  return text9.normalize("NFC").replace(/[\uFE0E\uFE0F]/g, "").replace(/[\u00A0\u2007\u202F]/g, " ").replace(/[\u2018\u2019\u02BC]/g, "'").normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
}

// src/core/trackers/parsers/markdown/plan-date.ts
var MONTHS = Object.fromEntries(
  [
    ["january", "janvier", "jan", "janv"],
    ["february", "fevrier", "feb", "fev", "fevr"],
    ["march", "mars", "mar"],
    ["april", "avril", "apr", "avr"],
    ["may", "mai"],
    ["june", "juin", "jun"],
    ["july", "juillet", "jul", "juil"],
    ["august", "aout", "aug"],
    ["september", "septembre", "sep", "sept"],
    ["october", "octobre", "oct"],
    ["november", "novembre", "nov"],
    ["december", "decembre", "dec"]
  ].flatMap((names, index3) => names.map((name) => [name, index3 + 1]))
);
var NONE2 = /^(?:|-|—|–|n\/a|none|aucune?|tbd|tbc|\?|a definir|a determiner|to be defined|not set|non definie?)$/;
var iso = (year, month, day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
var lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
function planDate(text9) {
  const value = matchable(text9).replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
  if (NONE2.test(value)) return { date: null, understood: true };
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|[t ]\d)/.exec(value);
  if (day) {
    const [year, month2, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const valid = month2 >= 1 && month2 <= 12 && date >= 1 && date <= lastDay(year, month2);
    return valid ? { date: iso(year, month2, date), understood: true } : { date: null, understood: false };
  }
  const month = /^([a-z]+)\.? (\d{4})$/.exec(value);
  const monthNumber = month ? MONTHS[month[1] ?? ""] : void 0;
  if (month && monthNumber) {
    const year = Number(month[2]);
    return { date: iso(year, monthNumber, lastDay(year, monthNumber)), understood: true };
  }
  const part = /^([qths])([1-4]) (\d{4})$/.exec(value);
  if (part) {
    const size2 = part[1] === "h" || part[1] === "s" ? 6 : 3;
    const index3 = Number(part[2]);
    if (index3 * size2 <= 12) {
      const year = Number(part[3]);
      return { date: iso(year, index3 * size2, lastDay(year, index3 * size2)), understood: true };
    }
  }
  return { date: null, understood: false };
}

// src/core/trackers/parsers/markdown/apply-fields.ts
function applyFields(item2, fields, context, line6) {
  for (const field of fields) {
    const at = field.line ?? line6;
    const value = field.value.replace(/[*_`]/g, "").trim();
    if (value === "") continue;
    switch (field.kind) {
      case "owner":
        if (item2.assignees.length === 0)
          item2.assignees = value.split(/\s*[,;&]\s*|\s+(?:and|et)\s+/).filter((name) => name !== "");
        break;
      case "due": {
        if (item2.due !== null) break;
        const due = planDate(value);
        if (!due.understood)
          context.warn(at, `${field.name} "${value}" is not a date gonogo reads: due date unknown`);
        item2.due = due.date;
        break;
      }
      case "module":
        item2.module ??= value;
        break;
      case "severity":
        if (item2.severity !== null) break;
        item2.severity = value.split(/[^\p{L}\p{N}]+/u).map((word) => severityOfWord(word)).find((severity5) => severity5 !== null) ?? null;
        if (item2.severity === null) context.warn(at, `unknown severity "${value}": severity unknown`);
        break;
      default:
        break;
    }
  }
}

// src/core/trackers/parsers/markdown/status-vocabulary.ts
var STATUS_WORDS = [
  [
    "dropped",
    /n\/a|won'?t (?:do|fix)|wontfix|dropped|abandon(?:ne|nee|nes|nees|ed)?|cancell?ed|annulee?s?|out of scope|hors (?:scope|perimetre)|obsolete|duplicate|doublon|not planned|skipped/
  ],
  [
    "todo",
    /to ?do|a faire|reste a faire|not (?:started|done|implemented|complete|completed|finished|yet)|(?:non|pas) (?:commencee?s?|demarree?s?|faite?s?|implementee?s?|terminee?s?|traitee?s?|realisee?s?)|incomplete|open|pending|planned|planifiee?s?|prevue?s?|backlog|new|nouveau|draft|proposed|en attente/
  ],
  ["blocked", /blocked|bloquee?s?|on hold|en pause|stuck/],
  ["partial", /partial(?:ly)?|partiel(?:le)?s?|partiellement/],
  [
    "in-progress",
    /in progress|en cours|wip|ongoing|doing|started|in review|en revue|en test|testing|in development|en developpement|demarree?|commencee?/
  ],
  [
    "done",
    /done|complete[ds]?|completee?s?|complet|terminee?s?|finie?s?|faite?s?|implemented|implementee?s?|resolved|resolue?s?|fixed|corrigee?s?|closed|fermee?s?|cloturee?s?|validated|validee?s?|ok|shipped|livree?s?|merged|deployed|deployee?s?|finished|achieved|reussie?s?/
  ]
];
var STATUS_EMOJI = /* @__PURE__ */ new Map([
  ["\u2705", "done"],
  ["\u2611", "done"],
  ["\u2714", "done"],
  ["\u2713", "done"],
  ["\u{1F504}", "in-progress"],
  ["\u{1F6A7}", "in-progress"],
  ["\u23F3", "in-progress"],
  ["\u231B", "in-progress"],
  ["\u26A0", "partial"],
  ["\u274C", "blocked"],
  ["\u26D4", "blocked"],
  ["\u{1F6AB}", "blocked"],
  ["\u{1F6D1}", "blocked"]
]);

// src/core/trackers/parsers/markdown/starts-with-status-word.ts
var AT_START = new RegExp(
  `^(?:${STATUS_WORDS.map(([, words]) => words.source).join("|")})(?![\\p{L}\\p{N}])`,
  "u"
);
function startsWithStatusWord(text9) {
  return AT_START.test(matchable(text9).trim());
}

// src/core/trackers/parsers/markdown/status-of-text.ts
var LETTER = /[\p{L}\p{N}]/u;
var PATTERNS = STATUS_WORDS.map(
  ([status, words]) => [status, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.source})(?![\\p{L}\\p{N}])`, "u")]
);
function firstWord(text9) {
  let best = null;
  for (const [status, pattern] of PATTERNS) {
    const match = pattern.exec(text9);
    if (!match) continue;
    const found2 = { status, index: match.index, length: match[0].length };
    if (best === null || found2.index < best.index || found2.index === best.index && found2.length > best.length)
      best = found2;
  }
  return best?.status ?? null;
}
function statusOfText(text9) {
  const plain = matchable(text9);
  const word = firstWord(plain);
  if (word) return { status: word, unknown: null };
  for (const char of plain) {
    const status = STATUS_EMOJI.get(char);
    if (status) return { status, unknown: null };
  }
  const first = text9.replace(/[*_`~]/g, "").trim().split(/\s+/).find((token) => LETTER.test(token));
  return { status: null, unknown: first ?? null };
}

// src/core/trackers/parsers/markdown/read-heading.ts
var LEADING = new RegExp(`^(?:(?:${[...STATUS_EMOJI.keys()].join("|")})[\\uFE0E\\uFE0F]?\\s*)+`, "u");
var NUMBER2 = /^(#)?(\d{1,3}(?:\.\d{1,3})*)(?:[.)]|\s*[-–—:])?\s+(?=\S)/u;
var TRAILING_WORDS = [/\s*[([]([^()[\]]{1,30})[)\]]\s*$/u, /\s+[-–—:]\s+([^-–—:()[\]]{1,30})$/u];
function trailingEmoji(text9) {
  let last = null;
  for (let i = 0; i < text9.length; ) {
    const point = text9.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(point);
    if (STATUS_EMOJI.has(char)) last = i;
    i += char.length;
  }
  if (last === null) return null;
  const after = text9.slice(last).replace(new RegExp("^\\P{L}[\\uFE0E\\uFE0F]?", "u"), "");
  return /^[\s\p{L}'’-]*$/u.test(after) && after.trim().split(/\s+/).length <= 4 ? last : null;
}
function readHeading(text9) {
  const leading = LEADING.exec(text9)?.[0] ?? "";
  let rest = text9.slice(leading.length);
  let trailing = "";
  const at = trailingEmoji(rest);
  if (at !== null) {
    trailing = rest.slice(at);
    rest = rest.slice(0, at);
  } else {
    for (const pattern of TRAILING_WORDS) {
      const word = pattern.exec(rest);
      const inner = word?.[1] ?? "";
      if (word && inner.trim().split(/\s+/).length <= 3 && startsWithStatusWord(inner)) {
        trailing = inner;
        rest = rest.slice(0, word.index);
        break;
      }
    }
  }
  const title = rest.trim();
  const number15 = NUMBER2.exec(title.replace(/^[^\p{L}\p{N}#]+/u, ""));
  const markerText = `${leading} ${trailing}`.trim();
  return {
    title,
    number: number15?.[2] ?? null,
    hashed: number15?.[1] === "#",
    marker: markerText === "" ? null : statusOfText(markerText)
  };
}

// src/core/trackers/parsers/markdown/text-runs.ts
function textRuns(nodes) {
  const runs = [];
  const pending = nodes.map((node) => ({ node, struck: false })).reverse();
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const { node, struck } = next;
    switch (node.type) {
      case "text":
      case "inlineCode":
        runs.push({ text: node.value, struck });
        break;
      case "image":
      case "imageReference":
        runs.push({ text: node.alt ?? "", struck });
        break;
      case "break":
        runs.push({ text: "\n", struck });
        break;
      case "html":
      case "footnoteReference":
        break;
      default: {
        const inside = struck || node.type === "delete";
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i];
          if (child) pending.push({ node: child, struck: inside });
        }
      }
    }
  }
  return runs;
}

// src/core/trackers/parsers/markdown/is-struck-heading.ts
function isStruckHeading(nodes) {
  const runs = textRuns(nodes);
  if (!runs.some((run3) => run3.struck && run3.text.trim() !== "")) return false;
  const rest = readHeading(
    runs.filter((run3) => !run3.struck).map((run3) => run3.text).join("").trim()
  );
  const title = rest.title.replace(/^[^\p{L}\p{N}#]*#?\d{1,3}(?:\.\d{1,3})*[.):\s–—-]*/u, "");
  return !/[\p{L}\p{N}]/u.test(title);
}

// src/core/trackers/parsers/markdown/new-checklist-item.ts
function newChecklistItem(source, line6, title, section) {
  return {
    key: `${source}#L${line6}`,
    title,
    url: null,
    state: "open",
    status: "todo",
    priority: null,
    severity: null,
    labels: [],
    module: null,
    assignees: [],
    due: null,
    created: null,
    parent: null,
    body: null,
    stateReason: null,
    progress: null,
    rawPriority: null,
    blocking: false,
    updated: null,
    section,
    source: { file: source, line: line6, kind: "checklist" }
  };
}

// src/core/trackers/parsers/markdown/heading-items.ts
function headingItems(context) {
  const items = [];
  context.sections.forEach((reading, index3) => {
    if (!reading.item) return;
    const { section, heading } = reading;
    const item2 = newChecklistItem(
      context.source,
      section.line,
      heading.title,
      context.path(section.enclosing)
    );
    let status = isStruckHeading(section.inline) ? "dropped" : null;
    if (status === null && reading.status) {
      const stated = statusOfText(reading.status.value);
      status = stated.status ?? "todo";
      if (stated.status === null) {
        const word = stated.unknown ?? "empty";
        context.warn(reading.status.line, `unknown status "${word}" for "${heading.title}": read as todo`);
      }
    }
    status ??= heading.marker?.status ?? null;
    if (status !== null) {
      item2.status = status;
      item2.state = status === "done" || status === "dropped" ? "closed" : "open";
    }
    const own = reading.priority;
    if (own && context.resolve(own.reading) === null) {
      context.warn(
        own.line,
        `unknown priority "${own.value || "empty"}" for "${heading.title}": priority unknown`
      );
      item2.rawPriority = own.value === "" ? null : own.value;
    } else {
      const priority2 = context.inherited(index3);
      item2.priority = priority2?.priority ?? null;
      item2.rawPriority = priority2?.raw ?? null;
    }
    applyFields(item2, section.fields, context, section.line);
    item2.body = section.body.length === 0 ? null : section.body.join("\n");
    items.push({ item: item2, section: index3, stated: status !== null });
  });
  return items;
}

// src/core/trackers/parsers/markdown/item-progress.ts
function applyProgress(items, outline, context, taskKeys) {
  const plain = /* @__PURE__ */ new Map();
  const criteria = /* @__PURE__ */ new Map();
  const count5 = (tallies, key2, done) => {
    if (key2 === null) return;
    const tally = tallies.get(key2) ?? { done: 0, total: 0 };
    tally.total++;
    if (done) tally.done++;
    tallies.set(key2, tally);
  };
  for (const item2 of items) {
    if (item2.parent !== null && item2.status !== "dropped") count5(plain, item2.parent, item2.status === "done");
  }
  for (const bullet of outline.bullets) {
    const owner = bullet.task === null ? context.nearestItem(bullet.section) : taskKeys.get(bullet.task) ?? null;
    if (bullet.criteria) count5(criteria, owner, bullet.status === "done");
    else if (bullet.status !== null) count5(plain, owner, bullet.status === "done");
  }
  for (const item2 of items) {
    const tally = criteria.get(item2.key) ?? plain.get(item2.key);
    item2.progress = tally ? { done: tally.done, total: tally.total } : null;
  }
}

// src/core/trackers/parsers/markdown/plan-context.ts
var PlanContext = class {
  constructor(source, sections, rank) {
    this.source = source;
    this.sections = sections;
    this.rank = rank;
  }
  source;
  sections;
  rank;
  warnings = [];
  warn(line6, text9) {
    this.warnings.push({ line: line6, text: text9 });
  }
  /** Key of the item a section is, when it is one. */
  sectionKey(index3) {
    const reading = index3 === null ? void 0 : this.sections[index3];
    return reading?.item ? `${this.source}#L${reading.section.line}` : null;
  }
  /** Key of the innermost heading item enclosing a point of the section `index` (the section itself included). */
  nearestItem(index3) {
    for (let at = index3; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const key2 = this.sectionKey(at);
      if (key2) return key2;
    }
    return null;
  }
  /** Headings from the outermost to the section `index` included, as written; empty headings name none. */
  path(index3) {
    const titles = [];
    for (let at = index3; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const text9 = this.sections[at]?.section.text ?? "";
      if (text9 !== "") titles.unshift(text9);
    }
    return titles;
  }
  /** A priority reading ranked within the document: its word, else its colour. */
  resolve(reading) {
    if (reading === null) return null;
    const priority2 = (reading.word === null ? null : this.rank(reading.word)) ?? reading.colour;
    return priority2 === null ? null : { priority: priority2, raw: reading.raw };
  }
  /** The priority a point of section `index` inherits: from its own or the nearest enclosing section that has one. */
  inherited(index3) {
    for (let at = index3; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const reading = this.sections[at];
      const found2 = this.resolve(reading?.priority?.reading ?? null) ?? this.resolve(reading?.headingPriority ?? null);
      if (found2) return found2;
    }
    return null;
  }
};

// src/core/trackers/parsers/markdown/field-names.ts
var FIELD_NAMES = new Map([
  ...["status", "statut", "state", "etat"].map((name) => [name, "status"]),
  ...["priority", "priorite", "prio"].map((name) => [name, "priority"]),
  ...["severity", "severite", "sev", "gravite"].map((name) => [name, "severity"]),
  ...[
    "owner",
    "owners",
    "assignee",
    "assignees",
    "assigned to",
    "assigne",
    "assigne a",
    "responsable",
    "porteur"
  ].map((name) => [name, "owner"]),
  ...["due", "due date", "deadline", "echeance", "date limite", "date d'echeance", "target date"].map((name) => [name, "due"]),
  ...["module", "component", "composant", "area", "domain", "domaine"].map(
    (name) => [name, "module"]
  ),
  ...[
    "action",
    "task",
    "tache",
    "item",
    "title",
    "titre",
    "issue",
    "ticket",
    "feature",
    "fonctionnalite",
    "story",
    "deliverable",
    "livrable"
  ].map((name) => [name, "title"])
]);

// src/core/trackers/parsers/markdown/plain-text.ts
function plainText(nodes) {
  return textRuns(nodes).map((run3) => run3.text).join("").replace(/\s+/g, " ").trim();
}

// src/core/trackers/parsers/markdown/priority-vocabulary.ts
var PRIORITY_WORDS = new Map([
  ...["critical", "critique", "urgent", "blocker", "highest", "immediate"].map(
    (word) => [word, word]
  ),
  ["urgente", "urgent"],
  ["bloquant", "blocker"],
  ["bloquante", "blocker"],
  ...["high", "haute", "haut", "major", "medium", "moyenne", "moyen", "normal", "moderate"].map(
    (word) => [word, word]
  ),
  ["elevee", "\xE9lev\xE9e"],
  ["majeur", "major"],
  ["majeure", "major"],
  ["normale", "normal"],
  ["moderee", "moderate"],
  ...["low", "faible", "basse", "bas", "minor", "lowest", "trivial"].map((word) => [word, word]),
  ["mineur", "minor"],
  ["mineure", "minor"],
  ...["p0", "p1", "p2", "p3", "p4"].map((word) => [word, word])
]);
var PRIORITY_COLOURS = /* @__PURE__ */ new Map([
  ["\u{1F534}", "P0"],
  ["\u{1F7E0}", "P1"],
  ["\u{1F7E1}", "P2"],
  ["\u{1F7E2}", "P3"]
]);
var PRIORITY_NOUNS = /* @__PURE__ */ new Set([
  "priority",
  "priorities",
  "priorite",
  "priorites",
  "prio"
]);
function priorityColour(text9) {
  for (const char of text9) {
    const priority2 = PRIORITY_COLOURS.get(char);
    if (priority2) return { emoji: char, priority: priority2 };
  }
  return null;
}

// src/core/trackers/parsers/markdown/priority-in-field.ts
function priorityInField(value) {
  const head = value.split(/\s[-–—]\s|[(,;]/u, 1)[0]?.replace(/[*_`]/g, "").trim() ?? "";
  if (head === "") return null;
  const word = matchable(head).split(/[^\p{L}\p{N}]+/u).map((token) => PRIORITY_WORDS.get(token)).find((known) => known !== void 0) ?? null;
  return { word, colour: priorityColour(value)?.priority ?? null, raw: head.replace(/[\uFE0E\uFE0F]/g, "") };
}

// src/core/trackers/parsers/markdown/read-field.ts
function readField(line6) {
  const match = /^\s*([^:]{1,40}?)\s*:\s*(.*)$/u.exec(line6);
  if (!match) return null;
  const name = match[1] ?? "";
  const kind = FIELD_NAMES.get(matchable(name).replace(/\s+/g, " ").trim());
  if (kind === void 0 || kind === "title") return null;
  return { kind, name: name.trim(), value: (match[2] ?? "").trim() };
}

// src/core/trackers/parsers/markdown/split-inline-fields.ts
function splitInlineFields(text9) {
  const parts = text9.split(/\s+\|\s+/);
  if (parts.length < 2) return { title: text9, fields: [] };
  const fields = parts.slice(1).map((part) => readField(part)).filter((field) => field !== null).map((field) => ({ ...field, value: /^[*_\s]*$/.test(field.value) ? "" : field.value }));
  return fields.length === 0 ? { title: text9, fields: [] } : { title: parts[0]?.trim() ?? "", fields };
}

// src/core/trackers/parsers/markdown/priority-words.ts
function priorityWords(outline, sections) {
  const values = [];
  for (const task of outline.tasks) {
    for (const field of splitInlineFields(plainText(task.inline)).fields)
      if (field.kind === "priority") values.push(field.value);
  }
  for (const table2 of outline.tables) {
    const [header, ...rows] = table2.node.children;
    const column = (header?.children ?? []).findIndex(
      (cell) => FIELD_NAMES.get(matchable(plainText(cell.children)).replace(/\s+/g, " ")) === "priority"
    );
    if (column < 0) continue;
    for (const row2 of rows) values.push(plainText(row2.children[column]?.children ?? []));
  }
  const words = [
    ...sections.flatMap((reading) => [reading.priority?.reading?.word, reading.headingPriority?.word]),
    ...values.map((value) => priorityInField(value)?.word)
  ];
  return [...new Set(words.filter((word) => typeof word === "string"))];
}

// src/core/trackers/parsers/markdown/rank-priorities.ts
function rankPriorities(words) {
  const scale = priorityScale(words);
  const vocabulary = scale.vocabulary;
  const complete = vocabulary !== null && words.every((word) => /^p[0-4]$/.test(word) || vocabulary.includes(word));
  return (word) => complete ? scale.of(word) : priorityOfWord(word);
}

// src/core/trackers/parsers/markdown/priority-in-heading.ts
var WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
var LADDER = /* @__PURE__ */ new Set([
  "critical",
  "critique",
  "urgent",
  "blocker",
  "highest",
  "high",
  "haute",
  "medium",
  "moyenne",
  "low",
  "faible",
  "basse",
  "lowest"
]);
function priorityInHeading(text9) {
  const plain = text9.replace(/[\uFE0E\uFE0F]/g, "");
  const tokens2 = [...plain.matchAll(WORD)].map((match) => ({
    written: match[0],
    folded: matchable(match[0]),
    index: match.index
  }));
  const found2 = tokens2.find((token, i) => {
    if (!PRIORITY_WORDS.has(token.folded)) return false;
    if (/^p[0-4]$/.test(token.folded)) return true;
    if (LADDER.has(token.folded) && token.written === token.written.toUpperCase()) return true;
    const next = tokens2[i + 1]?.folded ?? "";
    const previous = tokens2[i - 1]?.folded ?? "";
    if (PRIORITY_NOUNS.has(next) || PRIORITY_NOUNS.has(previous)) return true;
    return priorityColour(plain.slice(Math.max(0, token.index - 4), token.index)) !== null;
  });
  const colour = priorityColour(plain);
  if (!found2 && !colour) return null;
  const before = found2 ? priorityColour(plain.slice(Math.max(0, found2.index - 4), found2.index)) : colour;
  const at = colour ? plain.indexOf(colour.emoji) + colour.emoji.length : -1;
  const marked = found2 ?? tokens2.find((token) => at >= 0 && token.index >= at && token.index <= at + 2);
  return {
    word: found2 ? PRIORITY_WORDS.get(found2.folded) ?? null : null,
    colour: colour?.priority ?? null,
    raw: [before?.emoji, marked?.written].filter((part) => part !== void 0).join(" ")
  };
}

// src/core/trackers/parsers/markdown/read-sections.ts
function readSections(outline) {
  const readings = outline.sections.map((section) => {
    const heading = readHeading(section.text);
    const status = section.fields.find((field) => field.kind === "status") ?? null;
    const priority2 = section.fields.find((field) => field.kind === "priority") ?? null;
    return {
      section,
      heading,
      status,
      priority: priority2 ? { ...priority2, reading: priorityInField(priority2.value) } : null,
      headingPriority: priorityInHeading(section.text),
      item: status !== null || priority2 !== null || heading.number !== null && heading.marker?.status != null,
      mentionOf: null
    };
  });
  const defined = /* @__PURE__ */ new Map();
  const refersBack = (reading) => reading.heading.hashed && reading.status === null && reading.priority === null;
  readings.forEach((reading, index3) => {
    const number15 = reading.heading.number;
    if (reading.item && number15 !== null && !refersBack(reading) && !defined.has(number15))
      defined.set(number15, index3);
  });
  readings.forEach((reading, index3) => {
    const number15 = reading.heading.number;
    if (!refersBack(reading) || number15 === null) return;
    const target = defined.get(number15);
    if (target !== void 0 && target !== index3) {
      reading.mentionOf = target;
      reading.item = false;
    } else if (reading.item && target === void 0) defined.set(number15, index3);
  });
  return readings;
}

// src/core/trackers/parsers/markdown/table-items.ts
function tableItems(outline, context) {
  const items = [];
  for (const table2 of outline.tables) {
    const [header, ...rows] = table2.node.children;
    if (!header) continue;
    const columns = header.children.map((cell) => {
      const name = plainText(cell.children);
      return { name, kind: FIELD_NAMES.get(matchable(name).replace(/\s+/g, " ")) ?? null };
    });
    const column = (kind) => columns.findIndex((found2) => found2.kind === kind);
    const titleColumn = column("title");
    if (titleColumn < 0 || column("status") < 0 && column("priority") < 0) continue;
    for (const row2 of rows) {
      const line6 = row2.position?.start.line ?? 0;
      const cells = row2.children.map((cell) => plainText(cell.children));
      const title = cells[titleColumn] ?? "";
      if (title === "") {
        context.warn(line6, `table row without ${columns[titleColumn]?.name}: not read as an item`);
        continue;
      }
      const item2 = newChecklistItem(context.source, line6, title, context.path(table2.section));
      item2.parent = context.nearestItem(table2.section);
      const fields = columns.flatMap(
        (found2, index3) => found2.kind && found2.kind !== "title" ? [{ kind: found2.kind, name: found2.name, value: cells[index3] ?? "" }] : []
      );
      const statusValue = fields.find((field) => field.kind === "status")?.value ?? "";
      if (statusValue !== "") {
        const stated = statusOfText(statusValue);
        if (stated.status === null)
          context.warn(line6, `unknown status "${stated.unknown ?? statusValue}": read as todo`);
        item2.status = stated.status ?? "todo";
        item2.state = item2.status === "done" || item2.status === "dropped" ? "closed" : "open";
      }
      const priorityValue = fields.find((field) => field.kind === "priority")?.value ?? "";
      const priority2 = priorityValue === "" ? context.inherited(table2.section) : context.resolve(priorityInField(priorityValue));
      if (priorityValue !== "" && priority2 === null)
        context.warn(line6, `unknown priority "${priorityValue}": priority unknown`);
      item2.priority = priority2?.priority ?? null;
      item2.rawPriority = priority2?.raw ?? (priorityValue || null);
      applyFields(item2, fields, context, line6);
      items.push(item2);
    }
  }
  return items;
}

// src/core/trackers/parsers/markdown/is-struck-through.ts
function isStruckThrough(nodes) {
  const visible = textRuns(nodes).filter((run3) => run3.text.trim() !== "");
  return visible.length > 0 && visible.every((run3) => run3.struck);
}

// src/core/trackers/parsers/markdown/leading-status-emoji.ts
function leadingStatusEmoji(text9) {
  const first = text9.replace(/^[\s\uFE0E\uFE0F]+/u, "").codePointAt(0);
  return first === void 0 ? null : STATUS_EMOJI.get(String.fromCodePoint(first)) ?? null;
}

// src/core/trackers/parsers/markdown/task-status.ts
function taskStatus(checked, inline, title) {
  if (isStruckThrough(inline) || /^n\/a\b|\(n\/a\)$/i.test(title)) return "dropped";
  if (checked) return "done";
  const marked = leadingStatusEmoji(title);
  return marked === "in-progress" || marked === "partial" || marked === "blocked" ? marked : "todo";
}

// src/core/trackers/parsers/markdown/task-items.ts
function taskItems(outline, context, numbered) {
  const items = [];
  const mentions = [];
  const keys = [];
  for (const task of outline.tasks) {
    const written = plainText(task.inline);
    const { title, fields } = splitInlineFields(task.malformed ? written.replace(/^\[\]\s*/, "") : written);
    const parent = task.parent === null ? context.nearestItem(task.section) : keys[task.parent] ?? null;
    let status = taskStatus(task.checked, task.inline, title);
    const target = numbered.get(/^#(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s|$|[-–—:])/.exec(title)?.[1] ?? "");
    if (target !== void 0) {
      mentions.push({ line: task.line, title, status, target });
      keys.push(target);
      continue;
    }
    const item2 = newChecklistItem(context.source, task.line, title, context.path(task.section));
    keys.push(item2.key);
    item2.parent = parent;
    const statusField = fields.find((field) => field.kind === "status" && field.value !== "");
    if (statusField && status === "todo") {
      const stated = statusOfText(statusField.value);
      if (stated.status === null)
        context.warn(task.line, `unknown status "${stated.unknown ?? statusField.value}": read as todo`);
      status = stated.status ?? "todo";
    }
    item2.status = status;
    item2.state = status === "done" || status === "dropped" ? "closed" : "open";
    const priorityField = fields.find((field) => field.kind === "priority" && field.value !== "");
    const own = priorityField ? priorityInField(priorityField.value) : null;
    const priority2 = priorityField ? context.resolve(own) : context.inherited(task.section);
    if (priorityField && priority2 === null)
      context.warn(task.line, `unknown priority "${priorityField.value}": priority unknown`);
    item2.priority = priority2?.priority ?? null;
    item2.rawPriority = priority2?.raw ?? priorityField?.value ?? null;
    applyFields(item2, fields, context, task.line);
    const empty = fields.filter((field) => field.value === "").map((field) => field.name);
    if (empty.length > 0) context.warn(task.line, `empty ${empty.join(", ")}: left unknown`);
    if (title === "") context.warn(task.line, "task-list item without text");
    item2.body = task.body.length === 0 ? null : task.body.join("\n");
    items.push(item2);
  }
  return { items, mentions };
}

// src/core/trackers/parsers/markdown/build-plan-items.ts
function buildPlanItems(outline, source) {
  const sections = readSections(outline);
  const context = new PlanContext(source, sections, rankPriorities(priorityWords(outline, sections)));
  const headings = headingItems(context);
  const numbered = /* @__PURE__ */ new Map();
  for (const { item: item2, section } of headings) {
    const number15 = sections[section]?.heading.number;
    if (number15 && !numbered.has(number15)) numbered.set(number15, item2.key);
  }
  const tasks = taskItems(outline, context, numbered);
  const items = [...headings.map((heading) => heading.item), ...tasks.items, ...tableItems(outline, context)];
  const children = /* @__PURE__ */ new Map();
  for (const child of items) {
    if (child.parent === null || child.status === "dropped") continue;
    const siblings = children.get(child.parent);
    if (siblings) siblings.push(child);
    else children.set(child.parent, [child]);
  }
  for (const { item: item2, stated } of headings) {
    const own = children.get(item2.key) ?? [];
    const done = own.filter((child) => child.status === "done").length;
    if (stated || done === 0) continue;
    item2.status = done === own.length ? "done" : "in-progress";
    item2.state = item2.status === "done" ? "closed" : "open";
  }
  const byKey = new Map(items.map((item2) => [item2.key, item2]));
  const byLine = new Map([
    ...tasks.mentions.map((mention) => [mention.line, mention.target]),
    ...items.map((item2) => [item2.source.line, item2.key])
  ]);
  const taskKeys = /* @__PURE__ */ new Map();
  outline.tasks.forEach((task, index3) => {
    const key2 = byLine.get(task.line);
    if (key2) taskKeys.set(index3, key2);
  });
  applyProgress(items, outline, context, taskKeys);
  const references = [
    ...tasks.mentions,
    ...sections.flatMap((reading) => {
      const target = reading.mentionOf === null ? null : context.sectionKey(reading.mentionOf);
      const status = reading.heading.marker?.status;
      return target && status ? [{ line: reading.section.line, title: reading.heading.title, status, target }] : [];
    })
  ];
  for (const reference of references) {
    const item2 = byKey.get(reference.target);
    if (item2 && item2.status !== reference.status)
      context.warn(
        reference.line,
        `"${reference.title}" refers to the item at line ${item2.source.line} as ${reference.status}, but the item is ${item2.status}: the item's own status is kept`
      );
  }
  const malformed = outline.tasks.filter((task) => task.malformed).map((task) => task.line);
  if (malformed.length > 0)
    context.warn(
      malformed[0] ?? null,
      `${malformed.length} list item(s) start with "[]" (line ${malformed.join(", ")}): read as unchecked task items (GFM writes "[ ]")`
    );
  items.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0));
  const warnings = [...context.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((warning) => `${source}${warning.line === null ? "" : `:${warning.line}`}: ${warning.text}`);
  return { items, warnings };
}

// src/core/trackers/parsers/markdown/parse-markdown.ts
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
function parseMarkdown(text9, source) {
  try {
    return fromMarkdown(text9, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (error3) {
    if (error3 instanceof RangeError) {
      throw new InputError(
        source,
        "markdown nested too deeply to read (thousands of nested lists or quotes)"
      );
    }
    throw error3;
  }
}

// src/core/trackers/parsers/markdown/inline-lines.ts
function inlineLines(nodes) {
  return textRuns(nodes).map((run3) => run3.text).join("").split(/\r\n|\r|\n/).map((line6) => line6.replace(/\s+/g, " ").trim());
}

// src/core/trackers/parsers/markdown/scan-outline.ts
var CRITERIA = /^(?:criteres? d'acceptation|acceptance criteria|definition of done|dod)\s*:?$/;
function lineOf(node) {
  const line6 = node.position?.start.line;
  if (line6 === void 0) throw new Error(`the markdown parser returned a ${node.type} without a position`);
  return line6;
}
function hasEmptyBox(node) {
  const first = node.children[0];
  const lead = first?.type === "paragraph" ? first.children[0] : void 0;
  if (first?.type !== "paragraph" || lead?.type !== "text") return false;
  return /^\[\](?:[ \t]|$)/.test(lead.value) && plainText(first.children).length > 2;
}
function scanOutline(tree) {
  const outline = { sections: [], tasks: [], bullets: [], tables: [] };
  const open = [];
  let current = null;
  const criteriaLists = /* @__PURE__ */ new WeakSet();
  const bodyOf = (frame) => {
    if (frame.task !== null) return outline.tasks[frame.task]?.body ?? null;
    return current === null ? null : outline.sections[current]?.body ?? null;
  };
  const paragraph = (node, frame) => {
    if (frame.title) return;
    const text9 = plainText(node.children);
    if (text9 !== "") bodyOf(frame)?.push(text9);
    const section = current === null ? void 0 : outline.sections[current];
    if (frame.inList || !section) return;
    inlineLines(node.children).forEach((content, offset) => {
      const field = readField(content);
      if (field) section.fields.push({ ...field, line: lineOf(node) + offset });
    });
  };
  const pending = [{ node: tree, task: null, inList: false, title: false, criteria: false }];
  for (let frame = pending.pop(); frame !== void 0; frame = pending.pop()) {
    const { node } = frame;
    let task = frame.task;
    if (node.type === "heading") {
      while ((outline.sections[open.at(-1) ?? -1]?.depth ?? 0) >= node.depth) open.pop();
      current = outline.sections.length;
      outline.sections.push({
        depth: node.depth,
        text: plainText(node.children),
        inline: node.children,
        line: lineOf(node),
        enclosing: open.at(-1) ?? null,
        fields: [],
        body: []
      });
      open.push(current);
      continue;
    }
    if (node.type === "paragraph") {
      paragraph(node, frame);
      continue;
    }
    if (node.type === "table") {
      outline.tables.push({ node, section: current });
      for (const row2 of node.children)
        bodyOf(frame)?.push(row2.children.map((cell) => plainText(cell.children)).join(" | "));
      continue;
    }
    if (node.type === "listItem") {
      const first = node.children[0];
      const malformed = typeof node.checked !== "boolean" && hasEmptyBox(node);
      if (typeof node.checked === "boolean" || malformed) {
        task = outline.tasks.length;
        outline.tasks.push({
          node,
          line: lineOf(node),
          checked: node.checked === true,
          malformed,
          inline: first?.type === "paragraph" ? first.children : [],
          parent: frame.task,
          section: current,
          body: []
        });
      } else {
        const status = first?.type === "paragraph" ? leadingStatusEmoji(plainText(first.children)) : null;
        if (status !== null || frame.criteria)
          outline.bullets.push({
            status,
            line: lineOf(node),
            task,
            section: current,
            criteria: frame.criteria
          });
      }
    }
    if (!("children" in node)) continue;
    const children = node.children;
    children.forEach((child, i) => {
      const next = children[i + 1];
      if (child.type === "paragraph" && next?.type === "list" && CRITERIA.test(matchable(plainText(child.children))))
        criteriaLists.add(next);
    });
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (!child) continue;
      pending.push({
        node: child,
        task,
        inList: frame.inList || node.type === "list",
        title: task !== frame.task && i === 0 && child.type === "paragraph",
        criteria: node.type === "list" && criteriaLists.has(node)
      });
    }
  }
  return outline;
}

// src/core/trackers/parsers/markdown-tasks-parser.ts
var JSON_START = /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:\{|\]|$))/;
var XML_START = /^\s*<\?xml/i;
var markdownTasksParser = {
  kind: "text",
  format: "markdown",
  detect(head) {
    return !JSON_START.test(head) && !XML_START.test(head);
  },
  parse(text9, source) {
    const repair = repairMojibake(stripBom(text9));
    const warnings = [];
    if (repair.charset !== null) {
      const lost = repair.lost === 0 ? "" : `; ${repair.lost} could not be recovered and read as U+FFFD`;
      warnings.push(
        `${source}: text repaired: UTF-8 that had been read as ${repair.charset} (${repair.restored} characters restored${lost})`
      );
    }
    const tree = parseMarkdown(repair.text.normalize("NFC"), source);
    const plan = buildPlanItems(scanOutline(tree), source);
    warnings.push(...plan.warnings);
    if (plan.items.length === 0) warnings.push(`${source}: no task-list items or status headings found`);
    return { source, format: "markdown", items: plan.items, warnings };
  }
};

// src/core/trackers/read-csv.ts
import { CsvError, parse } from "csv-parse/sync";
function delimiterOf(text9) {
  const header = text9.split(/\r?\n/, 1)[0] ?? "";
  const count5 = (char) => header.split(char).length - 1;
  return count5(";") > count5(",") ? ";" : ",";
}
function readCsv(text9, source) {
  let records;
  try {
    records = parse(text9, {
      bom: true,
      delimiter: delimiterOf(text9.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    });
  } catch (error3) {
    if (error3 instanceof CsvError) {
      const line6 = error3.lines;
      const reason = error3.message.replace(/^Invalid [^:]*: /, "").replace(/\s+/g, " ");
      throw new InputError(source, `malformed CSV: ${reason}`, line6 ? { line: line6 } : void 0);
    }
    throw error3;
  }
  const [first, ...rest] = records;
  if (!first) throw new InputError(source, "empty CSV: no header row");
  const startOf2 = (entry) => entry.info.lines - entry.record.reduce((sum2, cell) => sum2 + (cell.match(/\n/g)?.length ?? 0), 0);
  return {
    header: first.record.map((cell) => cell.trim()),
    rows: rest.map((entry) => entry.record),
    lines: rest.map(startOf2)
  };
}

// src/core/trackers/parse-tracker.ts
var JSON_PARSERS = [
  githubRestJsonParser,
  githubGhJsonParser,
  jiraJsonParser,
  gitlabNdjsonParser,
  gitlabJsonParser
];
var CSV_PARSERS = [jiraCsvParser, linearCsvParser];
var TEXT_PARSERS = [markdownTasksParser];
var SUPPORTED3 = "a markdown checklist, a GitHub (gh or REST), Jira (CSV or JSON), GitLab (JSON or NDJSON) or Linear (CSV) export";
var HEAD_LENGTH2 = 8192;
function jsonDocument(text9, source) {
  if (!/^\s*[[{]/.test(text9)) return null;
  try {
    return { document: JSON.parse(text9), ndjson: false };
  } catch {
    const lines = text9.split(/\r?\n/);
    const first = lines.find((line6) => line6.trim() !== "") ?? "";
    try {
      if (typeof JSON.parse(first) !== "object") return null;
    } catch {
      if (/^\s*(\{\s*"|\[\s*[{[\]])/.test(text9)) parseJson(text9, source);
      return null;
    }
    const values = lines.flatMap(
      (line6, index3) => line6.trim() === "" ? [] : [parseJson(line6, `${source}:${index3 + 1}`)]
    );
    return { document: values, ndjson: true };
  }
}
function looksLikeCsv(head) {
  const header = head.split(/\r?\n/, 1)[0] ?? "";
  return /[,;].*[,;]/.test(header) && /(^|[,;])\s*"?(Issue key|Issue id|Issue Type|Summary|Title|Status|Priority|ID)"?\s*([,;]|$)/i.test(header);
}
function parseTracker(text9, source, options = { labels: DEFAULT_LABEL_CONVENTIONS }) {
  const content = stripBom(text9);
  if (content.trim() === "") throw new InputError(source, `empty file: expected ${SUPPORTED3}`);
  const json = jsonDocument(content, source);
  if (json) {
    const parser2 = JSON_PARSERS.find((candidate) => candidate.detect(json.document, json.ndjson));
    if (!parser2) throw new InputError(source, `unknown JSON issue export: expected ${SUPPORTED3}`);
    return parser2.parse(json.document, source, options);
  }
  const head = content.slice(0, HEAD_LENGTH2);
  if (looksLikeCsv(head)) {
    const table2 = readCsv(content, source);
    const parser2 = CSV_PARSERS.find((candidate) => candidate.detect(table2.header));
    if (!parser2) throw new InputError(source, `unknown CSV issue export: expected ${SUPPORTED3}`);
    return parser2.parse(table2.header, table2.rows, table2.lines, source, options);
  }
  const parser = TEXT_PARSERS.find((candidate) => candidate.detect(head));
  if (!parser) throw new InputError(source, `unknown tracker format: expected ${SUPPORTED3}`);
  return parser.parse(content, source, options);
}

// src/core/artifacts/artifact-labels.ts
function artifactLabels(artifacts) {
  const count5 = (labels, label2) => labels.filter((other) => other === label2).length;
  const names = artifacts.map((artifact) => artifact.name);
  const withRun = artifacts.map(
    (artifact) => count5(names, artifact.name) > 1 ? `${artifact.name} (${artifact.runName})` : artifact.name
  );
  const seen = /* @__PURE__ */ new Map();
  return withRun.map((label2) => {
    if (count5(withRun, label2) === 1) return label2;
    const index3 = (seen.get(label2) ?? 0) + 1;
    seen.set(label2, index3);
    return `${label2} #${index3}`;
  });
}

// src/core/artifacts/classify-report.ts
var ARRAY_TOOL_NAME = /leaks|trivy|lint/i;
function classifyReport(text9, path) {
  const content = stripBom(text9);
  if (detectsCoverage(content)) return "coverage";
  const name = path.split("/").pop() ?? path;
  if (/\.sarif$/i.test(name)) return "sast";
  if (!/^\s*[[{]/.test(content)) return null;
  let document;
  try {
    document = JSON.parse(content);
  } catch {
    return null;
  }
  if (Array.isArray(document) && document.length === 0) return ARRAY_TOOL_NAME.test(name) ? "sast" : null;
  return detectsSast(document) ? "sast" : null;
}

// src/core/artifacts/evidence-from-artifacts.ts
var LISTED = 5;
var listed = (names) => names.length <= LISTED ? names.join(", ") : `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`;
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function matchGlobs(files, globs2) {
  const chosen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const glob of globs2) {
    const matches2 = picomatch(glob, { dot: true });
    const found2 = files.filter((file) => file.paths.some((path) => matches2(path)));
    if (found2.length === 0) problems.push(`no artifact file matches "${glob}"`);
    for (const file of found2) chosen.add(file);
  }
  return { files: files.filter((file) => chosen.has(file)), problems };
}
function readFamily(files, globs2, globProblems, parse2) {
  const reports = [];
  const problems = [...globProblems];
  for (const file of files) {
    try {
      reports.push(parse2(file.text, file.source));
    } catch (error3) {
      problems.push(
        error3 instanceof InputError ? error3.message : `${file.source}: could not be read (${getErrorMessage(error3)})`
      );
    }
  }
  return { configured: globs2.length > 0 || files.length > 0, requested: [...globs2], reports, problems };
}
function evidenceFromArtifacts(artifacts, inputs) {
  const labels = artifactLabels(artifacts);
  const files = artifacts.flatMap(
    (artifact, index3) => [...artifact.files].sort(byPath).map((file) => ({
      source: `${labels[index3]}/${file.path}`,
      paths: [file.path, `${artifact.name}/${file.path}`],
      text: file.text
    }))
  );
  const globs2 = {
    coverage: inputs.coverage,
    sast: inputs.sast,
    trackers: inputs.trackers
  };
  const globbed = {
    coverage: matchGlobs(files, globs2.coverage),
    sast: matchGlobs(files, globs2.sast),
    trackers: matchGlobs(files, globs2.trackers)
  };
  const claimed = new Set([globbed.coverage, globbed.sast, globbed.trackers].flatMap((found2) => found2.files));
  const kinds = new Map(
    files.filter((file) => !claimed.has(file)).map((file) => [file, classifyReport(file.text, file.paths[0])])
  );
  const chosen = (family) => globs2[family].length ? globbed[family].files : files.filter((file) => kinds.get(file) === family);
  const coverage = readFamily(chosen("coverage"), globs2.coverage, globbed.coverage.problems, parseCoverage);
  const sast = readFamily(chosen("sast"), globs2.sast, globbed.sast.problems, parseSast);
  const trackers = readFamily(
    chosen("trackers"),
    globs2.trackers,
    globbed.trackers.problems,
    (text9, source) => parseTracker(text9, source, { labels: inputs.labels })
  );
  const notes = [];
  for (const family of ["coverage", "sast"]) {
    if (globs2[family].length === 0) continue;
    const missed = files.filter((file) => kinds.get(file) === family).map((file) => file.source);
    if (missed.length)
      notes.push(
        `${missed.length} ${family === "sast" ? "SAST" : family} report(s) not read, not matched by inputs.${family}: ${listed(missed)}`
      );
  }
  const unknown7 = files.filter((file) => kinds.get(file) === null).map((file) => file.source);
  if (unknown7.length)
    notes.push(`${unknown7.length} artifact file(s) are not reports gonogo reads: ${listed(unknown7)}`);
  const skipped = artifacts.flatMap(
    (artifact, index3) => artifact.skipped.filter((entry) => entry.reason !== "a directory").sort(byPath).map((entry) => `${labels[index3]}/${entry.path} (${entry.reason})`)
  );
  if (skipped.length)
    notes.push(
      `${skipped.length} artifact entr${skipped.length === 1 ? "y was" : "ies were"} not read: ${listed(skipped)}`
    );
  return { coverage, sast, trackers, notes };
}

// src/core/errors/config-error.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/core/evaluate/select-modules.ts
function selectModules(selector, rules) {
  if (selector === null) return [];
  if (selector === "critical") {
    return Object.entries(rules.modules).filter(([, module]) => module.critical).map(([name]) => name);
  }
  return [...selector];
}

// src/core/risk/risk-settings-of.ts
function riskSettingsOf(rules) {
  return {
    slaDays: rules.risk.slaDays,
    criticalModules: selectModules("critical", rules).map((name) => name.toLowerCase())
  };
}

// src/core/coverage/merge-coverage.ts
function mergeCoverage(reports) {
  const accumulator = new FileCoverageAccumulator(false);
  for (const report of reports) {
    for (const file of report.files) {
      const merged = accumulator.file(file.path);
      if (file.branches) merged.branches ??= /* @__PURE__ */ new Map();
      if (file.resolved !== void 0) merged.resolved ??= file.resolved;
      if (file.reportPath !== void 0) merged.reportPath ??= file.reportPath;
      if (file.statedTotals && !merged.statedTotals) merged.statedTotals = file.statedTotals;
      if (file.statements) {
        const known = merged.statements ?? { covered: 0, total: 0 };
        merged.statements = {
          covered: known.covered + file.statements.covered,
          total: known.total + file.statements.total
        };
      }
      for (const [line6, branch] of file.branches ?? []) {
        if (!file.lines.has(line6)) accumulator.addBranch(file.path, line6, branch);
      }
      for (const [line6, hits] of file.lines)
        accumulator.add(file.path, line6, hits, file.branches?.get(line6) ?? null);
    }
  }
  return new Map(accumulator.files().map((file) => [file.path, file]));
}

// src/core/coverage/paths/path-mapping.ts
function parsePathMappings(entries) {
  return entries.map((entry) => {
    const separator = entry.indexOf("::");
    const before = (separator === -1 ? entry : entry.slice(0, separator)).replaceAll("\\", "/");
    const after = separator === -1 ? "" : entry.slice(separator + 2).replaceAll("\\", "/");
    return { before, after };
  });
}
function applyPathMappings(path, mappings) {
  const mapping = mappings.find((candidate) => candidate.before !== "" && path.startsWith(candidate.before));
  if (!mapping) return path;
  return `${mapping.after}${path.slice(mapping.before.length)}`.replace(
    /^\/+(?=[^/])/,
    mapping.after === "" ? "" : "/"
  );
}

// src/core/coverage/paths/repository-index.ts
function repositoryIndex(files) {
  const all = new Set(files);
  const byName = /* @__PURE__ */ new Map();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    const list3 = byName.get(name);
    if (list3) list3.push(file);
    else byName.set(name, [file]);
  }
  return {
    has: (path) => all.has(path),
    endingWith: (suffix) => {
      const name = suffix.slice(suffix.lastIndexOf("/") + 1);
      return (byName.get(name) ?? []).filter((file) => file === suffix || file.endsWith(`/${suffix}`));
    }
  };
}

// src/core/coverage/paths/normalize-report-path.ts
function normalizeReportPath(path) {
  let normalized3 = path.trim().replaceAll("\\", "/");
  if (/^file:\/\//i.test(normalized3)) {
    normalized3 = normalized3.replace(/^file:\/\/(localhost)?/i, "");
    try {
      normalized3 = decodeURIComponent(normalized3);
    } catch {
    }
    if (/^\/[A-Za-z]:\//.test(normalized3)) normalized3 = normalized3.slice(1);
  }
  normalized3 = normalized3.replace(/\/\.(?=\/)/g, "").replace(/\/{2,}/g, "/");
  return normalized3.replace(/^(\.\/)+/, "");
}
function isAbsolutePath(path) {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}

// src/core/coverage/paths/resolve-report-path.ts
function longestSuffixInRepository(path, repository) {
  const parts = path.split("/");
  for (let start = 0; start < parts.length; start++) {
    const suffix = parts.slice(start).join("/");
    if (suffix !== "" && repository.has(suffix)) return suffix;
  }
  return null;
}
function resolveReportPath(reportPath2, context) {
  const { repository } = context;
  let path = applyPathMappings(normalizeReportPath(reportPath2), context.mappings);
  if (context.goModule && path.startsWith(`${context.goModule}/`))
    path = path.slice(context.goModule.length + 1);
  const direct = [path, ...context.sourceRoots.map((root) => `${root.replace(/\/+$/, "")}/${path}`)];
  const relative2 = direct.filter((candidate) => !isAbsolutePath(candidate));
  const exact = relative2.find((candidate) => repository.has(candidate));
  if (exact) return { resolved: true, path: exact };
  const endingWith = [...new Set(relative2.flatMap((candidate) => repository.endingWith(candidate)))];
  if (endingWith.length === 1 && endingWith[0]) return { resolved: true, path: endingWith[0] };
  if (endingWith.length === 0) {
    for (const candidate of direct) {
      const suffix = longestSuffixInRepository(candidate, repository);
      if (suffix) return { resolved: true, path: suffix };
    }
  }
  return {
    resolved: false,
    path,
    reason: endingWith.length > 1 ? "ambiguous" : "not-found",
    candidates: endingWith.slice(0, 3)
  };
}

// src/core/coverage/paths/suggest-path-mapping.ts
function commonTail(a, b) {
  let count5 = 0;
  while (count5 < a.length && count5 < b.length && a[a.length - 1 - count5] === b[b.length - 1 - count5]) count5++;
  return count5;
}
function suggestPathMapping(unresolved, repository) {
  for (const path of unresolved) {
    const parts = path.split("/");
    const name = parts.at(-1) ?? "";
    let best = null;
    for (const file of repository.endingWith(name)) {
      const tail = commonTail(parts, file.split("/"));
      if (!best || tail > best.tail) best = { tail, file };
    }
    if (!best || best.tail === parts.length) continue;
    const before = parts.slice(0, parts.length - best.tail).join("/");
    const fileParts = best.file.split("/");
    const after = fileParts.slice(0, fileParts.length - best.tail).join("/");
    return `${before}/::${after === "" ? "" : `${after}/`}`;
  }
  return null;
}

// src/core/coverage/paths/resolve-coverage-paths.ts
function resolveCoveragePaths(reports, repository, options) {
  const unresolved = [];
  let total = 0;
  const resolved = reports.map((report) => {
    const sourceRoots = report.sourceRoots.map(normalizeReportPath);
    const files = report.files.map((file) => {
      total++;
      if (!repository)
        return { ...file, path: normalizeReportPath(file.path), reportPath: file.path, resolved: true };
      const resolution = resolveReportPath(file.path, { repository, sourceRoots, ...options });
      if (!resolution.resolved) {
        unresolved.push({
          report: report.source,
          path: resolution.path,
          reason: resolution.reason,
          candidates: resolution.candidates
        });
      }
      return { ...file, path: resolution.path, reportPath: file.path, resolved: resolution.resolved };
    });
    return { ...report, files };
  });
  const suggestion = repository ? suggestPathMapping(
    unresolved.map((entry) => entry.path),
    repository
  ) : null;
  return { reports: resolved, total, unresolved, suggestion };
}

// src/core/model/priority.ts
var PRIORITIES = ["P0", "P1", "P2", "P3", "P4"];
function priorityRank(priority2) {
  return PRIORITIES.indexOf(priority2);
}

// src/core/model/tracked-item.ts
var ITEM_STATUSES = ["todo", "in-progress", "partial", "blocked", "done", "dropped"];

// src/core/risk/domains.ts
var DOMAINS = [
  "security",
  "compliance",
  "data",
  "reliability",
  "performance",
  "observability"
];
var DOMAIN_VOCABULARY = {
  security: [
    "security",
    "securite",
    "secure",
    "securiser",
    "auth",
    "authn",
    "authz",
    "authentication",
    "authentification",
    "authorization",
    "autorisation",
    "rbac",
    "oidc",
    "oauth",
    "sso",
    "xss",
    "csrf",
    "ssrf",
    "injection",
    "sqli",
    "vulnerability",
    "vulnerabilities",
    "vulnerabilite",
    "vulnerabilites",
    "cve",
    "secret",
    "secrets",
    "vault",
    "encryption",
    "encrypt",
    "chiffrement",
    "chiffrer",
    "tls",
    "ssl",
    "mtls",
    "password",
    "passwords",
    "mot de passe",
    "credentials",
    "sast",
    "dast",
    "pentest",
    "kms",
    "hsm",
    "key rotation",
    "rotation des cles"
  ],
  compliance: [
    "compliance",
    "conformite",
    "gdpr",
    "rgpd",
    "privacy",
    "confidentialite",
    "pii",
    "dpia",
    "aipd",
    "dpa",
    "iso 27001",
    "iso27001",
    "soc2",
    "soc 2",
    "hipaa",
    "pci",
    "legal",
    "consent",
    "consentement",
    "donnees personnelles",
    "personal data",
    "retention",
    "data residency",
    "residence",
    "purge",
    "droit a l oubli",
    "right to be forgotten",
    "audit log",
    "audit logs",
    "journal d audit"
  ],
  data: [
    "migration",
    "migrations",
    "schema",
    "database",
    "databases",
    "base de donnees",
    "bdd",
    "backfill",
    "alembic",
    "etl",
    "data migration",
    "migration de donnees",
    "dataset",
    "datasets",
    "backup",
    "backups",
    "sauvegarde",
    "restore",
    "restauration",
    "postgres",
    "postgresql",
    "mysql",
    "mongodb"
  ],
  reliability: [
    "reliability",
    "fiabilite",
    "slo",
    "slos",
    "sla",
    "uptime",
    "availability",
    "disponibilite",
    "retry",
    "retries",
    "backoff",
    "circuit breaker",
    "failover",
    "rollback",
    "canary",
    "blue green",
    "idempotence",
    "idempotent",
    "idempotency",
    "incident",
    "crash",
    "crashes",
    "outage",
    "panne",
    "resilience",
    "poison queue",
    "dead letter",
    "dlq",
    "disaster recovery",
    "drp",
    "pra",
    "runbook",
    "runbooks",
    "on call",
    "astreinte",
    "timeout",
    "timeouts",
    "healthcheck",
    "health check"
  ],
  performance: [
    "performance",
    "performances",
    "perf",
    "latency",
    "latence",
    "throughput",
    "debit",
    "p95",
    "p99",
    "load test",
    "load testing",
    "test de charge",
    "tests de charge",
    "benchmark",
    "slow",
    "lent",
    "lenteur",
    "memory",
    "memoire",
    "cpu",
    "cache",
    "caching",
    "optimization",
    "optimisation",
    "optimize",
    "optimiser",
    "rate limit",
    "rate limiting",
    "quota",
    "quotas",
    "scalability",
    "scalabilite"
  ],
  observability: [
    "observability",
    "observabilite",
    "monitoring",
    "monitor",
    "supervision",
    "metrics",
    "metriques",
    "metric",
    "tracing",
    "traces",
    "opentelemetry",
    "otel",
    "prometheus",
    "grafana",
    "logging",
    "logs",
    "structured logs",
    "dashboard",
    "dashboards",
    "alert",
    "alerts",
    "alerting",
    "alerte",
    "alertes",
    "sentry",
    "datadog",
    "correlation id"
  ]
};

// src/core/evaluate/days-between.ts
function daysBetween(from, to) {
  const start = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return 0;
  return Math.round((end - start) / 864e5);
}

// src/core/risk/item-deadline.ts
function addDays(date, days2) {
  const time = Date.parse(`${date}T00:00:00Z`) + days2 * 864e5;
  return new Date(time).toISOString().slice(0, 10);
}
function itemDeadline(item2, slaDays) {
  if (item2.due) return { date: item2.due, fromSla: false };
  if (item2.priority && item2.created)
    return { date: addDays(item2.created, slaDays[item2.priority]), fromSla: true };
  return null;
}

// src/core/risk/classify-domains.ts
function normalize(text9) {
  const plain = text9.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return ` ${plain} `;
}
var PHRASES = DOMAINS.map((domain) => ({
  domain,
  phrases: DOMAIN_VOCABULARY[domain].map((phrase) => ` ${normalize(phrase).trim()} `)
}));
function domainsIn(text9) {
  const normalized3 = normalize(text9);
  return PHRASES.filter(({ phrases }) => phrases.some((phrase) => normalized3.includes(phrase))).map(
    ({ domain }) => domain
  );
}
function classifyDomains(item2) {
  const fromLabels = domainsIn(item2.labels.join(" , "));
  if (fromLabels.length) return { domains: fromLabels, from: "labels" };
  const fromTitle = domainsIn([item2.title, ...item2.section].join(" , "));
  if (fromTitle.length) return { domains: fromTitle, from: "title" };
  const fromBody = item2.body ? domainsIn(item2.body) : [];
  if (fromBody.length) return { domains: fromBody, from: "body" };
  return { domains: [], from: null };
}

// src/core/risk/risk-settings.ts
var DEFAULT_SLA_DAYS = { P0: 7, P1: 30, P2: 90, P3: 120, P4: 180 };
var PRIORITY_BASE = { P0: 40, P1: 25, P2: 12, P3: 5, P4: 2 };
var SEVERITY_BASE = {
  critical: 40,
  high: 25,
  medium: 12,
  low: 5,
  info: 2
};
var UNKNOWN_BASE = 10;
var LATENESS_WEIGHT = { P0: 1, P1: 0.8, P2: 0.5, P3: 0.3, P4: 0.2 };
var UNKNOWN_LATENESS_WEIGHT = 0.5;
var latenessPoints = (days2, windowDays) => Math.min(30, Math.round(30 * days2 / Math.max(1, windowDays)));
var UNKNOWN_WINDOW_DAYS = 30;
var agePoints = (days2) => Math.min(10, Math.floor(days2 / 30));
var DUE_SOON_DAYS = 7;
var DUE_SOON_POINTS = 3;
var CRITICAL_MODULE_FACTOR = 1.5;
var DOMAIN_POINTS = {
  security: 10,
  compliance: 8,
  data: 6,
  reliability: 5,
  performance: 3,
  observability: 2
};
var BLOCKING_POINTS = 15;
var BLOCKED_POINTS = 5;
var UNASSIGNED_POINTS = 5;

// src/core/risk/score-item-risk.ts
var isOpen2 = (item2) => item2.state === "open" && item2.status !== "done" && item2.status !== "dropped";
var round1 = (value) => Math.round(value * 10) / 10;
function scoreItemRisk(item2, settings, today) {
  const { domains } = classifyDomains(item2);
  const reasons = [];
  const priorityBase = item2.priority ? PRIORITY_BASE[item2.priority] : null;
  const severityBase = item2.severity ? SEVERITY_BASE[item2.severity] : null;
  const deadline = itemDeadline(item2, settings.slaDays)?.date ?? null;
  const late = deadline === null ? null : Math.max(0, daysBetween(deadline, today));
  if (!isOpen2(item2)) return { risk: null, reasons: [], domains, daysOverdue: late, deadline };
  let urgency;
  if (priorityBase === null && severityBase === null) {
    urgency = UNKNOWN_BASE;
    reasons.push(`base:unknown(${UNKNOWN_BASE})`);
  } else if (severityBase !== null && (priorityBase === null || severityBase > priorityBase)) {
    urgency = severityBase;
    reasons.push(`base:${item2.severity}(${severityBase})`);
  } else {
    urgency = priorityBase ?? 0;
    reasons.push(`base:${item2.priority}(${priorityBase})`);
  }
  if (late !== null && late > 0) {
    const weight2 = item2.priority ? LATENESS_WEIGHT[item2.priority] : UNKNOWN_LATENESS_WEIGHT;
    const window = item2.priority ? settings.slaDays[item2.priority] : UNKNOWN_WINDOW_DAYS;
    const points2 = round1(latenessPoints(late, window) * weight2);
    urgency += points2;
    reasons.push(`${item2.due ? "overdue" : `sla-${item2.priority}`}:${late}d(+${points2})`);
  } else if (item2.due !== null) {
    const left = daysBetween(today, item2.due);
    if (left <= DUE_SOON_DAYS) {
      urgency += DUE_SOON_POINTS;
      reasons.push(`due-soon:${left}d(+${DUE_SOON_POINTS})`);
    }
  }
  const age = item2.created ? daysBetween(item2.created, today) : null;
  if (age !== null && agePoints(age) > 0) {
    urgency += agePoints(age);
    reasons.push(`age:${age}d(+${agePoints(age)})`);
  }
  let score = urgency;
  const module = item2.module?.toLowerCase() ?? null;
  const critical = module !== null && settings.criticalModules.includes(module) || item2.labels.some((label2) => settings.criticalModules.includes(label2.toLowerCase()));
  if (critical) {
    score *= CRITICAL_MODULE_FACTOR;
    reasons.push(
      `module:${item2.module ?? item2.labels.find((l) => settings.criticalModules.includes(l.toLowerCase()))}(x${CRITICAL_MODULE_FACTOR})`
    );
  }
  const domain = [...domains].sort((a, b) => DOMAIN_POINTS[b] - DOMAIN_POINTS[a])[0];
  if (domain) {
    score += DOMAIN_POINTS[domain];
    reasons.push(`domain:${domain}(+${DOMAIN_POINTS[domain]})`);
  }
  if (item2.blocking) {
    score += BLOCKING_POINTS;
    reasons.push(`blocking(+${BLOCKING_POINTS})`);
  }
  if (item2.status === "blocked") {
    score += BLOCKED_POINTS;
    reasons.push(`blocked(+${BLOCKED_POINTS})`);
  }
  if (item2.assignees.length === 0 && item2.source.kind === "tracker") {
    score += UNASSIGNED_POINTS;
    reasons.push(`unassigned(+${UNASSIGNED_POINTS})`);
  }
  return { risk: Math.min(100, Math.round(score)), reasons, domains, daysOverdue: late, deadline };
}

// src/core/risk/summarize-trackers.ts
var PRIORITY_ROWS = [...PRIORITIES, "unknown"];
var isUrgent = (item2) => item2.priority === "P0" || item2.priority === "P1" || item2.severity === "critical" || item2.severity === "high";
function summarizeTrackers(reports, settings, today) {
  const items = reports.flatMap((report) => report.items);
  const counts2 = Object.fromEntries(
    PRIORITY_ROWS.map((row2) => [row2, Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0]))])
  );
  const risked = items.map((item2) => ({ ...item2, ...scoreItemRisk(item2, settings, today) }));
  for (const item2 of risked) counts2[item2.priority ?? "unknown"][item2.status]++;
  const rank = (item2) => item2.priority ? PRIORITIES.indexOf(item2.priority) : 5;
  const open = risked.filter((item2) => item2.risk !== null).sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0) || rank(a) - rank(b) || a.key.localeCompare(b.key));
  const closed = risked.filter((item2) => item2.risk === null);
  const domains = DOMAINS.map((domain) => {
    const all = risked.filter((item2) => item2.domains.includes(domain));
    const openInDomain = open.filter((item2) => item2.domains.includes(domain));
    return {
      domain,
      total: all.length,
      open: openInDomain.length,
      openUrgent: openInDomain.filter(isUrgent).length,
      done: all.filter((item2) => item2.status === "done").length,
      top: openInDomain[0] ?? null
    };
  });
  return { total: items.length, counts: counts2, items: risked, open, closed, domains };
}

// src/core/model/severity.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(severity5) {
  return SEVERITIES.indexOf(severity5);
}
function isAtLeastSeverity(severity5, threshold) {
  return severityRank(severity5) <= severityRank(threshold);
}

// src/core/sast/summarize-findings.ts
function isOpenFinding(finding) {
  return !finding.suppressed && finding.baselineState !== "absent";
}

// src/core/sast/merge-findings.ts
var ruleKey = (finding) => finding.ruleId.toLowerCase();
function sameProblem(a, b) {
  if (a.fingerprint === b.fingerprint && a.tool === b.tool) return true;
  if (a.path === null || a.line === null || a.path !== b.path || a.line !== b.line) return false;
  return ruleKey(a) === ruleKey(b) || a.cwes.some((cwe2) => b.cwes.includes(cwe2));
}
function representative(members) {
  return [...members].sort(
    (a, b) => Number(isOpenFinding(b)) - Number(isOpenFinding(a)) || severityRank(a.severity) - severityRank(b.severity)
  )[0];
}
function mergeFindings(reports) {
  const groups = [];
  const byPlace2 = /* @__PURE__ */ new Map();
  const byFingerprint = /* @__PURE__ */ new Map();
  const add = (map, key2, group) => {
    const list3 = map.get(key2) ?? [];
    if (!list3.includes(group)) map.set(key2, [...list3, group]);
  };
  reports.forEach((report, reportIndex) => {
    for (const finding of report.findings) {
      const entry = { finding, origin: `${reportIndex}\0${finding.run}` };
      const place4 = finding.path !== null && finding.line !== null ? `${finding.path}\0${finding.line}` : null;
      const identity = `${finding.tool}\0${finding.fingerprint}`;
      const candidates = [
        ...byFingerprint.get(identity) ?? [],
        ...place4 ? byPlace2.get(place4) ?? [] : []
      ];
      const group = candidates.find(
        (members) => members.every((member) => member.origin !== entry.origin) && members.some((member) => sameProblem(member.finding, finding))
      );
      const target = group ?? [];
      if (!group) groups.push(target);
      target.push(entry);
      add(byFingerprint, identity, target);
      if (place4) add(byPlace2, place4, target);
    }
  });
  return groups.map((entries) => {
    const members = entries.map((entry) => entry.finding);
    const shown2 = representative(members);
    return {
      ...shown2,
      suppressed: !members.some(isOpenFinding) && members.some((member) => member.suppressed),
      tools: [.../* @__PURE__ */ new Set([shown2.tool, ...members.map((member) => member.tool)])],
      fingerprints: [...new Set(members.map((member) => member.fingerprint))],
      reports: members.length
    };
  });
}

// src/core/sast/resolve-sast-paths.ts
var NOT_A_FILE = /^[a-z][a-z0-9+.-]+:/i;
function resolveSastPaths(reports, repository, options) {
  const unresolved = [];
  const resolved = reports.map((report) => {
    const cache2 = /* @__PURE__ */ new Map();
    const resolvePath = (path) => {
      const known = cache2.get(path);
      if (known) return known;
      let outcome;
      if (!repository) outcome = { path, resolved: true };
      else if (NOT_A_FILE.test(path)) {
        outcome = { path, resolved: false };
        unresolved.push({ report: report.source, path, reason: "not-a-file" });
      } else {
        const resolution = resolveReportPath(path, { repository, sourceRoots: [], ...options });
        outcome = { path: resolution.path, resolved: resolution.resolved };
        if (!resolution.resolved) unresolved.push({ report: report.source, path, reason: resolution.reason });
      }
      cache2.set(path, outcome);
      return outcome;
    };
    const findings = report.findings.map((finding) => {
      if (finding.path === null) return finding;
      const outcome = resolvePath(finding.path);
      return { ...finding, path: outcome.path, reportPath: finding.path, resolved: outcome.resolved };
    });
    return { ...report, findings: fingerprintFindings(findings) };
  });
  return { reports: resolved, unresolved };
}

// src/core/model/gate-waiver.ts
function waivedBy(waiver2, withExpiry = true) {
  const owner = `@${waiver2.owner.replace(/^@+/, "")}`;
  return withExpiry && waiver2.expires ? `${owner} until ${waiver2.expires}` : owner;
}

// src/core/coverage/coverage-totals.ts
function lineTotals(file) {
  if (file.lines.size === 0 && file.statedTotals) return { ...file.statedTotals.lines };
  return { covered: file.lines.countCovered(), total: file.lines.size };
}
function branchTotals(file) {
  if (file.lines.size === 0 && file.statedTotals) {
    return file.statedTotals.branches ? { ...file.statedTotals.branches } : null;
  }
  if (!file.branches) return null;
  let covered = 0;
  let total = 0;
  for (const count5 of file.branches.values()) {
    covered += count5.covered;
    total += count5.total;
  }
  return { covered, total };
}
function coverageTotals(files) {
  const lines = { covered: 0, total: 0 };
  let branches = null;
  for (const file of files) {
    const fileLines = lineTotals(file);
    lines.covered += fileLines.covered;
    lines.total += fileLines.total;
    const fileBranches = branchTotals(file);
    if (fileBranches) {
      branches ??= { covered: 0, total: 0 };
      branches.covered += fileBranches.covered;
      branches.total += fileBranches.total;
    }
  }
  return { lines, branches };
}
function percentOf(ratio) {
  return ratio.total > 0 ? 100 * ratio.covered / ratio.total : null;
}

// src/core/text/format-percent.ts
function formatPercent(value) {
  if (value === null || !Number.isFinite(value)) return "n/a";
  const floored = Math.floor(value * 10 + 1e-9) / 10;
  return `${Number.isInteger(floored) ? floored.toFixed(0) : floored.toFixed(1)} %`;
}

// src/core/evaluate/gate-outcome.ts
var EVIDENCE_LIMIT = 50;
function result6(gate2, status, outcome) {
  const evidence = outcome.evidence ?? [];
  return {
    id: gate2.id,
    kind: gate2.check.kind,
    level: gate2.level,
    status,
    measured: outcome.measured,
    threshold: outcome.threshold,
    value: outcome.value,
    summary: outcome.summary,
    evidence: evidence.slice(0, EVIDENCE_LIMIT),
    evidenceTotal: evidence.length,
    notes: outcome.notes ?? [],
    action: status === "fail" ? outcome.action ?? null : null,
    // Whole-gate waivers are applied after every gate is evaluated (see `applyGateWaivers`).
    waiver: null
  };
}
function measuredResult(gate2, passed, outcome) {
  return result6(gate2, passed ? "pass" : "fail", passed ? { ...outcome, evidence: [] } : outcome);
}
function notApplicable(gate2, threshold, summary, notes = []) {
  return result6(gate2, "not-applicable", { measured: "n/a", threshold, value: null, summary, notes });
}
function missingInput(gate2, threshold, reason, notes = []) {
  if (gate2.ifMissing === "skip") return notApplicable(gate2, threshold, `skipped: ${reason}`, notes);
  return result6(gate2, "fail", {
    measured: "missing",
    threshold,
    value: null,
    summary: `fails closed: ${reason}`,
    evidence: [{ label: `${gate2.check.kind} input`, why: reason }],
    notes,
    action: `Provide what ${gate2.id} needs (${reason}), or set "if-missing: skip" on the gate if it does not apply.`
  });
}
function requireFamily(gate2, threshold, input, family) {
  if (!input.configured) return notApplicable(gate2, threshold, `no ${family} input was configured or given`);
  if (input.reports.length === 0) {
    const reason = input.problems.length ? input.problems.join("; ") : `no ${family} report was read`;
    return missingInput(gate2, threshold, reason);
  }
  return null;
}

// src/core/evaluate/path-matches.ts
import picomatch2 from "picomatch";
function samePath(a, b) {
  if (a === b) return true;
  return a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}
function globMatcher(globs2) {
  const match = picomatch2([...globs2], { dot: true });
  return (path) => match(path.replace(/^\.\//, ""));
}

// src/core/evaluate/gates/checklist-gate.ts
function inSection(item2, section) {
  const wanted = section.trim().toLowerCase();
  return item2.section.some((heading) => heading.toLowerCase().includes(wanted));
}
function checklistGate(gate2, check2, context) {
  const threshold = `\u2265 ${formatPercent(check2.minDone)} done`;
  const input = context.bundle.trackers;
  const missing = requireFamily(gate2, threshold, input, "checklist");
  if (missing) return missing;
  const fileMatches = check2.files ? globMatcher(check2.files) : null;
  const reports = input.reports.filter((report) => fileMatches === null || fileMatches(report.source));
  if (reports.length === 0) {
    return missingInput(gate2, threshold, `no tracker file matches ${check2.files?.join(", ")}`);
  }
  const items = reports.flatMap((report) => report.items).filter((item2) => item2.source.kind === "checklist" && item2.status !== "dropped").filter((item2) => check2.section === null || inSection(item2, check2.section));
  if (items.length === 0) {
    const where = check2.section ? ` under a heading "${check2.section}"` : "";
    return missingInput(
      gate2,
      threshold,
      `no checklist item${where} in ${reports.map((r) => r.source).join(", ")}`
    );
  }
  const done = items.filter((item2) => item2.status === "done");
  const percent2 = 100 * done.length / items.length;
  const undone = items.filter((item2) => item2.status !== "done");
  return measuredResult(gate2, percent2 >= check2.minDone, {
    measured: `${formatPercent(percent2)} done`,
    threshold,
    value: percent2,
    summary: `${done.length} of ${plural(items.length, "item")} done`,
    evidence: undone.map((item2) => ({
      label: item2.title,
      why: `${item2.status}${item2.section.length ? ` \u2014 ${item2.section.join(" \u203A ")}` : ""}`,
      path: item2.source.file,
      ...item2.source.line !== null ? { line: item2.source.line } : {},
      priority: item2.priority
    })),
    action: `Complete ${plural(Math.ceil(check2.minDone * items.length / 100) - done.length, "more checklist item")}${check2.section ? ` under "${check2.section}"` : ""}, starting with ${undone.slice(0, 2).map((item2) => item2.title).join("; ")}.`
  });
}

// src/core/evaluate/unresolved-paths.ts
var EXAMPLES = 3;
function unresolvedPaths(context) {
  const { unresolved, total, suggestion } = context.coveragePaths;
  if (unresolved.length === 0 || total === 0) return { failure: null, note: null };
  const share = 100 * unresolved.length / total;
  const examples = unresolved.slice(0, EXAMPLES).map(
    (entry) => entry.reason === "ambiguous" ? `${entry.path} (ambiguous: ${entry.candidates.join(", ")})` : entry.path
  ).join(", ");
  const fix = suggestion ? `; add to inputs.path-mappings: "${suggestion}"` : '; add an inputs.path-mappings entry "report-prefix::repo-prefix"';
  const counted = `${unresolved.length} of ${plural(total, "report file")} match no repository file`;
  if (share > context.rules.inputs.maxUnresolvedPaths) {
    return {
      failure: `${counted} (${formatPercent(share)}, more than ${formatPercent(context.rules.inputs.maxUnresolvedPaths)}), e.g. ${examples}${fix}`,
      note: null
    };
  }
  return { failure: null, note: `${counted} and count only in overall totals, e.g. ${examples}` };
}

// src/core/evaluate/combine-results.ts
function combineResults(parts) {
  const [first, ...rest] = parts;
  if (!first) throw new Error("combineResults needs at least one result");
  if (rest.length === 0) return first;
  const status = parts.some((part) => part.status === "fail") ? "fail" : parts.some((part) => part.status === "pass") ? "pass" : "not-applicable";
  const applicable = parts.filter((part) => part.status !== "not-applicable");
  const shown2 = applicable.length ? applicable : parts;
  return {
    ...first,
    status,
    measured: shown2.map((part) => part.measured).join(" \xB7 "),
    value: shown2[0]?.value ?? null,
    summary: parts.map((part) => part.summary).join("; "),
    evidence: parts.flatMap((part) => part.evidence),
    evidenceTotal: parts.reduce((sum2, part) => sum2 + part.evidenceTotal, 0),
    notes: parts.flatMap((part) => part.notes),
    action: status === "fail" ? parts.flatMap((part) => part.action ? [part.action] : []).join(" ") || null : null,
    waiver: null
  };
}

// src/core/evaluate/gates/coverage-drop.ts
var totalsOf = (metric, file) => metric === "lines" ? lineTotals(file) : branchTotals(file);
function points(delta) {
  const rounded = Math.round(delta * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "\xB1"}${Math.abs(rounded).toFixed(1)} pt`;
}
function fileDeltas(metric, current, base) {
  const deltas = [];
  for (const [path, file] of current) {
    const before = base.get(path);
    const now = totalsOf(metric, file);
    const then = before ? totalsOf(metric, before) : null;
    const after = now ? percentOf(now) : null;
    const previous = then ? percentOf(then) : null;
    if (after === null || previous === null || after >= previous) continue;
    deltas.push({ path, delta: after - previous, before: previous, after });
  }
  return deltas.sort((a, b) => a.delta - b.delta || a.path.localeCompare(b.path)).slice(0, 10).map(({ path, delta, before, after }) => ({
    label: path,
    path,
    why: `${points(delta)} (${formatPercent(before)} \u2192 ${formatPercent(after)})`
  }));
}
function coverageDrop(gate2, check2, maxDrop, context, threshold) {
  if (context.baseCoverage === null) {
    return notApplicable(
      gate2,
      threshold,
      "coverage drop needs a base report (--base-coverage FILE); none was given"
    );
  }
  const pick = (files) => {
    const totals = coverageTotals(files.values());
    return check2.metric === "lines" ? totals.lines : totals.branches;
  };
  const base = pick(context.baseCoverage);
  const current = pick(context.coverage);
  const before = base ? percentOf(base) : null;
  const after = current ? percentOf(current) : null;
  if (before === null)
    return missingInput(gate2, threshold, `the base coverage report has no coverable ${check2.metric}`);
  if (after === null)
    return missingInput(gate2, threshold, `the coverage reports have no coverable ${check2.metric}`);
  const delta = after - before;
  const drop = Math.max(0, -delta);
  return measuredResult(gate2, drop <= maxDrop + 1e-9, {
    measured: points(delta),
    threshold,
    value: delta,
    summary: `${check2.metric === "lines" ? "line" : "branch"} coverage ${formatPercent(before)} \u2192 ${formatPercent(after)} against the base`,
    evidence: fileDeltas(check2.metric, context.coverage, context.baseCoverage),
    action: `Bring ${check2.metric === "lines" ? "line" : "branch"} coverage back within ${maxDrop} pt of the base (${formatPercent(before)}): it fell ${points(delta)}.`
  });
}

// src/core/evaluate/gates/coverage-gate.ts
var ratioOf = (metric, files) => {
  const totals = coverageTotals(files);
  return metric === "lines" ? totals.lines : totals.branches;
};
function uncoveredRanges(uncovered, file) {
  const ranges = [];
  for (const line6 of [...uncovered].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    let joins = last !== void 0;
    for (let between = (last?.end ?? line6) + 1; joins && between < line6; between++)
      if ((file.lines.get(between) ?? 0) > 0) joins = false;
    if (last && joins) {
      last.end = line6;
      last.count++;
    } else ranges.push({ start: line6, end: line6, count: 1 });
  }
  return ranges;
}
function weakestFiles(files, limit = 10) {
  return [...files].map((file) => ({ file, totals: lineTotals(file) })).filter(({ totals }) => totals.covered < totals.total).sort(
    (a, b) => b.totals.total - b.totals.covered - (a.totals.total - a.totals.covered) || a.file.path.localeCompare(b.file.path)
  ).slice(0, limit).map(({ file, totals }) => ({
    label: file.path,
    path: file.path,
    why: `${plural(totals.total - totals.covered, "uncovered line")} (${formatPercent(percentOf(totals))} of ${totals.total} covered)`
  }));
}
function weakestHint(files) {
  const names = weakestFiles(files, 3).map((item2) => item2.label);
  return names.length ? `; start with ${names.join(", ")}` : "";
}
function wholeRepository(gate2, check2, files, threshold) {
  const ratio = ratioOf(check2.metric, files);
  if (!ratio) return missingInput(gate2, threshold, "the coverage reports carry no branch data");
  const percent2 = percentOf(ratio);
  if (percent2 === null)
    return missingInput(gate2, threshold, `the coverage reports have no coverable ${check2.metric}`);
  const passed = percent2 >= check2.min;
  return measuredResult(gate2, passed, {
    measured: formatPercent(percent2),
    threshold,
    value: percent2,
    summary: `${ratio.covered} of ${plural(ratio.total, check2.metric === "lines" ? "coverable line" : "branch", check2.metric === "lines" ? "coverable lines" : "branches")} covered`,
    evidence: weakestFiles(files),
    action: `Raise ${check2.metric === "lines" ? "line" : "branch"} coverage from ${formatPercent(percent2)} to ${formatPercent(check2.min)}: cover ${plural(Math.ceil(check2.min * ratio.total / 100 - ratio.covered), check2.metric === "lines" ? "more line" : "more branch", check2.metric === "lines" ? "more lines" : "more branches")}${weakestHint(files)}.`
  });
}
function byModule(gate2, check2, context, threshold) {
  const selected = selectModules(check2.modules, context.rules);
  if (selected.length === 0)
    return notApplicable(gate2, threshold, "no module is marked critical in the rules");
  const files = [...context.coverage.values()].filter((file) => file.resolved !== false);
  const evidence = [];
  let worst = null;
  const parts = [];
  for (const name of selected) {
    const module = context.rules.modules[name];
    if (!module) continue;
    const matches2 = globMatcher(module.paths);
    const moduleFiles = files.filter((file) => matches2(file.path));
    const ratio = ratioOf(check2.metric, moduleFiles);
    const percent2 = ratio ? percentOf(ratio) : null;
    if (percent2 === null) {
      evidence.push({
        label: `module ${name}`,
        why: `no coverable ${check2.metric} in files matching ${module.paths.join(", ")}`
      });
      worst = 0;
      parts.push(`${name} n/a`);
      continue;
    }
    parts.push(`${name} ${formatPercent(percent2)}`);
    worst = worst === null ? percent2 : Math.min(worst, percent2);
    if (percent2 < check2.min) {
      evidence.push({
        label: `module ${name}`,
        why: `${formatPercent(percent2)} < ${formatPercent(check2.min)}`
      });
      evidence.push(...weakestFiles(moduleFiles, 5));
    }
  }
  const failed = evidence.length > 0;
  return measuredResult(gate2, !failed, {
    measured: worst === null ? "n/a" : `${formatPercent(worst)} (lowest)`,
    threshold,
    value: worst,
    summary: parts.join(", "),
    evidence,
    action: `Raise coverage of ${evidence.filter((item2) => item2.label.startsWith("module ")).map((item2) => item2.label).join(", ")} to ${formatPercent(check2.min)}.`
  });
}
function patch(gate2, check2, context, threshold) {
  const diff = context.bundle.diff;
  if (!diff)
    return notApplicable(gate2, threshold, "patch coverage needs a diff (--diff FILE, or a pull request)");
  const totalsOnly = context.bundle.coverage.reports.filter((report) => report.totalsOnly);
  if (totalsOnly.length === context.bundle.coverage.reports.length) {
    return missingInput(
      gate2,
      threshold,
      `${totalsOnly.map((report) => report.source).join(", ")}: per-file totals only (Istanbul coverage-summary.json); patch coverage needs line records`
    );
  }
  const ratio = { covered: 0, total: 0 };
  const evidence = [];
  const withoutData = [];
  for (const [path, changed] of diff) {
    const file = [...context.coverage.values()].find(
      (candidate) => candidate.resolved !== false && samePath(candidate.path, path)
    );
    if (!file) {
      withoutData.push(path);
      continue;
    }
    const uncovered = [];
    for (const line6 of changed) {
      const hits = file.lines.get(line6);
      if (hits === void 0) continue;
      ratio.total++;
      if (hits > 0) ratio.covered++;
      else uncovered.push(line6);
    }
    for (const range of uncoveredRanges(uncovered, file)) {
      const lines = range.end === range.start ? `line ${range.start}` : `lines ${range.start}\u2013${range.end}`;
      evidence.push({
        label: `${path}:${range.start}${range.end === range.start ? "" : `-${range.end}`}`,
        path,
        line: range.start,
        endLine: range.end,
        why: `${plural(range.count, "changed line")} not covered (${lines})`
      });
    }
  }
  const notes = withoutData.length ? [`changed files without coverage data: ${withoutData.join(", ")}`] : [];
  if (ratio.total < check2.minChangedLines) {
    return notApplicable(
      gate2,
      threshold,
      `not enough changed lines: ${ratio.total} coverable changed (minimum ${check2.minChangedLines})`,
      notes
    );
  }
  const percent2 = percentOf(ratio) ?? 0;
  return measuredResult(gate2, percent2 >= check2.min, {
    measured: formatPercent(percent2),
    threshold,
    value: percent2,
    summary: `${ratio.covered} of ${plural(ratio.total, "changed coverable line")} covered`,
    evidence,
    notes,
    action: `Add tests for the changed lines that are not covered (${formatPercent(percent2)} of changed lines covered, ${formatPercent(check2.min)} needed).`
  });
}
function thresholdOf(check2) {
  return [
    check2.min !== null ? `\u2265 ${formatPercent(check2.min)}` : null,
    check2.maxDrop !== null ? `drop \u2264 ${check2.maxDrop} pt` : null
  ].filter(Boolean).join(", ");
}
function coverageGate(gate2, check2, context) {
  const threshold = thresholdOf(check2);
  const missing = requireFamily(gate2, threshold, context.bundle.coverage, "coverage");
  if (missing) return missing;
  const files = [...context.coverage.values()];
  if (files.length === 0) return missingInput(gate2, threshold, "the coverage reports list no files");
  if (check2.metric === "branches" && files.every((file) => branchTotals(file) === null)) {
    return missingInput(gate2, threshold, "the coverage reports carry no branch data");
  }
  const paths = unresolvedPaths(context);
  if (paths.failure) return missingInput(gate2, threshold, paths.failure);
  const results = [];
  if (check2.min !== null) {
    const withMin = { ...check2, min: check2.min };
    results.push(
      check2.scope === "patch" ? patch(gate2, withMin, context, threshold) : check2.modules !== null ? byModule(gate2, withMin, context, threshold) : wholeRepository(gate2, withMin, files, threshold)
    );
  }
  if (check2.maxDrop !== null) results.push(coverageDrop(gate2, check2, check2.maxDrop, context, threshold));
  const result7 = combineResults(results);
  return paths.note ? { ...result7, notes: [...result7.notes, paths.note] } : result7;
}

// src/core/evaluate/gates/issues-gate.ts
function describeIssuesFilter(check2) {
  const rank = [
    ...check2.priorities ? [check2.priorities.join("/")] : [],
    ...check2.severity ? [check2.severity === "critical" ? "critical" : `${check2.severity}+`] : []
  ].join(" or ");
  const state = check2.state === "any" ? "" : `${check2.state} `;
  const overdue = check2.overdue ? "overdue " : "";
  return `${overdue}${state}${rank ? `${rank} ` : ""}items`;
}
function issuesGate(gate2, check2, context) {
  const threshold = `\u2264 ${check2.max}`;
  const input = context.bundle.trackers;
  const missing = requireFamily(gate2, threshold, input, "tracker");
  if (missing) return missing;
  const items = input.reports.flatMap((report) => report.items);
  if (items.length === 0) return missingInput(gate2, threshold, "the trackers hold no items");
  let moduleNames = null;
  if (check2.modules !== null) {
    moduleNames = selectModules(check2.modules, context.rules);
    if (moduleNames.length === 0)
      return notApplicable(gate2, threshold, "no module is marked critical in the rules");
  }
  const notes = [];
  const ranked = check2.priorities !== null || check2.severity !== null;
  if (ranked) {
    const readable = items.filter(
      (item2) => check2.priorities && item2.priority || check2.severity && item2.severity
    );
    if (readable.length === 0) {
      const fields = [check2.priorities ? "a priority" : null, check2.severity ? "a severity" : null].filter(Boolean).join(" or ");
      return missingInput(
        gate2,
        threshold,
        `none of the ${plural(items.length, "tracked item")} has ${fields}`
      );
    }
    if (readable.length < items.length)
      notes.push(
        `${plural(items.length - readable.length, "item")} without a priority or severity cannot be judged on it`
      );
  }
  const matchesRank = (item2) => !ranked || check2.priorities !== null && item2.priority !== null && check2.priorities.includes(item2.priority) || check2.severity !== null && item2.severity !== null && isAtLeastSeverity(item2.severity, check2.severity);
  const deadlineOf = (item2) => itemDeadline(item2, context.rules.risk.slaDays);
  const overdueDays = (item2) => {
    const deadline = deadlineOf(item2);
    return deadline === null ? null : daysBetween(deadline.date, context.today);
  };
  const counted = items.filter(
    (item2) => (check2.state === "any" || item2.state === check2.state) && item2.status !== "dropped" && matchesRank(item2) && (!check2.overdue || (overdueDays(item2) ?? 0) > 0) && (moduleNames === null || moduleNames.some(
      (name) => item2.module?.toLowerCase() === name.toLowerCase() || item2.labels.some((label2) => label2.toLowerCase() === name.toLowerCase())
    )) && (check2.labels === null || check2.labels.some((label2) => item2.labels.includes(label2)))
  );
  if (check2.overdue && items.every((item2) => deadlineOf(item2) === null)) {
    return missingInput(
      gate2,
      threshold,
      `none of the ${plural(items.length, "tracked item")} has a due date, or a priority and a creation date for its SLA`
    );
  }
  if (check2.overdue) {
    const undated = items.filter((item2) => deadlineOf(item2) === null).length;
    const bySla = counted.filter((item2) => deadlineOf(item2)?.fromSla).length;
    if (bySla) notes.push(`${plural(bySla, "item")} without a due date held to the SLA of its priority`);
    if (undated)
      notes.push(
        `${plural(undated, "item")} with neither a due date nor a priority and creation date cannot be overdue`
      );
  }
  const evidence = counted.map((item2) => {
    const days2 = overdueDays(item2);
    const why = [
      item2.state,
      item2.priority,
      item2.severity,
      item2.status,
      days2 !== null && days2 > 0 ? `overdue ${plural(days2, "day")}${deadlineOf(item2)?.fromSla ? " (SLA)" : ""}` : null,
      item2.module ? `module ${item2.module}` : null
    ].filter(Boolean).join(", ");
    return {
      label: item2.key.includes("#L") ? item2.title : `${item2.key} ${item2.title}`,
      why,
      priority: item2.priority,
      ...item2.severity ? { severity: item2.severity } : {},
      ...item2.source.kind === "checklist" ? { path: item2.source.file } : {},
      ...item2.source.line !== null ? { line: item2.source.line } : {}
    };
  });
  return measuredResult(gate2, counted.length <= check2.max, {
    measured: plural(counted.length, "item"),
    threshold,
    value: counted.length,
    summary: `${plural(counted.length, describeIssuesFilter(check2).replace(/ items$/, " item"), describeIssuesFilter(check2))} among ${items.length}`,
    evidence,
    notes,
    action: `Close, resolve or re-prioritize ${plural(counted.length - check2.max, describeIssuesFilter(check2).replace(/ items$/, " item"), describeIssuesFilter(check2))}, starting with ${evidence.slice(0, 2).map((item2) => item2.label).join("; ")}.`
  });
}

// src/core/evaluate/apply-waivers.ts
function waiverMatches(match, finding) {
  const fingerprints = finding.fingerprints ?? [finding.fingerprint];
  if (fingerprints.includes(match) || match === finding.ruleId) return true;
  const colon = match.lastIndexOf(":");
  if (colon > 0) {
    const rule2 = match.slice(0, colon);
    const path = match.slice(colon + 1);
    if (rule2 === finding.ruleId && finding.path !== null && (samePath(path, finding.path) || globMatcher([path])(finding.path))) {
      return true;
    }
  }
  return finding.path !== null && /[*/?]/.test(match) && globMatcher([match])(finding.path);
}
function applyWaivers(findings, waivers, gateId, today) {
  const mine = waivers.filter((waiver2) => waiver2.gate === null || waiver2.gate === gateId);
  const kept = [];
  const waived = [];
  const expired = [];
  for (const finding of findings) {
    const matching = mine.filter((candidate) => waiverMatches(candidate.match, finding));
    const live = matching.find((waiver2) => waiver2.expires === null || waiver2.expires >= today);
    const lapsed = matching.find((waiver2) => waiver2.expires !== null && waiver2.expires < today);
    if (live) waived.push({ finding, waiver: live });
    else if (lapsed) {
      expired.push({ finding, waiver: lapsed });
      kept.push(finding);
    } else kept.push(finding);
  }
  return { kept, waived, expired };
}

// src/core/evaluate/waiver-notes.ts
function describeWaiver(waiver2, withExpiry = true) {
  const details = [waiver2.owner ? `owner ${waiver2.owner}` : "no owner"];
  if (withExpiry) details.push(waiver2.expires ? `until ${waiver2.expires}` : "no expiry");
  return `"${waiver2.match}" (${details.join(", ")})`;
}
function waiverNotes(waived, expired, what) {
  const count5 = (entries) => {
    const counts2 = /* @__PURE__ */ new Map();
    for (const { waiver: waiver2 } of entries) counts2.set(waiver2, (counts2.get(waiver2) ?? 0) + 1);
    return [...counts2];
  };
  return [
    ...count5(waived).map(
      ([waiver2, n]) => `waived by ${describeWaiver(waiver2)}: ${plural(n, what)} \u2014 ${waiver2.reason}`
    ),
    ...count5(expired).map(
      ([waiver2, n]) => `waiver ${describeWaiver(waiver2, false)} expired on ${waiver2.expires}: ${plural(n, what)} ${n === 1 ? "counts" : "count"} again`
    )
  ];
}

// src/core/evaluate/gates/sast-scope.ts
var changedFile = (finding, diff) => finding.path !== null && [...diff.keys()].some((path) => samePath(path, finding.path));
function onChangedLines(finding, diff) {
  if (finding.path === null) return false;
  for (const [path, lines] of diff) {
    if (!samePath(path, finding.path)) continue;
    if (finding.line === null) return true;
    for (let line6 = finding.line; line6 <= (finding.endLine ?? finding.line); line6++)
      if (lines.has(line6)) return true;
  }
  return false;
}
var placeUnknown = (finding) => finding.path === null || finding.resolved === false;
function byDiff(findings, diff, inScope, unknownCounts) {
  const unknown7 = findings.filter(
    (finding) => placeUnknown(finding) && (unknownCounts || finding.path !== null)
  );
  const kept = findings.filter((finding) => !placeUnknown(finding) && inScope(finding, diff));
  const notes = unknown7.length ? [
    `${plural(unknown7.length, "finding")} without a place in a repository file counted: the diff cannot tell ${unknown7.length === 1 ? "it" : "them"} apart (give --base-sast to compare with the base scan)`
  ] : [];
  return { findings: [...unknown7, ...kept], notes };
}
function sastScope(findings, scope, sast, diff) {
  if (scope === "all") return { findings: [...findings], notes: [] };
  if (scope === "changed-files") {
    if (!diff)
      return { findings: [...findings], notes: ["no diff given: every finding counts as in a changed file"] };
    return byDiff(findings, diff, changedFile, false);
  }
  const base = sast.baseFingerprints;
  if (base) {
    const fresh = findings.filter((finding) => !finding.fingerprints.some((print) => base.has(print)));
    return {
      findings: fresh,
      notes: [
        `new = absent from the base SAST reports (${plural(findings.length - fresh.length, "finding")} already there)`
      ]
    };
  }
  if (diff) return byDiff(findings, diff, onChangedLines, true);
  if (findings.some((finding) => finding.baselineState !== null)) {
    return {
      findings: findings.filter(
        (finding) => finding.baselineState === "new" || finding.baselineState === null
      ),
      notes: ["new findings taken from the reports\u2019 baselineState"]
    };
  }
  return {
    findings: [...findings],
    notes: ["no base report, diff or baseline: every open finding counts as new"]
  };
}

// src/core/evaluate/gates/sast-gate.ts
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
var place = (finding) => finding.path === null ? "(no location)" : finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
function findingEvidence(finding) {
  return {
    label: `${finding.tools.join(", ")} ${finding.ruleId} ${place(finding)}`,
    why: `${finding.severity}: ${finding.message}`,
    severity: finding.severity,
    ...finding.path !== null && finding.resolved !== false ? { path: finding.path } : {},
    ...finding.line !== null ? { line: finding.line } : {},
    ...finding.endLine !== null ? { endLine: finding.endLine } : {}
  };
}
var inLimit = (limit) => (finding) => limit.orWorse ? isAtLeastSeverity(finding.severity, limit.severity) : finding.severity === limit.severity;
var describeLimit = (limit) => `\u2264 ${limit.max} ${limit.severity}${limit.orWorse ? "+" : ""}`;
function sastGate(gate2, check2, context) {
  const threshold = check2.limits.map(describeLimit).join(", ");
  const input = context.bundle.sast;
  const missing = requireFamily(gate2, threshold, input, "SAST");
  if (missing) return missing;
  if (check2.scope === "new" && context.bundle.baseSast.configured) {
    const base = context.bundle.baseSast;
    if (base.problems.length > 0 || base.reports.length === 0)
      return missingInput(
        gate2,
        threshold,
        `base SAST report missing: ${base.problems[0] ?? "no report read"}`
      );
  }
  const toolFilter = check2.tools?.map((tool) => tool.toLowerCase()) ?? null;
  const ofTools = (tool) => toolFilter === null || toolFilter.includes(tool.toLowerCase());
  const runs = input.reports.flatMap((report) => report.runs.map((run3) => ({ ...run3, source: report.source }))).filter((run3) => ofTools(run3.tool));
  if (runs.length === 0) {
    const which = toolFilter ? ` of ${check2.tools?.join(", ")}` : "";
    return missingInput(gate2, threshold, `the SAST reports hold no scanner run${which}`);
  }
  const open = context.sast.findings.filter(
    (finding) => isOpenFinding(finding) && finding.tools.some(ofTools)
  );
  const scoped = sastScope(open, check2.scope, context.sast, context.bundle.diff);
  const notes = [...scoped.notes];
  const minConfidence = check2.minConfidence;
  const confident = minConfidence === null ? scoped.findings : scoped.findings.filter(
    (finding) => finding.confidence === null || CONFIDENCE_RANK[finding.confidence] <= CONFIDENCE_RANK[minConfidence]
  );
  if (confident.length < scoped.findings.length)
    notes.push(
      `${plural(scoped.findings.length - confident.length, "finding")} below ${minConfidence} confidence left out`
    );
  const { kept, waived, expired } = applyWaivers(confident, context.rules.waivers, gate2.id, context.today);
  notes.push(...waiverNotes(waived, expired, "finding"));
  const counted = kept.filter((finding) => check2.limits.some((limit) => inLimit(limit)(finding))).sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || place(a).localeCompare(place(b)));
  const exceeded = check2.limits.map((limit) => ({ limit, count: counted.filter(inLimit(limit)).length })).filter(({ limit, count: count5 }) => count5 > limit.max);
  const merged = counted.filter((finding) => finding.reports > 1).length;
  if (merged) notes.push(`${plural(merged, "finding")} reported by several tools or runs, counted once`);
  const outside = counted.filter((finding) => finding.path !== null && finding.resolved === false);
  if (outside.length)
    notes.push(
      `${plural(outside.length, "finding")} outside the repository's files (e.g. ${outside[0]?.path}): counted, no annotation`
    );
  const incomplete = runs.filter((run3) => !run3.complete);
  const incompleteEvidence = check2.allowIncomplete ? [] : incomplete.map((run3) => ({
    label: `${run3.tool} run in ${run3.source}`,
    why: `incomplete: ${run3.incompleteReason ?? "the scanner did not complete"}`
  }));
  if (check2.allowIncomplete && incomplete.length)
    notes.push(`${plural(incomplete.length, "incomplete run")} accepted by the rules`);
  const passed = exceeded.length === 0 && incompleteEvidence.length === 0;
  const what = check2.limits.length === 1 && check2.limits[0]?.orWorse ? `${check2.limits[0].severity} or worse` : "counted";
  const summary = [
    `${plural(counted.length, "open finding")} ${what} in ${plural(runs.length, "run")}`,
    ...(check2.limits.length > 1 ? exceeded : []).map(
      ({ limit, count: count5 }) => `${count5} ${limit.severity}${limit.orWorse ? "+" : ""} > ${limit.max}`
    ),
    ...incompleteEvidence.length ? [plural(incompleteEvidence.length, "incomplete run")] : []
  ].join("; ");
  const fixes = exceeded.map(({ limit, count: count5 }) => {
    const examples = counted.filter(inLimit(limit));
    return `fix or waive ${plural(count5 - limit.max, `${limit.severity}${limit.orWorse ? "+" : ""} finding`)} (${examples.slice(0, 3).map((f) => `${f.ruleId} at ${place(f)}`).join("; ")}${examples.length > 3 ? "\u2026" : ""})`;
  });
  const action = [
    ...incompleteEvidence.length ? ["Re-run the scanners that did not complete (or accept it with allow-incomplete)"] : [],
    ...fixes
  ].join("; ");
  return measuredResult(gate2, passed, {
    measured: plural(counted.length, "finding"),
    threshold,
    value: counted.length,
    summary,
    evidence: [...incompleteEvidence, ...counted.map(findingEvidence)],
    notes,
    action: `${action.charAt(0).toUpperCase()}${action.slice(1)}.`
  });
}

// src/core/todos/todos-in-diff.ts
function todosInDiff(todos, diff) {
  return todos.filter((todo) => diff.get(todo.path)?.has(todo.line) === true);
}

// src/core/evaluate/gates/todos-gate.ts
function todoEvidence(todo, scope) {
  return {
    label: `${todo.path}:${todo.line} ${todo.keyword}`,
    why: `${scope === "new" ? "new " : ""}${todo.keyword}${todo.text ? `: ${todo.text}` : ""}`,
    path: todo.path,
    line: todo.line
  };
}
function todosGate(gate2, check2, context) {
  const threshold = `\u2264 ${check2.max}`;
  const input = context.bundle.todos;
  const missing = requireFamily(gate2, threshold, input, "TODO scan");
  if (missing) return missing;
  const diff = context.bundle.diff;
  if (check2.scope === "new" && diff === null)
    return missingInput(
      gate2,
      threshold,
      'scope "new" needs the change\u2019s diff (--diff FILE, or a pull request)'
    );
  const all = input.reports.flatMap((scan) => scan.todos);
  const inScope = check2.scope === "new" && diff ? todosInDiff(all, diff) : all;
  const counted = inScope.filter((todo) => todo.issue === null);
  const tracked = inScope.length - counted.length;
  const what = check2.scope === "new" ? "new TODO" : "TODO";
  const measured = plural(counted.length, what);
  const passed = counted.length <= check2.max && input.problems.length === 0;
  return measuredResult(gate2, passed, {
    measured,
    threshold,
    value: counted.length,
    summary: input.problems.length > 0 ? `fails closed: ${input.problems.join("; ")}` : `${measured} ${passed ? "within" : "over"} the limit of ${check2.max}`,
    evidence: counted.map((todo) => todoEvidence(todo, check2.scope)),
    notes: [
      ...tracked ? [`${plural(tracked, what)} referring to an issue (TODO(#123)) not counted`] : [],
      ...check2.scope === "new" ? [`${plural(all.length, "TODO")} in the tree`] : []
    ],
    action: `Resolve the ${what}s, or turn them into issues and reference them (TODO(#123)) \u2014 the limit is ${check2.max}.`
  });
}

// src/core/evaluate/apply-gate-waivers.ts
var latestFirst = (a, b) => (Date.parse(b.grantedAt) || 0) - (Date.parse(a.grantedAt) || 0) || b.grantedAt.localeCompare(a.grantedAt);
var isLive = (waiver2, today) => waiver2.expires === null || waiver2.expires >= today;
function applyGateWaivers(gates, waivers, today) {
  return gates.map((gate2) => {
    const mine = waivers.filter((waiver2) => waiver2.gate === gate2.id).sort(latestFirst);
    const latest = mine[0];
    if (!latest) return gate2;
    const live = mine.find((waiver2) => isLive(waiver2, today));
    const note = (text9) => ({ ...gate2, notes: [...gate2.notes, text9] });
    if (gate2.status !== "fail") {
      const outcome = gate2.status === "pass" ? "the gate passed" : "the gate does not apply";
      return note(`waiver by ${waivedBy(live ?? latest, false)} not needed: ${outcome}`);
    }
    if (!live) {
      return note(
        `waiver by ${waivedBy(latest, false)} expired on ${latest.expires ?? "?"}: the gate fails again`
      );
    }
    const { owner, reason, expires, grantedAt, source } = live;
    return {
      ...note(`waived by ${waivedBy(live)}: ${reason}`),
      status: "waived",
      waiver: { owner, reason, expires, grantedAt, source }
    };
  });
}

// src/core/evaluate/grade-of.ts
function gradeOf(score, blockingFailure) {
  const grade = score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
  return blockingFailure && grade < "D" ? "D" : grade;
}

// src/core/evaluate/score-categories.ts
var FINDING_PENALTY = {
  critical: 40,
  high: 20,
  medium: 5,
  low: 1,
  info: 0
};
var ITEM_PENALTY = { P0: 25, P1: 10, P2: 3, P3: 1, P4: 0 };
var SEVERITY_AS_PRIORITY = { critical: "P0", high: "P1", medium: "P2", low: "P3", info: "P4" };
var OVERDUE_PENALTY = 5;
var clamp = (value) => Math.max(0, Math.min(100, Math.round(value)));
function scoreCategories(context) {
  const { bundle, rules } = context;
  const weights = rules.readiness.weights;
  const lines = coverageTotals(context.coverage.values()).lines;
  const linePercent = percentOf(lines);
  const coverage = {
    category: "coverage",
    score: linePercent === null ? null : clamp(Math.floor(linePercent)),
    weight: weights.coverage,
    basis: linePercent === null ? "no coverage data" : `${formatPercent(linePercent)} of ${plural(lines.total, "coverable line")} covered`
  };
  const runs = bundle.sast.reports.reduce((count5, report) => count5 + report.runs.length, 0);
  const open = applyWaivers(
    context.sast.findings.filter(isOpenFinding),
    rules.waivers.filter((waiver2) => waiver2.gate === null),
    "",
    context.today
  ).kept;
  const penalty = open.reduce((sum2, finding) => sum2 + FINDING_PENALTY[finding.severity], 0);
  const worst = ["critical", "high", "medium", "low"].map((severity5) => [severity5, open.filter((finding) => finding.severity === severity5).length]).filter(([, count5]) => count5 > 0).map(([severity5, count5]) => `${count5} ${severity5}`);
  const security = {
    category: "security",
    score: runs === 0 ? null : clamp(100 - penalty),
    weight: weights.security,
    basis: runs === 0 ? "no SAST scan" : worst.length ? `open findings: ${worst.join(", ")}` : `no open finding in ${plural(runs, "scanner run")}`
  };
  const items = bundle.trackers.reports.flatMap((report) => report.items);
  const rankedItems = items.filter((item2) => item2.priority !== null || item2.severity !== null);
  const openRanked = rankedItems.filter((item2) => item2.state === "open" && item2.status !== "dropped");
  let itemPenalty = 0;
  let overdue = 0;
  for (const item2 of openRanked) {
    const priority2 = item2.priority ?? SEVERITY_AS_PRIORITY[item2.severity ?? "info"];
    itemPenalty += ITEM_PENALTY[priority2];
    if (item2.due !== null && daysBetween(item2.due, context.today) > 0) {
      itemPenalty += OVERDUE_PENALTY;
      overdue++;
    }
  }
  const issues = {
    category: "issues",
    score: rankedItems.length === 0 ? null : clamp(100 - itemPenalty),
    weight: weights.issues,
    basis: rankedItems.length === 0 ? items.length ? "no tracked item has a priority or severity" : "no tracker" : `${plural(openRanked.length, "open prioritized item")}${overdue ? `, ${overdue} overdue` : ""}`
  };
  const checklistItems = items.filter(
    (item2) => item2.source.kind === "checklist" && item2.status !== "dropped"
  );
  const credit = checklistItems.reduce(
    (sum2, item2) => sum2 + (item2.status === "done" ? 1 : item2.status === "partial" || item2.status === "in-progress" ? 0.5 : 0),
    0
  );
  const checklist = {
    category: "checklist",
    score: checklistItems.length === 0 ? null : clamp(Math.floor(100 * credit / checklistItems.length)),
    weight: weights.checklist,
    basis: checklistItems.length === 0 ? "no checklist" : `${checklistItems.filter((item2) => item2.status === "done").length} of ${plural(checklistItems.length, "checklist item")} done`
  };
  return [coverage, security, issues, checklist];
}

// src/core/evaluate/top-risks.ts
var LEVEL_RANK = { block: 0, warn: 1, info: 2 };
function rankOf(risk2) {
  if (risk2.severity) return severityRank(risk2.severity);
  if (risk2.priority) return priorityRank(risk2.priority);
  return 5;
}
function topRisks(gates, limit = 10) {
  return gates.filter((gate2) => gate2.status === "fail" && gate2.level !== "info").flatMap((gate2) => gate2.evidence.map((item2) => ({ ...item2, gate: gate2.id, level: gate2.level }))).map((risk2, order) => ({ risk: risk2, order })).sort(
    (a, b) => LEVEL_RANK[a.risk.level] - LEVEL_RANK[b.risk.level] || rankOf(a.risk) - rankOf(b.risk) || a.order - b.order
  ).slice(0, limit).map(({ risk: risk2 }) => risk2);
}

// src/core/evaluate/evaluate.ts
function evaluateGate(gate2, context) {
  const check2 = gate2.check;
  switch (check2.kind) {
    case "coverage":
      return coverageGate(gate2, check2, context);
    case "sast":
      return sastGate(gate2, check2, context);
    case "issues":
      return issuesGate(gate2, check2, context);
    case "checklist":
      return checklistGate(gate2, check2, context);
    case "todos":
      return todosGate(gate2, check2, context);
  }
}
function evaluate(rules, bundle, options) {
  const repository = bundle.repository.files ? repositoryIndex(bundle.repository.files) : null;
  const pathOptions = {
    mappings: parsePathMappings(rules.inputs.pathMappings),
    goModule: bundle.repository.goModule
  };
  const coveragePaths = resolveCoveragePaths(bundle.coverage.reports, repository, pathOptions);
  const baseCoverage = bundle.baseCoverage.configured ? mergeCoverage(resolveCoveragePaths(bundle.baseCoverage.reports, repository, pathOptions).reports) : null;
  const sastPaths = resolveSastPaths(bundle.sast.reports, repository, pathOptions);
  const baseSast = bundle.baseSast.configured ? resolveSastPaths(bundle.baseSast.reports, repository, pathOptions).reports : null;
  const context = {
    rules,
    bundle,
    today: options.today,
    coverage: mergeCoverage(coveragePaths.reports),
    baseCoverage,
    coveragePaths,
    sast: {
      reports: sastPaths.reports,
      findings: mergeFindings(sastPaths.reports),
      baseFingerprints: baseSast || bundle.baselineFingerprints ? /* @__PURE__ */ new Set([
        ...(baseSast ?? []).flatMap((report) => report.findings.map((finding) => finding.fingerprint)),
        ...bundle.baselineFingerprints ?? []
      ]) : null,
      unresolved: sastPaths.unresolved
    }
  };
  const gates = applyGateWaivers(
    rules.gates.map((gate2) => evaluateGate(gate2, context)),
    options.gateWaivers ?? [],
    options.today
  );
  const failed = (level2) => gates.filter((gate2) => gate2.status === "fail" && gate2.level === level2);
  const blocking = failed("block");
  const warnings = failed("warn");
  const waived = gates.filter((gate2) => gate2.status === "waived");
  const categories = scoreCategories(context);
  const scored = categories.filter((category) => category.score !== null && category.weight > 0);
  const totalWeight = scored.reduce((sum2, category) => sum2 + category.weight, 0);
  const score = totalWeight === 0 ? 0 : Math.round(
    scored.reduce((sum2, category) => sum2 + (category.score ?? 0) * category.weight, 0) / totalWeight
  );
  const grade = gradeOf(score, blocking.length > 0);
  const evaluated = gates.filter((gate2) => gate2.status !== "not-applicable");
  let verdict;
  let reason;
  const ids = (list3) => list3.map((gate2) => gate2.id).join(", ");
  const waivedList = waived.map((gate2) => `${gate2.id} by ${gate2.waiver ? waivedBy(gate2.waiver, false) : "?"}`).join(", ");
  const andWaived = waived.length ? `; ${waived.length} waived (${waivedList})` : "";
  if (evaluated.length === 0) {
    verdict = "no-go";
    reason = gates.length ? "nothing was evaluated: no gate had an input to judge (give reports or trackers)" : "nothing was evaluated: the rules define no gate";
  } else if (blocking.length) {
    verdict = "no-go";
    reason = `${plural(blocking.length, "blocking gate")} failed: ${ids(blocking)}${andWaived}`;
  } else if (warnings.length) {
    verdict = "go-with-warnings";
    reason = `${plural(warnings.length, "warning gate")} failed: ${ids(warnings)}${andWaived}`;
  } else if (score < rules.readiness.minScore) {
    verdict = "go-with-warnings";
    const passed = waived.length ? `passed or was waived (${waivedList})` : "passed";
    reason = `every gate ${passed}, but the readiness score ${score} is under ${rules.readiness.minScore}`;
  } else {
    verdict = "go";
    const passed = `${plural(evaluated.length - waived.length, "gate")} passed`;
    reason = waived.length ? `${passed}, ${waived.length} waived (${waivedList})` : passed;
  }
  const trackers = bundle.trackers.configured ? summarizeTrackers(bundle.trackers.reports, riskSettingsOf(rules), options.today) : null;
  const snapshot = {
    coverage: bundle.coverage.reports.length ? Object.fromEntries(
      [...context.coverage.values()].filter((file) => file.resolved !== false).map((file) => {
        const lines = lineTotals(file);
        const branches = branchTotals(file);
        return [
          file.path,
          {
            lines: [lines.covered, lines.total],
            branches: branches ? [branches.covered, branches.total] : null
          }
        ];
      })
    ) : null,
    fingerprints: bundle.sast.reports.length ? [...new Set(context.sast.findings.flatMap((finding) => finding.fingerprints))].sort() : null
  };
  return { verdict, score, grade, reason, gates, categories, topRisks: topRisks(gates), trackers, snapshot };
}

// src/core/publish/baseline.ts
import { gunzipSync, gzipSync } from "node:zlib";

// src/core/publish/baseline-wire.ts
import * as z18 from "zod";
var counts = z18.array(z18.number().int().nonnegative());
var baselineWire = z18.object({
  version: z18.literal(1),
  sha: z18.string().min(1),
  paths: z18.array(z18.string()),
  lines: counts,
  branches: counts.nullable(),
  fingerprints: z18.array(z18.string()),
  complete: z18.boolean(),
  omitted: z18.array(z18.enum(["branches", "coverage", "fingerprints"]))
}).refine((wire) => wire.lines.length === wire.paths.length * 2, "lines do not match paths").refine(
  (wire) => wire.branches === null || wire.branches.length === wire.paths.length * 2,
  "branches do not match paths"
);

// src/core/publish/baseline.ts
var BASELINE_MAX_LENGTH = 6e4;
var OPEN = "<!-- gonogo:baseline:v1:";
var CLOSE = " -->";
function toWire(baseline) {
  const paths = Object.keys(baseline.coverage).sort();
  const branches = baseline.branches;
  return {
    version: 1,
    sha: baseline.sha,
    paths,
    lines: paths.flatMap((path) => baseline.coverage[path] ?? [0, 0]),
    branches: branches ? paths.flatMap((path) => branches[path] ?? [0, 0]) : null,
    fingerprints: [...new Set(baseline.fingerprints)].sort(),
    complete: true,
    omitted: []
  };
}
var pairs = (paths, flat) => Object.fromEntries(paths.map((path, index3) => [path, [flat[index3 * 2], flat[index3 * 2 + 1]]]));
var marker = (wire) => `${OPEN}${gzipSync(JSON.stringify(wire), { level: 9 }).toString("base64")}${CLOSE}`;
function encodeBaseline(baseline, maxLength = BASELINE_MAX_LENGTH) {
  const whole = toWire(baseline);
  const hadBranches = whole.branches !== null;
  const noBranches = { ...whole, branches: null };
  const noCoverage = { ...noBranches, paths: [], lines: [] };
  const candidates = [
    [whole, []],
    [noBranches, ["branches"]],
    [noCoverage, ["coverage"]],
    [{ ...noBranches, fingerprints: [] }, ["fingerprints"]],
    [{ ...noCoverage, fingerprints: [] }, ["coverage", "fingerprints"]]
  ];
  for (const [wire, omitted] of candidates) {
    const dropped = [
      ...hadBranches && wire.branches === null ? ["branches"] : [],
      ...omitted.filter((family) => family !== "branches")
    ];
    const text9 = marker({ ...wire, complete: dropped.length === 0, omitted: dropped });
    if (text9.length <= maxLength) return text9;
  }
  throw new Error(`a baseline does not fit in ${maxLength} characters even empty`);
}
function decodeBaseline(text9) {
  const start = text9.indexOf(OPEN);
  if (start < 0) return null;
  const end = text9.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) throw new Error("corrupt gonogo baseline: the marker is not closed (the text was cut?)");
  const payload = text9.slice(start + OPEN.length, end).trim();
  let json;
  try {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) throw new Error("not base64");
    json = JSON.parse(gunzipSync(Buffer.from(payload, "base64")).toString("utf8"));
  } catch (error3) {
    throw new Error(`corrupt gonogo baseline: ${getErrorMessage(error3)}`, { cause: error3 });
  }
  const parsed = baselineWire.safeParse(json);
  if (!parsed.success)
    throw new Error(`corrupt gonogo baseline: ${parsed.error.issues[0]?.message ?? "unexpected content"}`);
  const wire = parsed.data;
  return {
    version: 1,
    sha: wire.sha,
    coverage: pairs(wire.paths, wire.lines),
    ...wire.branches ? { branches: pairs(wire.paths, wire.branches) } : {},
    fingerprints: wire.fingerprints,
    complete: wire.complete,
    omitted: wire.omitted
  };
}

// src/core/publish/baseline-of-verdict.ts
function baselineOfVerdict(verdict, sha) {
  const coverage = Object.entries(verdict.snapshot.coverage ?? {});
  return {
    version: 1,
    sha,
    coverage: Object.fromEntries(coverage.map(([path, totals]) => [path, totals.lines])),
    branches: Object.fromEntries(
      coverage.flatMap(([path, totals]) => totals.branches ? [[path, totals.branches]] : [])
    ),
    fingerprints: verdict.snapshot.fingerprints ?? []
  };
}

// src/core/publish/truncate-markdown.ts
function truncateMarkdown(text9, limit, note) {
  if (text9.length <= limit) return text9;
  const room = Math.max(0, limit - note.length - 2);
  const head = text9.slice(0, room);
  const section = head.lastIndexOf("\n### ");
  const line6 = head.lastIndexOf("\n");
  const end = section > room / 2 ? section : line6 > 0 ? line6 : room;
  return `${head.slice(0, end).trimEnd()}

${note}`;
}

// src/core/publish/verdict-annotations.ts
var LEVEL = {
  block: "failure",
  warn: "warning",
  info: "notice"
};
var LEVEL_RANK2 = { block: 0, warn: 1, info: 2 };
var MAX_MESSAGE = 6e4;
var MAX_TITLE = 250;
var cut = (text9, max) => text9.length > max ? `${text9.slice(0, max - 1)}\u2026` : text9;
function verdictAnnotations(verdict) {
  const entries = verdict.gates.filter((gate2) => gate2.status === "fail").flatMap(
    (gate2) => gate2.evidence.filter((item2) => item2.path !== void 0 && item2.line !== void 0).map((item2, order) => ({ gate: gate2, item: item2, order }))
  );
  const rank = (item2) => item2.severity ? severityRank(item2.severity) : item2.priority ? priorityRank(item2.priority) : 5;
  return entries.sort(
    (a, b) => LEVEL_RANK2[a.gate.level] - LEVEL_RANK2[b.gate.level] || rank(a.item) - rank(b.item) || a.order - b.order
  ).map(({ gate: gate2, item: item2 }) => ({
    path: item2.path,
    start_line: item2.line,
    end_line: Math.max(item2.line, item2.endLine ?? item2.line),
    annotation_level: LEVEL[gate2.level],
    title: cut(`gonogo ${gate2.id}: ${item2.label}`, MAX_TITLE),
    message: cut(item2.why, MAX_MESSAGE)
  }));
}

// src/core/publish/baseline-coverage-report.ts
function baselineCoverageReport(coverage, source) {
  return {
    source,
    format: "gonogo-baseline",
    sourceRoots: [],
    totalsOnly: true,
    files: Object.entries(coverage).map(([path, totals]) => ({
      path,
      lines: new LineHits(),
      branches: null,
      statedTotals: {
        lines: { covered: totals.lines[0], total: totals.lines[1] },
        branches: totals.branches ? { covered: totals.branches[0], total: totals.branches[1] } : null
      }
    }))
  };
}

// src/core/publish/with-baseline.ts
function withBaseline(bundle, baseline) {
  if (!baseline) return bundle;
  const label2 = `baseline of ${baseline.sha.slice(0, 7)}`;
  const useCoverage = Object.keys(baseline.coverage).length > 0 && bundle.coverage.configured;
  return {
    ...bundle,
    baselineFingerprints: baseline.fingerprints,
    baseCoverage: useCoverage ? {
      configured: true,
      requested: [label2],
      reports: [
        baselineCoverageReport(
          Object.fromEntries(
            Object.entries(baseline.coverage).map(([path, lines]) => [
              path,
              { lines, branches: baseline.branches?.[path] ?? null }
            ])
          ),
          label2
        )
      ],
      problems: []
    } : bundle.baseCoverage
  };
}

// src/core/report/labels.ts
var VERDICT_LABEL = {
  go: "GO",
  "go-with-warnings": "GO WITH WARNINGS",
  "no-go": "NO-GO"
};
var VERDICT_ICON = {
  go: "\u2705",
  "go-with-warnings": "\u26A0\uFE0F",
  "no-go": "\u26D4"
};
function outcomeLabel(gate2) {
  const labels = {
    pass: "pass",
    fail: "FAIL",
    waived: "waived",
    "not-applicable": "n/a"
  };
  if (gate2.status === "fail" && gate2.level !== "block") return gate2.level === "warn" ? "warn" : "info";
  return labels[gate2.status];
}
function outcomeIcon(gate2) {
  if (gate2.status === "pass") return "\u2705";
  if (gate2.status === "not-applicable") return "\u2796";
  if (gate2.status === "waived") return "\u{1F6C2}";
  return gate2.level === "block" ? "\u274C" : gate2.level === "warn" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
}

// src/core/report/checklist-sections.ts
function checklistSections(reports) {
  const rows = [];
  for (const report of reports) {
    const items = report.items.filter(
      (item2) => item2.source.kind === "checklist" && item2.status !== "dropped"
    );
    if (items.length === 0) continue;
    const first = items[0]?.section[0];
    const depth = first !== void 0 && items.every((item2) => item2.section[0] === first && item2.section.length > 1) ? 1 : 0;
    const bySection = /* @__PURE__ */ new Map();
    for (const item2 of items) {
      const section = item2.section[depth] ?? "(no section)";
      const row2 = bySection.get(section) ?? { file: report.source, section, done: 0, total: 0 };
      row2.total++;
      if (item2.status === "done") row2.done++;
      bySection.set(section, row2);
    }
    rows.push(...bySection.values());
  }
  return rows;
}

// src/core/report/escape-markdown.ts
function escapeMarkdown(text9) {
  const oneLine = text9.replace(/\r\n|\r|\n/g, " ").trim();
  if (oneLine === "") return "\u2014";
  return oneLine.replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2").replace(/^([#+=-])(?=\s|$)|^([=-])(?=[=-]*$)/, "\\$&");
}
function inlineCode(text9, inTable = false) {
  let oneLine = text9.replace(/\r\n|\r|\n/g, " ");
  if (oneLine.trim() === "") return "\u2014";
  if (inTable) oneLine = oneLine.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run3) => run3.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

// src/core/report/table.ts
var tableRow = (cells) => `| ${cells.join(" | ")} |`;
var markdownTable = (header, rows) => [
  tableRow(header),
  tableRow(header.map(() => "---")),
  ...rows.map(tableRow)
];

// src/core/report/tracker-sections.ts
var TOP_RISKS = 10;
var WARNINGS_SHOWN = 10;
var STATUS_LABEL = {
  todo: "To do",
  "in-progress": "In progress",
  partial: "Partial",
  blocked: "Blocked",
  done: "Done",
  dropped: "Dropped"
};
var sum = (values) => values.reduce((total, value) => total + value, 0);
function executiveSummary(summary) {
  const rows = PRIORITY_ROWS.filter((row2) => sum(Object.values(summary.counts[row2])) > 0);
  const statusTotal = (status) => sum(PRIORITY_ROWS.map((row2) => summary.counts[row2][status]));
  const statuses = ITEM_STATUSES.filter((status) => statusTotal(status) > 0);
  const open = summary.open.length;
  const lines = [
    `${plural(summary.total, "tracked item")}: ${open} open, ${statusTotal("done")} done, ${statusTotal("dropped")} dropped.`,
    ""
  ];
  if (summary.total === 0) return lines;
  return [
    ...lines,
    ...markdownTable(
      ["Priority", ...statuses.map((status) => STATUS_LABEL[status]), "Total"],
      [
        ...rows.map((row2) => [
          row2 === "unknown" ? "no priority" : row2,
          ...statuses.map((status) => String(summary.counts[row2][status])),
          String(sum(Object.values(summary.counts[row2])))
        ]),
        ["**Total**", ...statuses.map((status) => `**${statusTotal(status)}**`), `**${summary.total}**`]
      ]
    ),
    ""
  ];
}
var dash = (value) => value ? escapeMarkdown(value) : "\u2014";
function riskRow(item2, index3) {
  return [
    String(index3 + 1),
    escapeMarkdown(item2.key),
    escapeMarkdown(item2.title),
    dash(item2.module),
    item2.priority ?? (item2.severity ? item2.severity : "\u2014"),
    STATUS_LABEL[item2.status],
    item2.due ?? "\u2014",
    item2.daysOverdue !== null && item2.daysOverdue > 0 ? `${item2.daysOverdue} d` : "\u2014",
    `**${item2.risk ?? 0}**`,
    inlineCode(item2.reasons.join(" "), true)
  ];
}
function domainReadiness(summary) {
  const domains = summary.domains.filter((domain) => domain.total > 0);
  if (domains.length === 0)
    return [
      "No tracked item names a readiness domain (security, compliance, data, reliability, performance, observability).",
      ""
    ];
  return [
    ...markdownTable(
      ["Domain", "Items", "Open", "Open P0/P1 or high+", "Done", "Highest open risk"],
      domains.map((domain) => [
        domain.domain,
        String(domain.total),
        String(domain.open),
        String(domain.openUrgent),
        `${domain.done}/${domain.total}`,
        domain.top ? `${escapeMarkdown(domain.top.key)} ${escapeMarkdown(domain.top.title)} (risk ${domain.top.risk ?? 0})` : "\u2014"
      ])
    ),
    ""
  ];
}
function trackerSections(summary, reports) {
  const out = ["### Executive summary", "", ...executiveSummary(summary)];
  out.push("### Top open risks", "");
  if (summary.open.length === 0) out.push("No open tracked item.", "");
  else {
    out.push(
      ...markdownTable(
        ["#", "Key", "Title", "Module", "Priority", "Status", "Due", "Overdue", "Risk", "Reasons"],
        summary.open.slice(0, TOP_RISKS).map(riskRow)
      )
    );
    if (summary.open.length > TOP_RISKS)
      out.push("", `\u2026and ${summary.open.length - TOP_RISKS} more open items.`);
    out.push("");
  }
  out.push("### Readiness by domain", "", ...domainReadiness(summary));
  const warnings = reports.flatMap((report) => report.warnings);
  if (warnings.length) {
    out.push("### Data quality", "");
    for (const warning of warnings.slice(0, WARNINGS_SHOWN)) out.push(`- ${escapeMarkdown(warning)}`);
    if (warnings.length > WARNINGS_SHOWN) out.push(`- \u2026and ${warnings.length - WARNINGS_SHOWN} more`);
    out.push("");
  }
  return out;
}

// src/core/report/describe-inputs.ts
function describeFamily(name, input, describe) {
  if (!input.configured) return [{ family: name, text: "not configured (its gates do not apply)" }];
  return [
    ...input.reports.map((report) => ({ family: name, text: `${report.source}: ${describe(report)}` })),
    ...input.problems.map((problem) => ({ family: name, text: `missing: ${problem}` }))
  ];
}
function describeInputs(bundle) {
  return [
    ...describeFamily(
      "coverage",
      bundle.coverage,
      (report) => `${report.format}, ${plural(report.files.length, "file")}`
    ),
    ...describeFamily("sast", bundle.sast, (report) => {
      const tools = [...new Set(report.runs.map((run3) => run3.tool))].join(", ") || "no scanner run";
      return `${report.format} (${tools}), ${plural(report.findings.length, "result")}`;
    }),
    ...describeFamily(
      "trackers",
      bundle.trackers,
      (report) => `${report.format}, ${plural(report.items.length, "item")}`
    ),
    // Only when a gate asked for a scan: most rules have no todos gate, and their reports say nothing of it.
    ...bundle.todos.configured ? describeFamily(
      "todos",
      bundle.todos,
      (scan) => `${plural(scan.files, "file")} scanned, ${plural(scan.todos.length, "TODO")}`
    ) : [],
    ...bundle.diff ? [{ family: "diff", text: plural(bundle.diff.size, "changed file") }] : []
  ];
}

// src/core/report/render-markdown.ts
var EVIDENCE_PER_GATE = 10;
var row = (cells) => `| ${cells.join(" | ")} |`;
var table = (header, rows) => [
  row(header),
  row(header.map(() => "---")),
  ...rows.map(row)
];
var place2 = (item2, inTable = false) => item2.path ? inlineCode(item2.line ? `${item2.path}:${item2.line}` : item2.path, inTable) : "\u2014";
var grantedIn = (source) => /^https:\/\/[^\s<>()\\]+$/.test(source) ? `[granted here](${source})` : `granted in ${escapeMarkdown(source)}`;
function waiverLine(gate2) {
  const waiver2 = gate2.waiver;
  if (!waiver2) return "";
  return `${outcomeIcon(gate2)} **${escapeMarkdown(gate2.id)}** (${gate2.level}) waived by ${escapeMarkdown(waivedBy(waiver2))} \u2014 ${escapeMarkdown(waiver2.reason)} (${grantedIn(waiver2.source)})`;
}
function gateDetails(gate2) {
  const lines = [`#### ${outcomeIcon(gate2)} ${escapeMarkdown(gate2.id)} \u2014 ${escapeMarkdown(gate2.summary)}`, ""];
  for (const item2 of gate2.evidence.slice(0, EVIDENCE_PER_GATE)) {
    const where = item2.path && !item2.label.includes(item2.path) ? ` (${place2(item2)})` : "";
    lines.push(`- ${escapeMarkdown(item2.label)}${where}: ${escapeMarkdown(item2.why)}`);
  }
  const more = gate2.evidenceTotal - Math.min(gate2.evidence.length, EVIDENCE_PER_GATE);
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  for (const note of gate2.notes) lines.push(`- note: ${escapeMarkdown(note)}`);
  lines.push("");
  return lines;
}
function renderMarkdown(input) {
  const { verdict } = input;
  const out = [];
  out.push(
    `## ${VERDICT_ICON[verdict.verdict]} gonogo: ${VERDICT_LABEL[verdict.verdict]} \u2014 readiness ${verdict.score}/100 (grade ${verdict.grade})`,
    "",
    `${escapeMarkdown(verdict.reason)}.`,
    ""
  );
  out.push("### Gates", "");
  out.push(
    ...table(
      ["Gate", "Level", "Result", "Measured", "Threshold", "Details"],
      verdict.gates.map((gate2) => [
        escapeMarkdown(gate2.id),
        gate2.level,
        `${outcomeIcon(gate2)} ${outcomeLabel(gate2)}`,
        escapeMarkdown(gate2.measured),
        escapeMarkdown(gate2.threshold),
        escapeMarkdown(gate2.summary)
      ])
    ),
    ""
  );
  const waived = verdict.gates.filter((gate2) => gate2.status === "waived");
  if (waived.length) {
    out.push("### Waivers", "");
    for (const gate2 of waived) out.push(`- ${waiverLine(gate2)}`);
    out.push("");
  }
  if (verdict.topRisks.length) {
    out.push("### Top risks", "");
    out.push(
      ...table(
        ["#", "Gate", "Item", "Where", "Why"],
        verdict.topRisks.map((risk2, index3) => [
          String(index3 + 1),
          escapeMarkdown(risk2.gate),
          escapeMarkdown(risk2.label),
          place2(risk2, true),
          escapeMarkdown(risk2.why)
        ])
      ),
      ""
    );
  }
  if (verdict.trackers) out.push(...trackerSections(verdict.trackers, input.bundle.trackers.reports));
  out.push("### Readiness by category", "");
  out.push(
    ...table(
      ["Category", "Score", "Weight", "Basis"],
      verdict.categories.map((category) => [
        category.category,
        category.score === null ? "n/a (not counted)" : `${category.score}/100`,
        String(category.weight),
        escapeMarkdown(category.basis)
      ])
    ),
    ""
  );
  const sections = checklistSections(input.bundle.trackers.reports);
  if (sections.length) {
    out.push("### Checklist completion", "");
    out.push(
      ...table(
        ["Checklist", "Section", "Done", "Completion"],
        sections.map((section) => [
          inlineCode(section.file, true),
          escapeMarkdown(section.section),
          `${section.done}/${section.total}`,
          `${Math.floor(100 * section.done / section.total)} %`
        ])
      ),
      ""
    );
  }
  const actions = verdict.gates.filter((gate2) => gate2.status === "fail" && gate2.action !== null).sort((a, b) => ["block", "warn", "info"].indexOf(a.level) - ["block", "warn", "info"].indexOf(b.level));
  out.push("### What to do next", "");
  if (actions.length)
    actions.forEach((gate2, index3) => out.push(`${index3 + 1}. **${escapeMarkdown(gate2.id)}**: ${escapeMarkdown(gate2.action ?? "")}`));
  else out.push(`Nothing blocks: every applicable gate passed${waived.length ? " or was waived" : ""}.`);
  const urgent = (verdict.trackers?.open ?? []).filter(
    (item2) => item2.priority === "P0" || item2.priority === "P1" || (item2.daysOverdue ?? 0) > 0
  );
  if (urgent.length) {
    out.push("", "Highest-risk open items to resolve or re-plan:", "");
    urgent.slice(0, 5).forEach((item2, index3) => {
      const due = item2.daysOverdue ? `, ${item2.daysOverdue} days overdue` : item2.due ? `, due ${item2.due}` : "";
      out.push(
        `${index3 + 1}. ${escapeMarkdown(item2.key)} ${escapeMarkdown(item2.title)} (${item2.priority ?? "no priority"}${due}, risk ${item2.risk ?? 0})`
      );
    });
  }
  out.push("");
  const failed = verdict.gates.filter((gate2) => gate2.status === "fail");
  if (failed.length) {
    out.push("### Failed gates in detail", "");
    for (const gate2 of failed) out.push(...gateDetails(gate2));
  }
  if (waived.length) {
    out.push("### Waived gates in detail", "");
    for (const gate2 of waived) out.push(...gateDetails(gate2));
  }
  out.push("### Inputs", "");
  for (const line6 of describeInputs(input.bundle)) out.push(`- ${line6.family}: ${escapeMarkdown(line6.text)}`);
  out.push(`- rules: ${input.rulesSources.map((source) => escapeMarkdown(source)).join(" \u2192 ")}`);
  for (const note of input.inputNotes ?? []) out.push(`- ${escapeMarkdown(note)}`);
  out.push(
    "",
    `<sub>gonogo \xB7 evaluated on ${input.today} \xB7 ${plural(verdict.gates.length, "gate")}</sub>`,
    ""
  );
  return out.join("\n");
}

// src/core/workflows/workflow-progress.ts
var ACTIVE = /* @__PURE__ */ new Set(["queued", "in_progress", "waiting", "requested", "pending"]);
var matches = (run3, workflow) => workflow === run3.name || workflow === run3.path || workflow === run3.path.split("/").pop();
function newestPerWorkflow(runs) {
  const newest = /* @__PURE__ */ new Map();
  for (const run3 of [...runs].sort((a, b) => b.id - a.id))
    if (!newest.has(run3.path)) newest.set(run3.path, run3);
  return [...newest.values()];
}
var pendingState = (run3) => run3.status === "in_progress" ? "in progress" : "queued";
function workflowProgress(runs, options) {
  const latest = newestPerWorkflow(runs);
  const done = [];
  const pending = [];
  if (options.workflows.length === 0) {
    for (const run3 of latest) {
      if (ACTIVE.has(run3.status)) pending.push({ workflow: run3.name || run3.path, state: pendingState(run3) });
      else done.push(run3);
    }
    if (latest.length === 0) pending.push({ workflow: "any workflow", state: "not started" });
  } else {
    for (const workflow of options.workflows) {
      const run3 = latest.find((candidate) => matches(candidate, workflow));
      if (!run3) pending.push({ workflow, state: "not started" });
      else if (ACTIVE.has(run3.status)) pending.push({ workflow, state: pendingState(run3) });
      else if (!done.includes(run3)) done.push(run3);
    }
  }
  if (pending.length === 0) return { state: "ready", done, pending };
  const started = options.startedAt === null ? NaN : Date.parse(options.startedAt);
  const waited = (Date.parse(options.now) - started) / 6e4;
  if (Number.isFinite(waited) && waited >= options.timeoutMinutes)
    return { state: "timed-out", done, pending };
  const running = runs.some((run3) => ACTIVE.has(run3.status));
  const stalled = options.workflows.length > 0 && runs.length > 0 && !running && pending.every((workflow) => workflow.state === "not started");
  return { state: stalled ? "stalled" : "waiting", done, pending };
}

// src/github/github-api-error.ts
var ISSUES = {
  name: "issues",
  needs: 'read its issues (it needs the "issues: read" permission)'
};
var isFailedRequest = (error3) => error3 instanceof Error && typeof error3.status === "number";
function advice(failure, subject) {
  const { status } = failure;
  const headers = failure.response?.headers;
  if ((status === 403 || status === 429) && String(headers?.["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers?.["x-ratelimit-reset"]);
    const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1e3).toISOString()}` : "";
    return `the API rate limit is exhausted${at}`;
  }
  if ((status === 403 || status === 429) && /\bsecondary rate\b/i.test(failure.message))
    return "GitHub's secondary rate limit was hit; try again in a few minutes";
  if (status === 401) return "the token was refused (missing, expired or revoked)";
  if (status === 403) return `the token may not ${subject.needs}`;
  if (status === 404)
    return "no such repository, or the token cannot see it (a private repository needs a token with access)";
  if (status === 410)
    return subject === ISSUES ? "issues are disabled on this repository" : "it is gone or disabled";
  if (status >= 500) return "GitHub could not answer; try again later";
  return "the request was refused";
}
var GitHubApiError = class _GitHubApiError extends Error {
  constructor(repository, status, reason, options) {
    super(
      `GitHub API: ${status ?? "request failed"} on ${repository} ${options?.subject ?? ISSUES.name}: ${reason}`,
      options
    );
    this.repository = repository;
    this.status = status;
  }
  repository;
  status;
  name = "GitHubApiError";
  /**
   * Wraps what an Octokit call threw: a `RequestError` (it has a `status`) becomes a `GitHubApiError`; a failure
   * without status (a network error) becomes one with `status` null. The original stays as `cause`. `subject`
   * names what was asked for and the permission a 403 points to (issues when not given).
   */
  static from(error3, repository, subject = ISSUES) {
    if (error3 instanceof _GitHubApiError) return error3;
    if (isFailedRequest(error3)) {
      const detail = error3.message.split(" - ")[0]?.trim();
      const said = detail ? ` (GitHub said: ${detail})` : "";
      return new _GitHubApiError(repository, error3.status, `${advice(error3, subject)}${said}`, {
        cause: error3,
        subject: subject.name
      });
    }
    return new _GitHubApiError(repository, null, getErrorMessage(error3), {
      cause: error3,
      subject: subject.name
    });
  }
};

// src/github/artifacts/artifacts-subject.ts
var ARTIFACTS_SUBJECT = {
  name: "workflow artifacts",
  needs: 'read workflow runs and their artifacts (it needs the "actions: read" permission)'
};

// src/github/artifacts/list-head-runs.ts
async function listHeadRuns(client, options) {
  const { owner, repo } = options;
  try {
    const found2 = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      head_sha: options.headSha,
      per_page: 100
    });
    return found2.map((run3) => ({
      id: run3.id,
      name: run3.name ?? "",
      path: run3.path,
      status: run3.status ?? "queued",
      conclusion: run3.conclusion,
      event: run3.event,
      createdAt: run3.created_at
    })).sort((a, b) => b.id - a.id);
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, ARTIFACTS_SUBJECT);
  }
}

// src/github/api-subjects.ts
var API_SUBJECTS = {
  checkRuns: {
    name: "check runs",
    needs: 'write check runs (it needs the "checks: write" permission; a pull request from a fork gets a read-only token)'
  },
  checkRunsRead: {
    name: "check runs",
    needs: 'read check runs (it needs the "checks: read" permission)'
  },
  comments: {
    name: "pull request comments",
    needs: 'comment on pull requests (it needs the "pull-requests: write" permission; a pull request from a fork gets a read-only token)'
  },
  pullRequests: {
    name: "pull requests",
    needs: 'read pull requests (it needs the "pull-requests: read" permission)'
  },
  contents: {
    name: "repository contents",
    needs: 'read the repository (it needs the "contents: read" permission)'
  }
};

// src/github/bot-comments.ts
async function listBotComments(client, options) {
  const { owner, repo } = options;
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: options.issueNumber,
      per_page: 100
    });
    return comments.filter(
      (comment) => comment.user?.type === "Bot" && (options.appId === void 0 || comment.performed_via_github_app?.id === options.appId)
    ).map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      url: comment.html_url,
      createdAt: comment.created_at
    }));
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.comments);
  }
}

// src/github/annotations-marker.ts
import { createHash as createHash2 } from "node:crypto";
var ANNOTATIONS_MARKER = /<!-- gonogo:annotations:[0-9a-f]{16} -->/;
function annotationsMarker(annotations) {
  const hash = createHash2("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
  return `<!-- gonogo:annotations:${hash} -->`;
}

// src/github/find-check-runs.ts
async function findCheckRuns(client, options) {
  const { data } = await client.rest.checks.listForRef({
    owner: options.owner,
    repo: options.repo,
    ref: options.sha,
    check_name: options.name,
    filter: "latest",
    per_page: 100
  });
  return data.check_runs.filter((run3) => run3.name === options.name).sort((a, b) => b.id - a.id).map((run3) => ({
    id: run3.id,
    url: run3.html_url ?? run3.url,
    status: run3.status,
    conclusion: run3.conclusion,
    marker: ANNOTATIONS_MARKER.exec(run3.output.text ?? "")?.[0] ?? null,
    annotationsCount: run3.output.annotations_count ?? 0,
    text: run3.output.text ?? "",
    startedAt: run3.started_at ?? null
  }));
}

// src/github/import-github-issues.ts
async function importGithubIssues(octokit, options) {
  const { owner, repo } = options;
  const repository = `${owner}/${repo}`;
  let issues;
  try {
    issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: options.state ?? "open",
      per_page: 100
    });
  } catch (error3) {
    throw GitHubApiError.from(error3, repository);
  }
  return restIssuesReport(issues, `github:${repository}`, "github-api", {
    labels: options.labels ?? DEFAULT_LABEL_CONVENTIONS
  });
}

// src/core/publish/utf8-length.ts
function utf8Length(text9) {
  let bytes = 0;
  for (const char of text9) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
  }
  return bytes;
}

// src/core/publish/fit-utf8.ts
function headOf(text9, maxBytes) {
  let bytes = 0;
  let end = 0;
  for (const char of text9) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text9.slice(0, end);
}
function fitUtf8(text9, maxBytes, note) {
  if (utf8Length(text9) <= maxBytes) return text9;
  const tail = `

${note}`;
  const room = maxBytes - utf8Length(tail);
  if (room <= 0) return headOf(note, maxBytes);
  const head = headOf(text9, room);
  const line6 = head.lastIndexOf("\n");
  const cut3 = line6 > head.length * 0.75 ? head.slice(0, line6) : head;
  return `${cut3.trimEnd()}${tail}`;
}

// src/github/check-run-output.ts
var MAX_TITLE2 = 255;
var MAX_BYTES = 65535;
function checkRunOutput(options) {
  const title = options.title.trim() || "gonogo";
  const notes = options.notes.length ? `

${options.notes.join("\n\n")}` : "";
  const summaryRoom = MAX_BYTES - utf8Length(notes);
  const summary = fitUtf8(
    // GitHub refuses an empty summary.
    options.summary.trim() ? options.summary : title,
    summaryRoom,
    "\u2026cut here: GitHub keeps at most 65,535 bytes of a check run summary."
  );
  const text9 = options.text ? `${options.marker}
${options.text}` : options.marker;
  return {
    title: title.length > MAX_TITLE2 ? `${title.slice(0, MAX_TITLE2 - 1)}\u2026` : title,
    summary: `${summary}${notes}`,
    text: fitUtf8(text9, MAX_BYTES, "\u2026cut here: GitHub keeps at most 65,535 bytes of a check run text.")
  };
}

// src/github/close-superseded-run.ts
async function closeSupersededRun(client, options) {
  try {
    await client.rest.checks.update({
      owner: options.owner,
      repo: options.repo,
      check_run_id: options.id,
      status: "completed",
      conclusion: "cancelled",
      output: {
        title: "Superseded",
        summary: `An interrupted run, superseded by ${options.replacementUrl}`,
        text: "Superseded."
      }
    });
    return options.id;
  } catch {
    return null;
  }
}

// src/github/plan-check-run.ts
function planCheckRun(runs, wanted) {
  const run3 = runs.find((candidate) => candidate.marker !== null);
  if (!run3) return { kind: "create", supersede: null };
  const open = run3.status !== "completed";
  if (!open && run3.conclusion !== wanted.conclusion) return { kind: "create", supersede: null };
  if (run3.marker === wanted.marker && run3.annotationsCount <= wanted.count)
    return { kind: "update", run: run3, from: run3.annotationsCount };
  if (run3.annotationsCount === 0) return { kind: "update", run: run3, from: 0 };
  return { kind: "create", supersede: open ? run3 : null };
}

// src/github/prepare-annotations.ts
var MAX_TITLE3 = 255;
var MAX_BODY_BYTES = 64e3;
function repositoryPath(path) {
  const posix2 = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (!posix2 || posix2.startsWith("/") || /^[A-Za-z]:/.test(posix2)) return null;
  if (posix2.split("/").includes("..")) return null;
  return posix2;
}
function clean(annotation) {
  const path = repositoryPath(annotation.path);
  const start = Math.floor(annotation.start_line);
  if (path === null || !Number.isFinite(start)) return null;
  const startLine = Math.max(1, start);
  const end = Math.floor(annotation.end_line);
  const title = annotation.title?.trim();
  return {
    path,
    start_line: startLine,
    end_line: Number.isFinite(end) ? Math.max(startLine, end) : startLine,
    annotation_level: annotation.annotation_level,
    ...title ? { title: title.length > MAX_TITLE3 ? `${title.slice(0, MAX_TITLE3 - 1)}\u2026` : title } : {},
    // GitHub refuses an annotation without a message.
    message: fitUtf8(annotation.message || title || annotation.annotation_level, MAX_BODY_BYTES, "\u2026"),
    ...annotation.raw_details ? { raw_details: fitUtf8(annotation.raw_details, MAX_BODY_BYTES, "\u2026") } : {}
  };
}
function prepareAnnotations(annotations, cap) {
  const valid = annotations.map(clean).filter((annotation) => annotation !== null);
  return {
    annotations: valid.slice(0, cap),
    beyondCap: Math.max(0, valid.length - cap),
    invalid: annotations.length - valid.length
  };
}

// src/github/start-check-run.ts
async function startCheckRun(client, options) {
  const { owner, repo } = options;
  const output = () => checkRunOutput({
    title: options.title,
    summary: options.summary,
    marker: annotationsMarker([]),
    notes: []
  });
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const newest = runs.find((run3) => run3.marker !== null);
    if (newest && newest.status !== "completed") {
      if (options.refresh && newest.annotationsCount === 0)
        await client.rest.checks.update({ owner, repo, check_run_id: newest.id, output: output() });
      return { id: newest.id, url: newest.url, created: false, startedAt: newest.startedAt };
    }
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: options.name,
      head_sha: options.headSha,
      status: "in_progress",
      output: output()
    });
    const url = data.html_url ?? data.url;
    const after = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const ours = after.filter((run3) => run3.marker !== null && run3.status !== "completed");
    const keep = ours[0]?.id ?? data.id;
    for (const run3 of ours)
      if (run3.id !== keep && run3.annotationsCount === 0)
        await closeSupersededRun(client, { owner, repo, id: run3.id, replacementUrl: url });
    const kept = after.find((run3) => run3.id === keep);
    return {
      id: keep,
      url: kept?.url ?? url,
      created: keep === data.id,
      startedAt: kept?.startedAt ?? data.started_at ?? null
    };
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.checkRuns);
  }
}

// src/github/publish-check-run.ts
var MAX_ANNOTATIONS = 200;
var BATCH = 50;
var chunks = (items) => {
  const out = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out.length ? out : [[]];
};
function omissionNotes(beyondCap, invalid) {
  const notes = [];
  if (beyondCap > 0)
    notes.push(
      `> ${beyondCap} more ${beyondCap === 1 ? "place is" : "places are"} not annotated: gonogo annotates at most ${MAX_ANNOTATIONS}, the most important first.`
    );
  if (invalid > 0)
    notes.push(
      `> ${invalid} ${invalid === 1 ? "finding has" : "findings have"} no repository path or line, so ${invalid === 1 ? "it is" : "they are"} not annotated.`
    );
  return notes;
}
async function publishCheckRun(client, options) {
  const { owner, repo } = options;
  const prepared = prepareAnnotations(options.annotations, MAX_ANNOTATIONS);
  const marker2 = annotationsMarker(prepared.annotations);
  const output = checkRunOutput({
    title: options.title,
    summary: options.summary,
    ...options.text === void 0 ? {} : { text: options.text },
    marker: marker2,
    notes: omissionNotes(prepared.beyondCap, prepared.invalid)
  });
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const plan = planCheckRun(runs, {
      marker: marker2,
      count: prepared.annotations.length,
      conclusion: options.conclusion
    });
    const batches = chunks(prepared.annotations.slice(plan.kind === "update" ? plan.from : 0));
    const details = {
      ...options.detailsUrl ? { details_url: options.detailsUrl } : {},
      ...options.actions?.length ? { actions: options.actions.slice(0, 3).map((action) => ({ ...action })) } : {}
    };
    let run3 = plan.kind === "update" ? { id: plan.run.id, url: plan.run.url } : null;
    for (const [index3, batch] of batches.entries()) {
      const last = index3 === batches.length - 1;
      const body = {
        output: { ...output, ...batch.length ? { annotations: batch } : {} },
        ...last ? { status: "completed", conclusion: options.conclusion, ...details } : {}
      };
      if (run3 === null) {
        const { data } = await client.rest.checks.create({
          owner,
          repo,
          name: options.name,
          head_sha: options.headSha,
          ...details,
          ...last ? {} : { status: "in_progress" },
          ...body
        });
        run3 = { id: data.id, url: data.html_url ?? data.url };
      } else {
        await client.rest.checks.update({ owner, repo, check_run_id: run3.id, ...body });
      }
    }
    if (run3 === null) throw new Error("unreachable: a check run is always written");
    const stale = plan.kind === "create" ? plan.supersede : null;
    const superseded = stale ? await closeSupersededRun(client, { owner, repo, id: stale.id, replacementUrl: run3.url }) : null;
    return {
      id: run3.id,
      url: run3.url,
      created: plan.kind === "create",
      annotationsSent: prepared.annotations.length,
      annotationsOmitted: prepared.beyondCap + prepared.invalid,
      superseded
    };
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.checkRuns);
  }
}

// src/github/read-repository-rules.ts
import { posix } from "node:path";
import { load as load2 } from "js-yaml";

// src/cli/file-rules-loader.ts
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/rules/parse-rules-file.ts
import { load, YAMLException } from "js-yaml";

// src/core/rules/rules-schema.ts
import * as z19 from "zod";
var globs = z19.union([z19.string().min(1), z19.array(z19.string().min(1))]);
var severity4 = z19.enum(SEVERITIES);
var priority = z19.enum(PRIORITIES);
var percent = z19.union([
  z19.number().min(0).max(100),
  z19.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a percentage such as 80 or "80%"')
]);
var count4 = z19.number().int().min(0);
var moduleRefs = z19.union([z19.literal("critical"), z19.array(z19.string().min(1))]);
var coverageCheck = z19.strictObject({
  metric: z19.enum(["lines", "branches"]).optional().describe("What to measure (default lines)."),
  min: percent.optional().describe("Minimum coverage in percent."),
  "max-drop": z19.number().min(0).max(100).optional().describe(
    "Most percentage points overall coverage may drop against the base report (--base-coverage)."
  ),
  scope: z19.enum(["all", "patch"]).optional().describe("All coverable lines, or only lines the diff changes."),
  modules: moduleRefs.optional().describe("Check each named module on its own; `critical` means every module marked critical."),
  "min-changed-lines": count4.optional().describe(
    'Patch scope: below this many changed coverable lines the gate reports "not enough changed lines".'
  )
}).describe("Coverage of the merged coverage reports.");
var perSeverity = z19.strictObject(
  Object.fromEntries(SEVERITIES.map((name) => [name, count4.optional()]))
).describe("Most findings allowed at each listed severity, e.g. { critical: 0, high: 0, medium: 5 }.");
var sastCheck = z19.strictObject({
  severity: severity4.optional().describe("Count findings of this severity or worse (default high)."),
  max: z19.union([count4, perSeverity], {
    error: "expected a count, or a limit per severity such as { high: 0, medium: 5 }"
  }).optional().describe("Most findings allowed (default 0), or a limit per severity (then leave out `severity`)."),
  scope: z19.enum(["all", "new", "changed-files"]).optional().describe(
    "All open findings; only new ones (absent from --base-sast, else on lines the diff adds or changes); or those in files the diff touches (default all)."
  ),
  "min-confidence": z19.enum(["high", "medium", "low"]).optional().describe("Leave out findings the tool rates below this confidence (unrated findings always count)."),
  "allow-incomplete": z19.boolean().optional().describe("Accept scanner runs that did not complete (default false)."),
  tools: z19.array(z19.string().min(1)).optional().describe("Only findings of these tools (case-insensitive).")
}).describe("Open, unsuppressed, unwaived SAST findings.");
var issuesCheck = z19.strictObject({
  state: z19.enum(["open", "closed", "any"]).optional().describe("Item state (default open)."),
  priority: z19.union([priority, z19.array(priority)]).optional().describe('A priority means "this or more urgent"; a list means exactly those.'),
  severity: severity4.optional().describe("This severity or worse."),
  overdue: z19.boolean().optional().describe("Only items whose due date has passed."),
  modules: moduleRefs.optional().describe("Only items of these modules."),
  labels: z19.array(z19.string().min(1)).optional().describe("Only items carrying one of these labels."),
  max: count4.optional().describe("Most items allowed (default 0).")
}).describe("Tracked items (issues and checklist items) matching a filter.");
var checklistCheck = z19.strictObject({
  file: globs.optional().describe("Only checklists read from files matching these globs."),
  section: z19.string().min(1).optional().describe("Only items under a heading with this text (case-insensitive)."),
  "min-done": percent.describe("Minimum share of items done, in percent.")
}).describe("Completion of markdown checklists.");
var todosCheck = z19.strictObject({
  scope: z19.enum(["all", "new"]).optional(),
  max: count4.optional()
}).describe("TODO/FIXME comments.");
var gate = z19.strictObject({
  id: z19.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id such as "coverage-overall"').describe("Unique id; a gate with the id of an inherited gate overrides it."),
  level: z19.enum(["block", "warn", "info", "off"]).optional().describe(
    "block \u2192 no-go on failure, warn \u2192 go-with-warnings, info \u2192 shown only, off \u2192 removed (default block)."
  ),
  description: z19.string().optional(),
  "if-missing": z19.enum(["fail", "skip"]).optional().describe("When the gate input is configured but missing or empty: fail (default) or skip."),
  coverage: coverageCheck.optional(),
  sast: sastCheck.optional(),
  issues: issuesCheck.optional(),
  checklist: checklistCheck.optional(),
  todos: todosCheck.optional()
});
var moduleDef = z19.strictObject({
  paths: z19.array(z19.string().min(1)).min(1).describe("Globs of repo-relative paths."),
  critical: z19.boolean().optional()
});
var waiver = z19.strictObject({
  gate: z19.string().optional().describe("Only for this gate id."),
  match: z19.string().min(1).describe("A fingerprint, a rule id, `rule:path-glob`, or a path glob."),
  reason: z19.string().min(1),
  owner: z19.string().min(1).optional().describe("Who accepted the risk (shown in the report)."),
  expires: z19.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD").optional().describe("Last day the waiver applies.")
});
var weight = z19.number().min(0);
var patterns = z19.array(z19.string().min(1)).describe(
  "Regular expressions matched against whole labels, case-insensitive; the first group is the value."
);
var labelConventions = z19.strictObject({
  priority: patterns.optional().describe('Labels carrying a priority, e.g. "^P([0-4])$" (tried before the defaults).'),
  severity: patterns.optional().describe('Labels carrying a severity, e.g. "^severity/(.+)$".'),
  module: patterns.optional().describe('Labels naming a module, e.g. "^area/(.+)$".'),
  blocking: patterns.optional().describe('Labels that mark a release blocker, e.g. "^blocker$".')
}).describe(
  "How tracker labels carry priority, severity, module and blocking; the defaults are always tried after."
);
var fileTracker = z19.strictObject({ file: globs.describe("Markdown checklists or issue exports (globs).") });
var labelPattern = z19.union([z19.string().min(1), z19.array(z19.string().min(1))]);
var githubTracker = z19.strictObject({
  github: z19.strictObject({
    repo: z19.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name").optional().describe("owner/name; default: the repository the Action or App runs for."),
    state: z19.enum(["open", "all"]).optional().describe("Which issues to read (default all: closed ones count as done)."),
    "priority-labels": labelPattern.optional(),
    "severity-labels": labelPattern.optional(),
    "module-labels": labelPattern.optional(),
    "blocking-labels": labelPattern.optional()
  }).describe("The issues of a GitHub repository, read through the API by the Action and the App.")
});
var days = z19.number().int().positive();
var risk = z19.strictObject({
  "sla-days": z19.strictObject({
    P0: days.optional(),
    P1: days.optional(),
    P2: days.optional(),
    P3: days.optional(),
    P4: days.optional()
  }).optional().describe("Days an item may stay open per priority when it has no due date (default 7/30/90/120/180).")
}).describe("Risk scoring of open tracked items.");
var rulesFileSchema = z19.strictObject({
  $schema: z19.string().optional(),
  _extends: z19.string().regex(
    /^(?:[\w.-]+\/)?[\w.-]+(?::[^\s:]+)?$/,
    "expected repo, owner/repo or owner/repo:path/to/file.yml"
  ).optional().describe(
    "For the App: the rules of another repository to build on (`repo`, `owner/repo`, `owner/repo:path`; `.github` is the organization\u2019s), read from its default branch."
  ),
  app: z19.strictObject({
    workflows: z19.array(z19.string().min(1)).optional().describe(
      "Workflows (names or files) whose runs for the commit the App waits for; default: every run."
    ),
    artifacts: z19.array(z19.string().min(1)).optional().describe("Artifact names (globs) the App reads reports from; default: every artifact."),
    "timeout-minutes": z19.number().int().positive().optional().describe('Minutes to wait for the workflows before concluding "action required" (default 60).')
  }).optional().describe("How the GitHub App finds the reports of a commit."),
  todos: z19.strictObject({
    keywords: z19.array(z19.string().regex(/^[\p{L}\p{N}_-]+$/u, "expected a word such as TODO")).min(1).optional().describe("Words that mark a TODO (default TODO, FIXME, HACK, XXX, BUG), matched as whole words."),
    "case-sensitive": z19.boolean().optional().describe('Match the keywords\u2019 case exactly (default true: "Todo list" and "todos" are prose).'),
    exclude: z19.array(z19.string().min(1)).optional().describe(
      "Globs of files never scanned, besides .gitignore\u2019d, vendored, generated, minified and binary files."
    ),
    labels: z19.array(z19.string().min(1).max(50)).optional().describe("Labels put on every TODO issue, besides `todo` and those of the TODO\u2019s metadata."),
    "max-new-issues": z19.number().int().min(0).optional().describe("Most issues one run opens (default 25); the rest wait for the next runs."),
    issues: z19.enum(["off", "dry-run", "on"]).optional().describe(
      "For the App: keep one issue per TODO of the default branch on each push (default off). The Action uses its `todo-issues` input."
    )
  }).optional().describe("TODO/FIXME comments: what counts, what is scanned, and their issues."),
  extends: z19.union([z19.string().min(1), z19.array(z19.string().min(1))]).optional().describe("Presets (recommended, mvp-plus, production-readiness) or paths relative to this file."),
  inputs: z19.strictObject({
    coverage: globs.optional(),
    sast: globs.optional(),
    trackers: z19.union([z19.string().min(1), z19.array(z19.union([z19.string().min(1), fileTracker, githubTracker]))]).optional().describe(
      "Tracker files (globs), `{ file: \u2026 }` entries, and `{ github: { \u2026 } }` for the repository\u2019s issues."
    ),
    "path-mappings": z19.array(z19.string().min(1)).optional().describe(
      'Coverage path rewrites "before::after", applied before matching report paths to repository files.'
    ),
    "max-unresolved-paths": z19.number().min(0).max(100).optional().describe(
      "Coverage gates fail when more than this percent of report files match no repository file (default 50)."
    ),
    labels: labelConventions.optional()
  }).optional().describe("Report globs, relative to the repository root."),
  risk: risk.optional(),
  modules: z19.record(z19.string().regex(/^[A-Za-z0-9_.-]+$/), moduleDef).optional(),
  gates: z19.array(gate).optional(),
  readiness: z19.strictObject({
    go: z19.strictObject({ "min-score": z19.number().min(0).max(100).optional() }).optional(),
    weights: z19.strictObject({
      coverage: weight.optional(),
      security: weight.optional(),
      issues: weight.optional(),
      checklist: weight.optional()
    }).optional()
  }).optional(),
  waivers: z19.array(waiver).optional()
}).describe("gonogo gating rules");

// src/core/rules/schema-keys-at.ts
var defOf = (schema) => schema._zod.def;
function schemasAt(schema, path) {
  const def = defOf(schema);
  if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) {
    return schemasAt(def.innerType, path);
  }
  if (def.type === "union" && def.options) return def.options.flatMap((option) => schemasAt(option, path));
  if (path.length === 0) return [schema];
  const [head, ...rest] = path;
  if (def.type === "object" && def.shape && typeof head === "string" && def.shape[head]) {
    return schemasAt(def.shape[head], rest);
  }
  if (def.type === "array" && def.element && typeof head === "number") return schemasAt(def.element, rest);
  if (def.type === "record" && def.valueType) return schemasAt(def.valueType, rest);
  return [];
}
function schemaKeysAt(schema, path) {
  return schemasAt(schema, path).flatMap((found2) => Object.keys(defOf(found2).shape ?? {}));
}

// src/core/rules/suggest-nearest.ts
import { distance } from "fastest-levenshtein";
function suggestNearest(word, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return best !== null && bestDistance <= allowed && bestDistance < word.length ? best : null;
}

// src/core/rules/parse-rules-file.ts
function placeOf(name, location) {
  if (!location) return `${name}: `;
  return `${name}:${location.line}${location.column ? `:${location.column}` : ""}: `;
}
function describeIssue2(issue) {
  const path = [...issue.path];
  const at = formatPath(path);
  if (issue.code === "unrecognized_keys") {
    const key2 = issue.keys[0] ?? "";
    const known = schemaKeysAt(rulesFileSchema, path);
    const suggestion = suggestNearest(key2, known);
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : known.length ? ` (valid keys: ${known.join(", ")})` : "";
    return {
      message: `${at ? `${at}: ` : ""}unknown key "${key2}"${hint}`,
      preferKey: true,
      path: [...path, key2]
    };
  }
  if (issue.code === "invalid_value" && "values" in issue) {
    const values = issue.values.map(String);
    const suggestion = suggestNearest(String(issue.input ?? ""), values);
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
    return { message: `${at}: expected one of ${values.join(", ")}${hint}`, preferKey: false, path };
  }
  if (issue.input === void 0 && path.length > 0) {
    const parent = formatPath(path.slice(0, -1));
    return {
      message: `${parent ? `${parent}: ` : ""}required key "${String(path.at(-1))}" missing`,
      preferKey: true,
      path: path.slice(0, -1)
    };
  }
  if (issue.code === "invalid_union" && !/^Invalid input/.test(issue.message)) {
    return { message: `${at}: ${issue.message}`, preferKey: false, path };
  }
  if (issue.code === "invalid_union") {
    const expected = issue.errors.flat().map((inner) => inner.message.replace(/^Invalid input: /, "").replace(/, received \w+$/, "")).filter((message4, index3, all) => all.indexOf(message4) === index3);
    return { message: `${at}: ${expected.join(", or ")}`, preferKey: false, path };
  }
  const message3 = issue.message.replace(/^Invalid input: /, "");
  return { message: `${at || "rules"}: ${message3}`, preferKey: false, path };
}
function parseRulesFile(source) {
  let raw;
  if (/^\s*$/.test(source.text.replace(/^\s*#.*$/gm, ""))) {
    throw new ConfigError(`${source.name}: empty rules file (start with "extends: recommended")`);
  }
  try {
    raw = load(source.text, { filename: source.name });
  } catch (error3) {
    if (error3 instanceof YAMLException) {
      const mark = error3.mark;
      const location = mark ? { line: mark.line + 1, column: mark.column + 1 } : void 0;
      throw new ConfigError(`${placeOf(source.name, location)}invalid YAML: ${error3.reason}`);
    }
    throw error3;
  }
  if (raw === null || raw === void 0 || raw === "") {
    throw new ConfigError(`${source.name}: empty rules file (start with "extends: recommended")`);
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError(
      `${source.name}:1:1: expected a mapping of rules (keys such as extends, gates, modules)`
    );
  }
  const result7 = rulesFileSchema.safeParse(raw, { reportInput: true });
  if (result7.success) return result7.data;
  const issues = [...result7.error.issues].sort(
    (a, b) => Number(b.code === "unrecognized_keys") - Number(a.code === "unrecognized_keys")
  );
  const first = issues[0];
  if (!first) throw new ConfigError(`${source.name}: invalid rules`);
  const { message: message3, preferKey, path } = describeIssue2(first);
  const others = issues.length - 1;
  const more = others > 0 ? ` (and ${others} more ${others === 1 ? "problem" : "problems"})` : "";
  throw new ConfigError(
    `${placeOf(source.name, locateYamlPath(source.text, path, preferKey))}${message3}${more}`
  );
}

// src/core/rules/check-gate-entries.ts
var CHECK_KEYS = ["coverage", "sast", "issues", "checklist", "todos"];
function checkGateEntries(file, source) {
  const seen = /* @__PURE__ */ new Set();
  (file.gates ?? []).forEach((gate2, index3) => {
    const at = (key2) => placeOf(source.name, locateYamlPath(source.text, key2 ? ["gates", index3, key2] : ["gates", index3], true));
    if (seen.has(gate2.id))
      throw new ConfigError(`${at("id")}gates[${index3}]: duplicate gate id "${gate2.id}"`);
    seen.add(gate2.id);
    const checks = CHECK_KEYS.filter((key2) => gate2[key2] !== void 0);
    if (checks.length > 1) {
      throw new ConfigError(
        `${at(checks[1])}gates[${index3}] (${gate2.id}): one check per gate, found ${checks.join(" and ")}; split it into two gates`
      );
    }
  });
}

// src/core/rules/merge-rules-files.ts
var CHECK_KEYS2 = ["coverage", "sast", "issues", "checklist", "todos"];
function hasCheck(gate2) {
  return CHECK_KEYS2.some((key2) => gate2[key2] !== void 0);
}
function mergeGates(base, over) {
  const merged = [...base];
  for (const gate2 of over) {
    const index3 = merged.findIndex((existing) => existing.id === gate2.id);
    if (index3 === -1) {
      merged.push(gate2);
      continue;
    }
    const inherited = merged[index3];
    merged[index3] = hasCheck(gate2) ? gate2 : { ...inherited, ...gate2 };
  }
  return merged;
}
function mergeRulesFiles(base, over) {
  return {
    inputs: { ...base.inputs, ...over.inputs },
    risk: { "sla-days": { ...base.risk?.["sla-days"], ...over.risk?.["sla-days"] } },
    modules: { ...base.modules, ...over.modules },
    gates: mergeGates(base.gates ?? [], over.gates ?? []),
    readiness: {
      go: { ...base.readiness?.go, ...over.readiness?.go },
      weights: { ...base.readiness?.weights, ...over.readiness?.weights }
    },
    waivers: [...base.waivers ?? [], ...over.waivers ?? []],
    app: { ...base.app, ...over.app },
    todos: { ...base.todos, ...over.todos }
  };
}

// src/core/todos/todo-options.ts
var DEFAULT_TODO_KEYWORDS = ["TODO", "FIXME", "HACK", "XXX", "BUG"];

// src/core/rules/rules.ts
var DEFAULT_WEIGHTS = {
  coverage: 30,
  security: 30,
  issues: 25,
  checklist: 15
};

// src/core/rules/prepend-label-patterns.ts
var KINDS2 = ["priority", "severity", "module", "blocking"];
function prependLabelPatterns(base, patterns2, placeOf2) {
  const compile = (kind) => (patterns2[kind] ?? []).map((pattern, index3) => {
    try {
      return new RegExp(pattern, "i");
    } catch (error3) {
      const cause = getErrorMessage(error3).replace(/^Invalid regular expression: \/.*\/\w*: /, "");
      throw new ConfigError(`${placeOf2(kind, index3)}: invalid regular expression: ${cause}`);
    }
  });
  return Object.fromEntries(KINDS2.map((kind) => [kind, [...compile(kind), ...base[kind]]]));
}

// src/core/rules/normalize-rules.ts
var toList = (value) => value === void 0 ? [] : typeof value === "string" ? [value] : [...value];
function percentOf2(value) {
  return typeof value === "number" ? value : Number.parseFloat(value);
}
function prioritiesOf(value) {
  if (value === void 0) return null;
  if (typeof value !== "string") return [...value];
  return PRIORITIES.slice(0, PRIORITIES.indexOf(value) + 1);
}
function normalizeRules(file, root, sources) {
  const modules = {};
  for (const [name, module] of Object.entries(file.modules ?? {})) {
    modules[name] = { paths: module.paths, critical: module.critical ?? false };
  }
  const fail2 = (gateId, key2, message3) => {
    for (const { source, file: written } of [...sources].reverse()) {
      const index3 = (written.gates ?? []).findIndex((gate2) => gate2.id === gateId);
      if (index3 !== -1) {
        throw new ConfigError(
          `${placeOf(source.name, locateYamlPath(source.text, ["gates", index3, ...key2]))}${message3}`
        );
      }
    }
    throw new ConfigError(`${root.name}: ${message3}`);
  };
  const moduleSelector = (gate2, kind, value) => {
    if (value === void 0) return null;
    if (value === "critical") return "critical";
    const names = value;
    names.forEach((name, index3) => {
      if (modules[name]) return;
      const suggestion = suggestNearest(name, Object.keys(modules));
      const known = Object.keys(modules);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : known.length ? ` (defined: ${known.join(", ")})` : ' (no modules are defined: add a "modules" section)';
      fail2(gate2.id, [kind, "modules", index3], `gate ${gate2.id}: unknown module "${name}"${hint}`);
    });
    return names;
  };
  const labelConventionsOf = (labels2) => prependLabelPatterns(DEFAULT_LABEL_CONVENTIONS, labels2, (kind, index3) => {
    const pattern = labels2[kind]?.[index3];
    const owner = sources.find(
      ({ file: written }) => pattern === void 0 ? false : written.inputs?.labels?.[kind]?.includes(pattern)
    ) ?? { source: root };
    const location = locateYamlPath(owner.source.text, ["inputs", "labels", kind, index3]);
    return `${placeOf(owner.source.name, location)}inputs.labels.${kind}[${index3}]`;
  });
  const checkOf = (gate2) => {
    if (gate2.coverage) {
      const c2 = gate2.coverage;
      if (c2.min === void 0 && c2["max-drop"] === void 0) {
        fail2(gate2.id, ["coverage"], `gate ${gate2.id}: a coverage check needs "min" or "max-drop"`);
      }
      if (c2["max-drop"] !== void 0 && (c2.scope === "patch" || c2.modules !== void 0)) {
        fail2(
          gate2.id,
          ["coverage", "max-drop"],
          `gate ${gate2.id}: "max-drop" compares overall coverage; put it in a gate without scope: patch or modules`
        );
      }
      return {
        kind: "coverage",
        metric: c2.metric ?? "lines",
        min: c2.min === void 0 ? null : percentOf2(c2.min),
        maxDrop: c2["max-drop"] ?? null,
        scope: c2.scope ?? "all",
        modules: moduleSelector(gate2, "coverage", c2.modules),
        minChangedLines: c2["min-changed-lines"] ?? 1
      };
    }
    if (gate2.sast) {
      const c2 = gate2.sast;
      const max = c2.max ?? 0;
      if (typeof max === "object" && c2.severity !== void 0) {
        fail2(
          gate2.id,
          ["sast", "severity"],
          `gate ${gate2.id}: "max" already gives a limit per severity; leave out "severity"`
        );
      }
      const limits = typeof max === "number" ? [{ severity: c2.severity ?? "high", max, orWorse: true }] : SEVERITIES.flatMap(
        (severity5) => max[severity5] === void 0 ? [] : [{ severity: severity5, max: max[severity5], orWorse: false }]
      );
      if (limits.length === 0)
        fail2(gate2.id, ["sast", "max"], `gate ${gate2.id}: "max" lists no severity; give at least one limit`);
      return {
        kind: "sast",
        limits,
        scope: c2.scope ?? "all",
        minConfidence: c2["min-confidence"] ?? null,
        allowIncomplete: c2["allow-incomplete"] ?? false,
        tools: c2.tools ?? null
      };
    }
    if (gate2.issues) {
      const c2 = gate2.issues;
      return {
        kind: "issues",
        state: c2.state ?? "open",
        priorities: prioritiesOf(c2.priority),
        severity: c2.severity ?? null,
        overdue: c2.overdue ?? false,
        modules: moduleSelector(gate2, "issues", c2.modules),
        labels: c2.labels ?? null,
        max: c2.max ?? 0
      };
    }
    if (gate2.checklist) {
      const c2 = gate2.checklist;
      return {
        kind: "checklist",
        files: c2.file === void 0 ? null : toList(c2.file),
        section: c2.section ?? null,
        minDone: percentOf2(c2["min-done"])
      };
    }
    if (gate2.todos) return { kind: "todos", scope: gate2.todos.scope ?? "all", max: gate2.todos.max ?? 0 };
    return fail2(
      gate2.id,
      ["id"],
      `gate ${gate2.id}: no check and no inherited gate of that id; add one of coverage, sast, issues, checklist, todos`
    );
  };
  const gates = [];
  for (const gate2 of file.gates ?? []) {
    if (gate2.level === "off") continue;
    gates.push({
      id: gate2.id,
      level: gate2.level ?? "block",
      description: gate2.description ?? null,
      ifMissing: gate2["if-missing"] ?? "fail",
      check: checkOf(gate2)
    });
  }
  const gateIds = (file.gates ?? []).map((gate2) => gate2.id);
  const waivers = (file.waivers ?? []).map((waiver2, index3) => {
    if (waiver2.gate !== void 0 && !gateIds.includes(waiver2.gate)) {
      const suggestion = suggestNearest(waiver2.gate, gateIds);
      const owner = sources.find(({ file: written }) => written.waivers?.includes(waiver2)) ?? {
        source: root,
        file
      };
      const at = owner.file.waivers?.indexOf(waiver2) ?? index3;
      const location = locateYamlPath(owner.source.text, ["waivers", at, "gate"]);
      throw new ConfigError(
        `${placeOf(owner.source.name, location)}waivers[${at}]: unknown gate "${waiver2.gate}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`
      );
    }
    return {
      gate: waiver2.gate ?? null,
      match: waiver2.match,
      reason: waiver2.reason,
      owner: waiver2.owner ?? null,
      expires: waiver2.expires ?? null
    };
  });
  const labels = labelConventionsOf(file.inputs?.labels ?? {});
  const trackerEntries = file.inputs?.trackers === void 0 ? [] : [file.inputs.trackers].flat();
  const withLabelPatterns = (base, github, index3) => {
    const written = (kind) => github[`${kind}-labels`];
    const patterns2 = Object.fromEntries(
      ["priority", "severity", "module", "blocking"].map((kind) => [
        kind,
        [written(kind) ?? []].flat().map(String)
      ])
    );
    return prependLabelPatterns(base, patterns2, (kind, at) => {
      const path = ["inputs", "trackers", index3, "github", `${kind}-labels`];
      const place4 = placeOf(root.name, locateYamlPath(root.text, path));
      return `${place4}inputs.trackers[${index3}].github.${kind}-labels${Array.isArray(written(kind)) ? `[${at}]` : ""}`;
    });
  };
  return {
    sources: sources.map(({ source }) => source.name),
    inputs: {
      coverage: toList(file.inputs?.coverage),
      sast: toList(file.inputs?.sast),
      trackers: trackerEntries.flatMap(
        (entry) => typeof entry === "string" ? [entry] : "file" in entry ? toList(entry.file) : []
      ),
      githubTrackers: trackerEntries.flatMap(
        (entry, index3) => typeof entry === "object" && "github" in entry ? [
          {
            repo: entry.github.repo ?? null,
            state: entry.github.state ?? "all",
            labels: withLabelPatterns(labels, entry.github, index3)
          }
        ] : []
      ),
      pathMappings: file.inputs?.["path-mappings"] ?? [],
      maxUnresolvedPaths: file.inputs?.["max-unresolved-paths"] ?? 50,
      labels
    },
    risk: { slaDays: { ...DEFAULT_SLA_DAYS, ...file.risk?.["sla-days"] } },
    modules,
    gates,
    readiness: {
      minScore: file.readiness?.go?.["min-score"] ?? 0,
      weights: { ...DEFAULT_WEIGHTS, ...file.readiness?.weights }
    },
    waivers,
    app: {
      workflows: file.app?.workflows ?? [],
      artifacts: file.app?.artifacts ?? [],
      timeoutMinutes: file.app?.["timeout-minutes"] ?? 60
    },
    todos: {
      keywords: file.todos?.keywords ?? DEFAULT_TODO_KEYWORDS,
      caseSensitive: file.todos?.["case-sensitive"] ?? true,
      exclude: file.todos?.exclude ?? [],
      labels: file.todos?.labels ?? [],
      maxNewIssues: file.todos?.["max-new-issues"] ?? 25,
      issues: file.todos?.issues ?? "off"
    }
  };
}

// src/core/rules/resolve-rules.ts
var EXTENDS_REPOSITORY = "_extends:";
function resolveFile(source, load3, chain) {
  const parsed = parseRulesFile(source);
  checkGateEntries(parsed, source);
  const listed2 = parsed.extends === void 0 ? [] : typeof parsed.extends === "string" ? [{ ref: parsed.extends, path: ["extends"] }] : parsed.extends.map((ref, index3) => ({ ref, path: ["extends", index3] }));
  const refs = [
    ...parsed._extends === void 0 ? [] : [{ ref: `${EXTENDS_REPOSITORY}${parsed._extends}`, path: ["_extends"] }],
    ...listed2
  ];
  let merged = {};
  const sources = [];
  refs.forEach(({ ref, path }) => {
    const at = placeOf(source.name, locateYamlPath(source.text, path));
    let target;
    try {
      target = load3(ref, source);
    } catch (error3) {
      if (error3 instanceof ConfigError) throw new ConfigError(`${at}${path[0]}: ${error3.message}`);
      throw error3;
    }
    const cycle = [...chain, source].findIndex((seen) => seen.id === target.id);
    if (cycle !== -1) {
      const names = [...chain, source].slice(cycle).map((s) => s.name);
      throw new ConfigError(`${at}extends cycle: ${[...names, target.name].join(" \u2192 ")}`);
    }
    const parent = resolveFile(target, load3, [...chain, source]);
    merged = mergeRulesFiles(merged, parent.file);
    sources.push(...parent.sources.filter((p) => !sources.some((known) => known.source.id === p.source.id)));
  });
  return { file: mergeRulesFiles(merged, parsed), sources: [...sources, { source, file: parsed }] };
}
function resolveRules(ref, load3) {
  const root = load3(ref, null);
  const { file, sources } = resolveFile(root, load3, []);
  return normalizeRules(file, root, sources);
}

// src/cli/file-rules-loader.ts
function presetsDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(resolve(dir, "rules", "recommended.yml"))) return resolve(dir, "rules");
    dir = dirname(dir);
  }
  throw new Error("gonogo presets folder (rules/) not found next to the installation");
}
var isPresetName = (ref) => /^[a-z0-9][a-z0-9-]*$/.test(ref);
function readRules(path, name) {
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(`${name}: is a directory, expected a rules file`);
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error3) {
    if (error3 instanceof ConfigError) throw error3;
    const code = error3.code;
    throw new ConfigError(
      `${name}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : error3.message}`
    );
  }
}
function fileRulesLoader(cwd) {
  return (ref, from) => {
    if (ref.startsWith(EXTENDS_REPOSITORY))
      throw new ConfigError(
        "another repository's rules are read by the gonogo App only; here use `extends:` with a preset or a file path"
      );
    const base = from && !from.id.startsWith("preset:") ? dirname(from.id) : from ? presetsDir() : cwd;
    const asPath = resolve(base, ref);
    if (isPresetName(ref) && !(from === null && existsSync(asPath))) {
      const dir = presetsDir();
      const available = readdirSync(dir).filter((file) => file.endsWith(".yml")).map((file) => file.replace(/\.yml$/, ""));
      if (!available.includes(ref)) {
        const suggestion = suggestNearest(ref, available);
        throw new ConfigError(
          `unknown preset "${ref}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; presets: ${available.join(", ")}; a file path needs a "/" or an extension`
        );
      }
      const path = resolve(dir, `${ref}.yml`);
      return { id: `preset:${ref}`, name: `preset ${ref}`, text: readRules(path, `preset ${ref}`) };
    }
    const name = relative(cwd, asPath) || asPath;
    return { id: asPath, name, text: readRules(asPath, name) };
  };
}

// src/github/read-repository-file.ts
async function readRepositoryFile(client, options) {
  const { owner, repo, path } = options;
  const name = `${owner}/${repo}:${path}`;
  try {
    const { data } = await client.rest.repos.getContent({
      owner,
      repo,
      path,
      ...options.ref ? { ref: options.ref } : {}
    });
    if (Array.isArray(data) || data.type !== "file") throw new ConfigError(`${name}: is not a file`);
    if (!("content" in data) || data.encoding !== "base64")
      throw new ConfigError(`${name}: too large to read through the API (over 1 MB)`);
    return Buffer.from(data.content, "base64").toString("utf8").replace(/^\uFEFF/, "");
  } catch (error3) {
    if (error3 instanceof ConfigError) throw error3;
    if (error3.status === 404) return null;
    throw GitHubApiError.from(error3, `${owner}/${repo}`, {
      name: "repository contents",
      needs: 'read its contents (it needs the "contents: read" permission)'
    });
  }
}

// src/github/read-repository-rules.ts
var RULES_PATH = ".github/gonogo.yml";
var MAX_DEPTH2 = 5;
var keyOf3 = (at) => `${at.owner}/${at.repo}:${at.path}`;
var isPresetName2 = (ref) => /^[a-z0-9][a-z0-9-]*$/.test(ref);
function extendsTarget(value, from) {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::(.+))?$/.exec(value);
  if (!match) throw new ConfigError(`"${value}" is not repo, owner/repo or owner/repo:path`);
  const owner = match[1] ?? from.owner;
  const repo = match[2];
  const path = match[3] ?? RULES_PATH;
  const same = owner === from.owner && repo === from.repo;
  return { owner, repo, path, ...same && from.ref ? { ref: from.ref } : {} };
}
function relativeTarget(ref, from) {
  const path = posix.normalize(
    ref.startsWith("/") ? ref.slice(1) : posix.join(posix.dirname(from.path), ref)
  );
  if (path === ".." || path.startsWith("../"))
    throw new ConfigError(`"${ref}" points outside the repository ${from.owner}/${from.repo}`);
  return { ...from, path };
}
function referencesOf(text9, at) {
  let document;
  try {
    document = load2(text9);
  } catch {
    return [];
  }
  if (typeof document !== "object" || document === null) return [];
  const { _extends: base, extends: listed2 } = document;
  const refs = [];
  const add = (target) => {
    try {
      refs.push(target());
    } catch {
    }
  };
  if (typeof base === "string") add(() => extendsTarget(base, at));
  for (const ref of typeof listed2 === "string" ? [listed2] : Array.isArray(listed2) ? listed2 : [])
    if (typeof ref === "string" && !isPresetName2(ref)) add(() => relativeTarget(ref, at));
  return refs;
}
async function prefetch(client, root) {
  const texts = /* @__PURE__ */ new Map();
  let level2 = [root];
  for (let depth = 0; depth <= MAX_DEPTH2 && level2.length > 0; depth++) {
    const fetched = await Promise.all(
      level2.map(async (at) => ({ at, text: await readRepositoryFile(client, at) }))
    );
    const next = /* @__PURE__ */ new Map();
    for (const { at, text: text9 } of fetched) {
      texts.set(keyOf3(at), text9);
      for (const ref of text9 === null ? [] : referencesOf(text9, at)) next.set(keyOf3(ref), ref);
    }
    level2 = [...next.values()].filter((at) => !texts.has(keyOf3(at)));
  }
  return texts;
}
async function readRepositoryRules(client, options) {
  const { owner, repo } = options;
  const root = {
    owner,
    repo,
    path: RULES_PATH,
    ...options.ref ? { ref: options.ref } : {}
  };
  const texts = await prefetch(client, root);
  const presets = fileRulesLoader("/");
  if (texts.get(keyOf3(root)) === null) {
    const rules2 = resolveRules("recommended", presets);
    return { rules: rules2, sources: [`${rules2.sources.join(", ")} (${owner}/${repo} has no ${RULES_PATH})`] };
  }
  const located = /* @__PURE__ */ new Map();
  const sourceOf = (at) => {
    const key2 = keyOf3(at);
    const text9 = texts.get(key2);
    if (text9 === void 0) throw new ConfigError(`${key2}: more than ${MAX_DEPTH2} levels of extends`);
    if (text9 === null) {
      const other = at.owner !== owner || at.repo !== repo;
      const hint = other ? ` (or the App is not installed on ${at.owner}/${at.repo})` : "";
      throw new ConfigError(`${key2}: no such file${hint}`);
    }
    located.set(`github:${key2}`, at);
    return { id: `github:${key2}`, name: key2, text: text9 };
  };
  const loader = (ref, from) => {
    if (from === null) return sourceOf(root);
    const at = located.get(from.id);
    if (at === void 0 || isPresetName2(ref)) return presets(ref, from);
    if (ref.startsWith(EXTENDS_REPOSITORY))
      return sourceOf(extendsTarget(ref.slice(EXTENDS_REPOSITORY.length), at));
    return sourceOf(relativeTarget(ref, at));
  };
  const rules = resolveRules(RULES_PATH, loader);
  return { rules, sources: rules.sources };
}

// src/github/upsert-sticky-comment.ts
var MAX_BODY = 65536;
var CUT_NOTE = "\u2026cut here: a GitHub comment holds at most 65,536 characters. The job summary has the full report.";
function fullBody(marker2, body) {
  const text9 = body.startsWith(marker2) ? body.slice(marker2.length).replace(/^\r?\n/, "") : body;
  const whole = `${marker2}
${text9}`;
  if (whole.length <= MAX_BODY) return whole;
  const room = MAX_BODY - CUT_NOTE.length - 2;
  const head = whole.slice(0, room);
  const line6 = head.lastIndexOf("\n");
  const cut3 = line6 > room * 0.75 ? head.slice(0, line6) : head.replace(/[\uD800-\uDBFF]$/, "");
  return `${cut3.trimEnd()}

${CUT_NOTE}`;
}
var normalized2 = (text9) => text9.replace(/\r\n/g, "\n").trimEnd();
async function upsertStickyComment(client, options) {
  const { owner, repo, issueNumber, marker: marker2 } = options;
  const body = fullBody(marker2, options.body);
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100
    });
    const candidates = comments.filter((comment) => (comment.body ?? "").trimStart().startsWith(marker2)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    const ours = candidates.find((comment) => comment.user?.type === "Bot") ?? candidates[0];
    if (ours && normalized2(ours.body ?? "") === normalized2(body))
      return { action: "unchanged", id: ours.id, url: ours.html_url };
    if (ours) {
      const { data: data2 } = await client.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
      return { action: "updated", id: data2.id, url: data2.html_url };
    }
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: "created", id: data.id, url: data.html_url };
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.comments);
  }
}

// src/app/gather-artifacts.ts
import picomatch3 from "picomatch";

// src/core/artifacts/inflate-entry.ts
import { Inflate } from "fflate";
var STEP = 16 * 1024;
var Overflow = class extends Error {
};
function inflateEntry(data, entry, source) {
  const fail2 = (reason) => new InputError(source, `zip entry "${entry.name}": ${reason}`);
  if (entry.method === 0) {
    if (data.length !== entry.size)
      throw fail2(`stored as ${data.length} bytes, its header declares ${entry.size}`);
    return data;
  }
  const parts = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new Overflow();
    parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error3) {
    if (error3 instanceof Overflow)
      throw fail2(`inflates past the ${entry.size} bytes its header declares (a forged size); refused`);
    throw fail2(`not valid deflate data (${getErrorMessage(error3)})`);
  }
  if (produced !== entry.size) throw fail2(`inflates to ${produced} bytes, its header declares ${entry.size}`);
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// src/core/artifacts/read-central-directory.ts
var EOCD = 101010256;
var EOCD64_LOCATOR = 117853008;
var EOCD64 = 101075792;
var CENTRAL = 33639248;
var MAX16 = 65535;
var MAX32 = 4294967295;
var EOCD_SEARCH = 22 + MAX16;
var HOST_UNIX = 3;
var utf8 = new TextDecoder("utf-8");
var Corrupt = class extends Error {
};
function u64(view, at) {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt("zip64 value out of range");
  return Number(value);
}
function findDirectory(view) {
  const last = view.byteLength - 22;
  let end = -1;
  for (let at = last; at >= 0 && at >= view.byteLength - EOCD_SEARCH; at -= 1)
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) throw new Corrupt("no end of central directory record");
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    throw new Corrupt("multi-volume archive");
  let count5 = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count5 === MAX16 || offset === MAX32) && end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const record6 = u64(view, end - 12);
    if (view.getUint32(record6, true) !== EOCD64) throw new Corrupt("bad zip64 end record");
    count5 = u64(view, record6 + 32);
    offset = u64(view, record6 + 48);
  }
  return { count: count5, offset };
}
function zip64Sizes(view, at, length, entry) {
  for (let field = at; field + 4 <= at + length; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== 1) continue;
    let value = field + 4;
    const next = () => {
      const read = u64(view, value);
      value += 8;
      return read;
    };
    if (entry.size === MAX32) entry.size = next();
    if (entry.compressedSize === MAX32) entry.compressedSize = next();
    if (entry.localOffset === MAX32) entry.localOffset = next();
    return;
  }
}
function readCentralDirectory(bytes, source, maxEntries) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { count: count5, offset } = findDirectory(view);
    if (count5 > maxEntries)
      throw new InputError(
        source,
        `the archive lists ${count5} entries, over the limit of ${maxEntries} (maxEntries)`
      );
    const entries = [];
    let at = offset;
    for (let index3 = 0; index3 < count5; index3 += 1) {
      if (view.getUint32(at, true) !== CENTRAL) throw new Corrupt("bad central directory entry");
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const external = view.getUint32(at + 38, true);
      const nameStart = at + 46;
      if (nameStart + nameLength + extraLength > bytes.byteLength) throw new Corrupt("entry past the end");
      const entry = {
        name: utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)),
        method: view.getUint16(at + 10, true),
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        unixType: view.getUint8(at + 5) === HOST_UNIX ? external >>> 16 & 61440 : null,
        dosDirectory: (external & 16) !== 0
      };
      zip64Sizes(view, nameStart + nameLength, extraLength, entry);
      entries.push(entry);
      at = nameStart + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error3) {
    if (error3 instanceof Corrupt)
      throw new InputError(source, `not a readable zip archive (${error3.message})`);
    if (error3 instanceof RangeError)
      throw new InputError(source, "not a readable zip archive (truncated or corrupt)");
    throw error3;
  }
}

// src/core/artifacts/zip-entry-path.ts
var CONTROL = /[\u0000-\u001f\u007f]/;
function zipEntryPath(name) {
  if (CONTROL.test(name)) return { reason: "a control character in the name" };
  if (name.includes("\\")) return { reason: "a backslash in the name (a path separator on Windows)" };
  if (name.startsWith("/")) return { reason: "an absolute path" };
  if (/^[A-Za-z]:/.test(name)) return { reason: "a drive-letter path" };
  const segments = name.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) return { reason: "a `..` segment (outside the archive)" };
  if (segments.length === 0) return { reason: "an empty name" };
  return { path: segments.join("/") };
}

// src/core/artifacts/read-zip-reports.ts
var RATIO_GRACE_BYTES = 1024 * 1024;
var BINARY_PROBE = 8192;
var LOCAL_HEADER = 67324752;
var S_IFMT_DIR = 16384;
var S_IFMT_LINK = 40960;
var S_IFMT_FILE = 32768;
var utf82 = new TextDecoder("utf-8");
function size(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1048576 ? [bytes / 1024, "KiB"] : [bytes / 1048576, "MiB"];
  return `${Math.round(value * 10) / 10} ${unit}`;
}
var printable = (name) => name.replace(/[\u0000-\u001f\u007f]/g, "?");
function kindProblem(entry) {
  if (entry.name.endsWith("/") || entry.dosDirectory || entry.unixType === S_IFMT_DIR) return "a directory";
  if (entry.unixType === S_IFMT_LINK) return "a symbolic link";
  if (entry.unixType !== null && entry.unixType !== 0 && entry.unixType !== S_IFMT_FILE)
    return "not a regular file";
  if (entry.encrypted) return "encrypted";
  if (entry.method !== 0 && entry.method !== 8)
    return `compression method ${entry.method} (only stored and deflate are read)`;
  return null;
}
function checkDeclared(entry, limits, source) {
  const over = (reason) => new InputError(source, `zip entry "${printable(entry.name)}" ${reason}`);
  if (entry.size > limits.maxEntryBytes)
    throw over(
      `declares ${size(entry.size)}, over the ${size(limits.maxEntryBytes)} limit per entry (maxEntryBytes)`
    );
  if (entry.size > RATIO_GRACE_BYTES && entry.size > entry.compressedSize * limits.maxRatio) {
    const ratio = entry.compressedSize ? Math.round(entry.size / entry.compressedSize) : Infinity;
    throw over(
      `expands ${ratio}\xD7 (${size(entry.size)}), over the ${limits.maxRatio}\xD7 limit (maxRatio): a zip bomb?`
    );
  }
}
function entryData(bytes, entry, source) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new InputError(
      source,
      `not a readable zip archive (no local header for "${printable(entry.name)}")`
    );
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new InputError(source, `not a readable zip archive ("${printable(entry.name)}" runs past the end)`);
  return bytes.subarray(start, start + entry.compressedSize);
}
function readZipReports(bytes, limits, source) {
  const entries = readCentralDirectory(bytes, source, limits.maxEntries);
  const skipped = [];
  const accepted = [];
  const seen = /* @__PURE__ */ new Set();
  let declaredTotal = 0;
  for (const entry of entries) {
    const named2 = zipEntryPath(entry.name);
    if ("reason" in named2) {
      skipped.push({ path: printable(entry.name), reason: named2.reason });
      continue;
    }
    const reason = kindProblem(entry) ?? (seen.has(named2.path) ? "a duplicate path" : null);
    if (reason) {
      skipped.push({ path: named2.path, reason });
      continue;
    }
    checkDeclared(entry, limits, source);
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxTotalBytes)
      throw new InputError(
        source,
        `the archive's entries declare over ${size(limits.maxTotalBytes)} in all (maxTotalBytes)`
      );
    seen.add(named2.path);
    accepted.push({ entry, path: named2.path });
  }
  const files = [];
  for (const { entry, path } of accepted) {
    const content = inflateEntry(entryData(bytes, entry, source), entry, source);
    if (content.subarray(0, BINARY_PROBE).includes(0)) {
      skipped.push({ path, reason: "binary (a NUL byte in the first 8 KB)" });
      continue;
    }
    files.push({ path, text: utf82.decode(content) });
  }
  return { files, skipped };
}

// src/core/artifacts/zip-limits.ts
var DEFAULT_ZIP_LIMITS = {
  maxEntries: 1e3,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 100
};

// src/github/artifacts/download-artifact.ts
var MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;
var mb = (bytes) => `${Math.round(bytes / 1048576 * 10) / 10} MB`;
async function readCapped(body, maxBytes, tooLarge) {
  if (body instanceof ArrayBuffer) {
    if (body.byteLength > maxBytes) throw tooLarge();
    return new Uint8Array(body);
  }
  if (!(body instanceof ReadableStream)) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks2 = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {
      });
      throw tooLarge();
    }
    chunks2.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks2) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
async function downloadArtifact(client, options) {
  const { owner, repo, artifactId } = options;
  const maxBytes = options.maxBytes ?? MAX_ARTIFACT_BYTES;
  const label2 = options.name ? `artifact ${options.name} (id ${artifactId})` : `artifact ${artifactId}`;
  const tooLarge = (size2) => new InputError(
    label2,
    size2 === void 0 ? `download passed the ${mb(maxBytes)} limit; refused` : `download of ${mb(size2)} is over the ${mb(maxBytes)} limit; refused`
  );
  try {
    const response = await client.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifactId,
      archive_format: "zip",
      request: { parseSuccessResponseBody: false, signal: AbortSignal.timeout(options.timeoutMs ?? 3e5) }
    });
    const length = Number(response.headers["content-length"]);
    if (Number.isFinite(length) && length > maxBytes) {
      await response.data?.cancel?.().catch(() => {
      });
      throw tooLarge(length);
    }
    return await readCapped(response.data, maxBytes, () => tooLarge());
  } catch (error3) {
    if (error3 instanceof InputError) throw error3;
    throw GitHubApiError.from(error3, `${owner}/${repo}`, ARTIFACTS_SUBJECT);
  }
}

// src/github/artifacts/list-run-artifacts.ts
async function listArtifactsOfRuns(client, options) {
  const artifacts = [];
  const expired = [];
  for (const run3 of options.runs) {
    const listed2 = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      owner: options.owner,
      repo: options.repo,
      run_id: run3.id,
      per_page: 100
    });
    for (const artifact of listed2)
      (artifact.expired ? expired : artifacts).push({
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        run: run3
      });
  }
  return { artifacts, expired };
}

// src/app/gather-artifacts.ts
async function gatherArtifacts(client, options) {
  const { owner, repo } = options;
  const wanted = options.names.length ? picomatch3([...options.names], { dot: true }) : () => true;
  let listed2;
  try {
    listed2 = await listArtifactsOfRuns(client, { owner, repo, runs: options.runs });
  } catch (error3) {
    const message3 = GitHubApiError.from(error3, `${owner}/${repo}`, {
      name: "workflow artifacts",
      needs: 'read workflow runs and their artifacts (it needs the "actions: read" permission)'
    }).message;
    return { artifacts: [], refused: [`artifacts: ${message3}`], notes: [] };
  }
  const artifacts = [];
  const refused = [];
  const notes = [];
  for (const artifact of listed2.expired.filter((a) => wanted(a.name)))
    notes.push(`artifact ${artifact.name} of ${artifact.run.name} has expired: not read`);
  const chosen = listed2.artifacts.filter((artifact) => wanted(artifact.name));
  const ignored = listed2.artifacts.length - chosen.length;
  if (ignored > 0) notes.push(`${ignored} artifact(s) not named in app.artifacts: not read`);
  for (const artifact of chosen) {
    try {
      const bytes = await downloadArtifact(client, {
        owner,
        repo,
        artifactId: artifact.id,
        name: artifact.name
      });
      const read = readZipReports(bytes, DEFAULT_ZIP_LIMITS, `artifact ${artifact.name}`);
      artifacts.push({ name: artifact.name, runName: artifact.run.name, ...read });
    } catch (error3) {
      if (!(error3 instanceof InputError || error3 instanceof GitHubApiError)) throw error3;
      refused.push(`artifact ${artifact.name} of ${artifact.run.name}: ${getErrorMessage(error3)}`);
    }
  }
  return { artifacts, refused, notes };
}

// src/core/commands/waiver-record.ts
import { z as z20 } from "zod";
var PREFIX = "<!-- gonogo:waiver ";
var RECORD = /<!-- gonogo:waiver ([A-Za-z0-9_-]+) -->/;
var recordSchema = z20.object({
  gate: z20.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  match: z20.string().min(1),
  reason: z20.string().min(1).max(2e3),
  owner: z20.string().min(1).max(100),
  expires: z20.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  grantedAt: z20.string().min(1),
  headSha: z20.string().regex(/^[0-9a-f]{7,64}$/)
});
function encodeWaiverRecord(waiver2) {
  const json = JSON.stringify({
    gate: waiver2.gate,
    match: waiver2.match,
    reason: waiver2.reason,
    owner: waiver2.owner,
    expires: waiver2.expires,
    grantedAt: waiver2.grantedAt,
    headSha: waiver2.headSha
  });
  return `${PREFIX}${Buffer.from(json, "utf8").toString("base64url")} -->`;
}
function decodeWaiverRecord(body) {
  const encoded = RECORD.exec(body)?.[1];
  if (!encoded) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// src/app/read-command-waivers.ts
function readCommandWaivers(comments, headSha) {
  const waivers = [];
  const notes = [];
  for (const comment of comments) {
    const record6 = decodeWaiverRecord(comment.body);
    if (!record6) continue;
    if (record6.headSha !== headSha) {
      notes.push(
        `waiver of ${record6.gate} by ${record6.owner} was for ${record6.headSha.slice(0, 7)}; new commits were pushed since, so it no longer applies`
      );
      continue;
    }
    waivers.push({
      gate: record6.gate,
      reason: record6.reason,
      owner: record6.owner,
      expires: record6.expires,
      grantedAt: record6.grantedAt,
      source: comment.url
    });
  }
  return { waivers, notes };
}

// src/core/diff/changed-lines.ts
import parseDiff from "parse-diff";
function changedLines(text9, source) {
  const changed = /* @__PURE__ */ new Map();
  if (text9.trim() === "") return changed;
  const files = parseDiff(text9);
  if (files.length === 0)
    throw new InputError(source, 'not a unified diff (no "--- a/\u2026 +++ b/\u2026" file headers)');
  for (const file of files) {
    const path = file.to;
    if (!path || path === "/dev/null") continue;
    const lines = changed.get(path) ?? /* @__PURE__ */ new Set();
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) if (change.type === "add") lines.add(change.ln);
    }
    changed.set(path, lines);
  }
  return changed;
}

// src/github/list-pull-request-files.ts
var MAX_FILES = 3e3;
var CONTENT_KEPT = /* @__PURE__ */ new Set(["renamed", "changed", "unchanged"]);
function addedLines(patch2, path) {
  return changedLines(`--- a/file
+++ b/file
${patch2}
`, path).get("file") ?? /* @__PURE__ */ new Set();
}
async function listPullRequestFiles(client, options) {
  const { owner, repo } = options;
  let files;
  try {
    files = await client.paginate(client.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: options.pullNumber,
      per_page: 100
    });
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.pullRequests);
  }
  const changed = /* @__PURE__ */ new Map();
  const withoutPatch = [];
  for (const file of files) {
    if (file.status === "removed") continue;
    if (file.patch) changed.set(file.filename, addedLines(file.patch, file.filename));
    else if (file.changes === 0 && CONTENT_KEPT.has(file.status)) changed.set(file.filename, /* @__PURE__ */ new Set());
    else withoutPatch.push(file.filename);
  }
  return { changed, files: files.length, withoutPatch, truncated: files.length >= MAX_FILES };
}

// src/github/list-repository-files.ts
async function listRepositoryFiles(client, options) {
  const { owner, repo, sha } = options;
  try {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: "true" });
    if (data.truncated)
      return {
        files: null,
        note: "repository files: too many to list through the API; report paths are taken as given"
      };
    return {
      files: data.tree.flatMap((entry) => entry.type === "blob" && entry.path ? [entry.path] : []).sort(),
      note: null
    };
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, {
      name: "repository files",
      needs: 'read its contents (it needs the "contents: read" permission)'
    });
  }
}

// src/github/read-baseline.ts
async function readBaseline(client, options) {
  const { owner, repo, sha, checkName } = options;
  const short = sha.slice(0, 7);
  let texts;
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha, name: checkName });
    if (runs.length === 0) return { missing: `no "${checkName}" check run on ${short}` };
    texts = runs.map((run3) => run3.text).filter((text10) => text10.includes("<!-- gonogo:baseline:"));
  } catch (error3) {
    return {
      missing: GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.checkRunsRead).message
    };
  }
  const text9 = texts[0];
  if (text9 === void 0)
    return {
      missing: `the "${checkName}" check run on ${short} holds no baseline (baselines are recorded on pushes to the default branch)`
    };
  let baseline;
  try {
    baseline = decodeBaseline(text9);
  } catch (error3) {
    return { missing: getErrorMessage(error3) };
  }
  if (baseline === null) return { missing: `the baseline on ${short} is of an unknown version` };
  if (baseline.sha !== sha)
    return { missing: `the baseline on ${short} is for another commit (${baseline.sha})` };
  return baseline;
}

// src/app/read-comparisons.ts
async function readComparisons(client, target, checkName) {
  const { owner, repo } = target;
  const notes = [];
  let diff = null;
  if (target.pull) {
    try {
      const files2 = await listPullRequestFiles(client, { owner, repo, pullNumber: target.pull.number });
      diff = files2.changed;
      notes.push(
        `diff: pull request #${target.pull.number}, ${files2.files} files${files2.truncated ? " (GitHub lists at most 3,000: the rest is not judged)" : ""}`
      );
    } catch (error3) {
      notes.push(`diff: not available (${getErrorMessage(error3)})`);
    }
  }
  let baseline = null;
  if (target.baseSha) {
    const read = await readBaseline(client, { owner, repo, sha: target.baseSha, checkName });
    if ("missing" in read)
      notes.push(`baseline: none for base ${target.baseSha.slice(0, 7)} (${read.missing})`);
    else {
      baseline = read;
      notes.push(`baseline: base ${target.baseSha.slice(0, 7)}`);
    }
  }
  let files = null;
  try {
    const listed2 = await listRepositoryFiles(client, { owner, repo, sha: target.headSha });
    files = listed2.files;
    if (listed2.note) notes.push(listed2.note);
  } catch (error3) {
    notes.push(`repository files: not listed (${getErrorMessage(error3)}); report paths are taken as given`);
  }
  return { diff, baseline, repository: { files, goModule: null }, notes };
}

// src/core/rules/has-todos-gate.ts
var hasTodosGate = (rules) => rules.gates.some((gate2) => gate2.check.kind === "todos");

// src/core/todos/scan-files.ts
import picomatch4 from "picomatch";

// src/core/todos/by-place.ts
var byPlace = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;

// src/core/todos/binary-content.ts
var FIRST_FEW_BYTES = 8e3;
function binaryContent(bytes) {
  return bytes.subarray(0, FIRST_FEW_BYTES).indexOf(0) !== -1;
}

// src/core/todos/lexer/line-index.ts
function lineIndex(text9) {
  const starts = [0];
  const ends = [];
  const n = text9.length;
  let i = 0;
  while (i < n) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 10 || c2 === 13) {
      ends.push(i);
      i += c2 === 13 && text9.charCodeAt(i + 1) === 10 ? 2 : 1;
      starts.push(i);
    } else i++;
  }
  ends.push(n);
  return { starts, ends };
}

// src/core/todos/lexer/build-comments.ts
function lineOf2(starts, offset, from) {
  let lo = from;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function hasCodeBefore(text9, lineStart, offset) {
  for (let i = lineStart; i < offset; i++) {
    const c2 = text9.charCodeAt(i);
    if (c2 !== 32 && c2 !== 9 && c2 !== 12) return true;
  }
  return false;
}
function undecorate(line6) {
  let i = 0;
  while (i < line6.length && (line6.charCodeAt(i) === 32 || line6.charCodeAt(i) === 9)) i++;
  return line6.charCodeAt(i) === 42 ? line6.slice(i + 1) : line6;
}
function trimStars(line6, first, last) {
  let a = 0;
  let b = line6.length;
  if (first) while (a < b && line6.charCodeAt(a) === 42) a++;
  if (last) while (b > a && line6.charCodeAt(b - 1) === 42) b--;
  return a === 0 && b === line6.length ? line6 : line6.slice(a, b);
}
function buildComments(text9, raws) {
  if (raws.length === 0) return [];
  raws.sort((a, b) => a.start - b.start);
  const { starts, ends } = lineIndex(text9);
  const out = [];
  let cursor = 0;
  let previous = null;
  for (const raw of raws) {
    const first = lineOf2(starts, raw.contentStart, cursor);
    const last = lineOf2(starts, raw.contentEnd, first);
    cursor = first;
    const trailing = hasCodeBefore(text9, starts[first], raw.start);
    const lines = [];
    for (let l = first; l <= last; l++) {
      const from = Math.max(raw.contentStart, starts[l]);
      const to = Math.min(raw.contentEnd, ends[l]);
      let line6 = to > from ? text9.slice(from, to) : "";
      if (raw.star) {
        if (l > first) line6 = undecorate(line6);
        line6 = trimStars(line6, l === first, l === last);
      }
      lines.push(line6);
    }
    if (raw.kind === "line" && !trailing && previous !== null && previous.kind === "line" && !previous.trailing && previous.line + previous.lines.length === first + 1 && lines.length === 1) {
      previous.lines.push(lines[0]);
      continue;
    }
    previous = { line: first + 1, lines, kind: raw.kind, trailing };
    out.push(previous);
  }
  return out;
}

// src/core/todos/lexer/compile-syntax.ts
var cache = /* @__PURE__ */ new WeakMap();
function byLength(items, key2) {
  return [...items ?? []].sort((a, b) => key2(b).length - key2(a).length);
}
function compileSyntax(syntax) {
  const hit = cache.get(syntax);
  if (hit) return hit;
  const interesting = new Uint8Array(128);
  const mark = (s) => {
    if (s) {
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128) interesting[s.charCodeAt(i)] = 1;
    }
  };
  const markFirst = (s) => {
    const c2 = s.charCodeAt(0);
    if (c2 < 128) interesting[c2] = 1;
    if (c2 >= 65 && c2 <= 90) interesting[c2 | 32] = 1;
  };
  mark("{}()[]");
  for (const m of syntax.lineComments ?? []) markFirst(m);
  for (const m of syntax.lineStartComments ?? []) markFirst(m);
  for (const m of syntax.column1Comments ?? []) markFirst(m);
  for (const m of syntax.wordComments ?? []) markFirst(m.toUpperCase());
  for (const b of syntax.blockComments ?? []) markFirst(b.open);
  for (const f of syntax.fencedStrings ?? []) markFirst(f.open);
  mark(syntax.quotes);
  mark(syntax.escapeChars);
  if (syntax.cppRawStrings) mark("R");
  if (syntax.regexLiterals) mark("/");
  if (syntax.jsx || syntax.heredoc) mark("<");
  if (syntax.heredoc) mark("\n\r");
  if (syntax.longBrackets) mark("-[");
  if (syntax.cssUrls) mark("u");
  const compiled = {
    syntax,
    interesting,
    lineComments: byLength(syntax.lineComments, (m) => m),
    blockComments: byLength(syntax.blockComments, (b) => b.open),
    fencedStrings: byLength(syntax.fencedStrings, (f) => f.open)
  };
  cache.set(syntax, compiled);
  return compiled;
}

// src/core/todos/lexer/char-class.ts
function isIdentChar(c2) {
  return c2 >= 97 && c2 <= 122 || c2 >= 65 && c2 <= 90 || c2 >= 48 && c2 <= 57 || c2 === 95 || c2 === 36 || c2 >= 128;
}
function isBlank3(c2) {
  return c2 === 32 || c2 === 9;
}
function isLineBreak(c2) {
  return c2 === 10 || c2 === 13;
}
function inSet(set, c2) {
  if (set === void 0) return false;
  for (let i = 0; i < set.length; i++) if (set.charCodeAt(i) === c2) return true;
  return false;
}
function lineEnd(text9, pos, end) {
  let i = pos;
  while (i < end) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 10 || c2 === 13) return i;
    i++;
  }
  return end;
}
function afterLineBreak(text9, pos) {
  return text9.charCodeAt(pos) === 13 && text9.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1;
}
function blanksBefore(text9, pos) {
  let i = pos - 1;
  while (i >= 0) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 10 || c2 === 13) return true;
    if (c2 !== 32 && c2 !== 9) return false;
    i--;
  }
  return true;
}
function atWordStart(text9, pos) {
  if (pos === 0) return true;
  const c2 = text9.charCodeAt(pos - 1);
  return c2 === 32 || c2 === 9 || c2 === 10 || c2 === 13 || c2 === 59 || c2 === 38 || c2 === 124 || c2 === 40 || c2 === 41 || c2 === 91 || c2 === 93 || c2 === 44;
}
function startsWithIgnoreCase(text9, word, pos) {
  if (pos + word.length > text9.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text9.charCodeAt(pos + i) | 32) !== word.charCodeAt(i)) return false;
  }
  return true;
}

// src/core/todos/lexer/scan-comment.ts
var SLASH2 = 47;
var BANG2 = 33;
var DASH = 45;
var STAR = 42;
function longBracketLevel(text9, pos) {
  if (text9.charCodeAt(pos) !== 91) return -1;
  let i = pos + 1;
  while (text9.charCodeAt(i) === 61) i++;
  return text9.charCodeAt(i) === 91 ? i - pos - 1 : -1;
}
function push(s, start, contentStart, contentEnd, end, kind, star) {
  s.comments.push({ start, contentStart, contentEnd, end, kind, star });
}
function lineComment(s, start, marker2) {
  const { text: text9, end } = s;
  let cs = start + marker2.length;
  const last = marker2.charCodeAt(marker2.length - 1);
  if (!isIdentChar(last)) while (cs < end && text9.charCodeAt(cs) === last) cs++;
  if (last === SLASH2 && text9.charCodeAt(cs) === BANG2) cs++;
  let e = cs;
  const stop = s.stop;
  while (e < end) {
    const c2 = text9.charCodeAt(e);
    if (c2 === 10 || c2 === 13) break;
    if (stop !== null && c2 === stop.charCodeAt(0) && text9.startsWith(stop, e)) break;
    e++;
  }
  push(s, start, cs, e, e, "line", false);
  s.pos = e;
}
function findClose(s, from, close2, lineStart) {
  let k = s.text.indexOf(close2, from);
  while (lineStart && k !== -1 && !blanksBefore(s.text, k)) k = s.text.indexOf(close2, k + 1);
  return k === -1 || k + close2.length > s.end ? -1 : k;
}
function findNestedClose(s, from, open, close2) {
  const { text: text9, end } = s;
  const o = open.charCodeAt(0);
  const c2 = close2.charCodeAt(0);
  let depth = 1;
  let i = from;
  while (i < end) {
    const ch = text9.charCodeAt(i);
    if (ch === c2 && text9.startsWith(close2, i)) {
      if (--depth === 0) return i;
      i += close2.length;
    } else if (ch === o && text9.startsWith(open, i)) {
      depth++;
      i += open.length;
    } else i++;
  }
  return -1;
}
function blockComment(s, start, open, close2, nested, lineStart) {
  const cs = start + open.length;
  const k = nested ? findNestedClose(s, cs, open, close2) : findClose(s, cs, close2, lineStart);
  const ce = k === -1 ? s.end : k;
  s.pos = k === -1 ? s.end : k + close2.length;
  push(s, start, cs, ce, s.pos, "block", open.charCodeAt(open.length - 1) === STAR);
}
function scanComment(s, c2) {
  const { text: text9, x } = s;
  const pos = s.pos;
  const syntax = x.syntax;
  for (const b of x.blockComments) {
    if (b.open.charCodeAt(0) !== c2 || !text9.startsWith(b.open, pos)) continue;
    if (b.lineStart && !blanksBefore(text9, pos)) continue;
    blockComment(s, pos, b.open, b.close, b.nested === true, b.lineStart === true);
    return true;
  }
  if (syntax.longBrackets && c2 === DASH && text9.charCodeAt(pos + 1) === DASH) {
    const level2 = longBracketLevel(text9, pos + 2);
    if (level2 >= 0) {
      blockComment(s, pos, text9.slice(pos, pos + level2 + 4), `]${"=".repeat(level2)}]`, false, false);
      return true;
    }
  }
  for (const m of x.lineComments) {
    if (m.charCodeAt(0) !== c2 || !text9.startsWith(m, pos)) continue;
    if (syntax.commentsAtWordStart && !atWordStart(text9, pos)) continue;
    if (pos > 0 && inSet(syntax.commentNotAfter, text9.charCodeAt(pos - 1))) continue;
    lineComment(s, pos, m);
    return true;
  }
  for (const m of syntax.lineStartComments ?? []) {
    if (m.charCodeAt(0) === c2 && text9.startsWith(m, pos) && blanksBefore(text9, pos)) {
      lineComment(s, pos, m);
      return true;
    }
  }
  for (const m of syntax.column1Comments ?? []) {
    if (m.charCodeAt(0) === c2 && text9.startsWith(m, pos) && (pos === 0 || isLineBreak(text9.charCodeAt(pos - 1)))) {
      lineComment(s, pos, m);
      return true;
    }
  }
  for (const w of syntax.wordComments ?? []) {
    const word = w.toLowerCase();
    if ((c2 | 32) === word.charCodeAt(0) && blanksBefore(text9, pos) && startsWithIgnoreCase(text9, word, pos) && !isIdentChar(text9.charCodeAt(pos + word.length))) {
      lineComment(s, pos, text9.slice(pos, pos + word.length));
      return true;
    }
  }
  return false;
}
function scanLongString(s) {
  const level2 = longBracketLevel(s.text, s.pos);
  if (level2 < 0) return false;
  const k = s.text.indexOf(`]${"=".repeat(level2)}]`, s.pos + level2 + 2);
  s.pos = k === -1 || k >= s.end ? s.end : k + level2 + 2;
  return true;
}

// src/core/todos/lexer/scan-heredoc.ts
function isWordChar(c2) {
  return isIdentChar(c2) || c2 === 45 || c2 === 46;
}
function scanHeredoc(s) {
  const { text: text9, end } = s;
  const mode = s.x.syntax.heredoc;
  const pos = s.pos;
  if (text9.charCodeAt(pos + 1) !== 60) return false;
  let i = pos + 2;
  if (mode === "php") {
    if (text9.charCodeAt(i) !== 60) return false;
    i++;
    while (isBlank3(text9.charCodeAt(i))) i++;
  } else {
    if (text9.charCodeAt(i) === 60) {
      s.pos = pos + 3;
      return true;
    }
    const c2 = text9.charCodeAt(i);
    if (c2 === 45 || c2 === 126) i++;
    const blanks = i;
    while (isBlank3(text9.charCodeAt(i))) i++;
    const q2 = text9.charCodeAt(i);
    if (mode === "ruby" && i > blanks && q2 !== 34 && q2 !== 39) return false;
    if (mode === "shell" && q2 === 92) i++;
  }
  const q = text9.charCodeAt(i);
  const quoted = q === 34 || q === 39;
  if (quoted) i++;
  const first = text9.charCodeAt(i);
  const start = i;
  if (quoted) {
    while (i < end && text9.charCodeAt(i) !== q && text9.charCodeAt(i) !== 10) i++;
  } else {
    const upper = first >= 65 && first <= 90;
    const letter = upper || first >= 97 && first <= 122 || first === 95;
    if (!letter || mode === "ruby" && !upper && first !== 95) return false;
    while (i < end && (mode === "shell" ? isWordChar(text9.charCodeAt(i)) : isIdentChar(text9.charCodeAt(i))))
      i++;
  }
  if (i === start) return false;
  (s.heredocs ??= []).push(text9.slice(start, i));
  s.pos = quoted && i < end ? i + 1 : i;
  return true;
}
function terminatorLineEnd(text9, from, end, delimiter) {
  let i = from;
  while (i < end) {
    let j = i;
    while (j < end && isBlank3(text9.charCodeAt(j))) j++;
    const e = lineEnd(text9, j, end);
    if (text9.startsWith(delimiter, j)) {
      let k = j + delimiter.length;
      const c2 = text9.charCodeAt(k);
      if (c2 === 59 || c2 === 44 || c2 === 41) return e;
      while (k < e && isBlank3(text9.charCodeAt(k))) k++;
      if (k === e) return e;
    }
    if (e >= end) break;
    i = afterLineBreak(text9, e);
  }
  return -1;
}
function skipHeredocBodies(s) {
  const { text: text9, end } = s;
  const delimiters = s.heredocs ?? [];
  s.heredocs = null;
  let pos = s.pos;
  let skipped = false;
  for (const d of delimiters) {
    const e = terminatorLineEnd(text9, afterLineBreak(text9, pos), end, d);
    if (e < 0) break;
    pos = e;
    skipped = true;
    if (e >= end) break;
  }
  s.pos = skipped ? pos : afterLineBreak(text9, pos);
}

// src/core/todos/lexer/operand-expected.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
  "when",
  "if",
  "elsif",
  "unless",
  "while",
  "until",
  "and",
  "or",
  "not",
  "split",
  "grep",
  "map",
  "join",
  "default",
  "export"
]);
function operandExpected(text9, pos, comments) {
  let i = pos - 1;
  let k = comments.length - 1;
  while (i >= 0) {
    const c3 = text9.charCodeAt(i);
    if (c3 !== 32 && c3 !== 9 && c3 !== 10 && c3 !== 13) {
      while (k >= 0 && comments[k].start > i) k--;
      const comment = comments[k];
      if (comment === void 0 || comment.end <= i) break;
      i = comment.start;
    }
    i--;
  }
  if (i < 0) return true;
  const c2 = text9.charCodeAt(i);
  if (isIdentChar(c2)) {
    let j = i;
    while (j > 0 && i - j < 12 && isIdentChar(text9.charCodeAt(j - 1))) j--;
    return i - j < 11 && KEYWORDS.has(text9.slice(j, i + 1));
  }
  return !(c2 === 41 || c2 === 93 || c2 === 125 || c2 === 34 || c2 === 39 || c2 === 96);
}

// src/core/todos/lexer/scan-jsx.ts
var LT = 60;
var GT2 = 62;
var SLASH3 = 47;
var LBRACE = 123;
var RBRACE = 125;
var MAX_DEPTH3 = 200;
function isNameChar(c2) {
  return isIdentChar(c2) || c2 === 46 || c2 === 58 || c2 === 45;
}
function isLetter2(c2) {
  return (c2 | 32) >= 97 && (c2 | 32) <= 122 || c2 === 95 || c2 === 36;
}
function scanElement(s, lt) {
  const { text: text9, end } = s;
  const saved = s.comments.length;
  const fail2 = () => {
    s.comments.length = saved;
    return false;
  };
  const giveUp = () => {
    s.jsxGaveUp = true;
    return fail2();
  };
  if (s.jsxGaveUp) return false;
  if (s.depth > MAX_DEPTH3) return giveUp();
  s.depth++;
  try {
    let i = lt + 1;
    if (text9.charCodeAt(i) === GT2) {
      i++;
    } else {
      const nameStart = i;
      while (i < end && isNameChar(text9.charCodeAt(i))) i++;
      if (i === nameStart) return fail2();
      const single = i - nameStart === 1;
      let j = i;
      while (j < end && text9.charCodeAt(j) <= 32) j++;
      if (text9.charCodeAt(j) === 44 || text9.startsWith("extends", j) && !isIdentChar(text9.charCodeAt(j + 7))) {
        return fail2();
      }
      for (; ; ) {
        if (i >= end) return giveUp();
        const c2 = text9.charCodeAt(i);
        if (c2 === SLASH3 && text9.charCodeAt(i + 1) === GT2) {
          s.pos = i + 2;
          return true;
        }
        if (c2 === GT2) {
          i++;
          if (single && text9.charCodeAt(i) === 40) return fail2();
          break;
        }
        if (c2 === LBRACE) {
          s.pos = i + 1;
          scanCode(s, RBRACE);
          i = s.pos;
          continue;
        }
        if (c2 === 34 || c2 === 39) {
          const k = text9.indexOf(c2 === 34 ? '"' : "'", i + 1);
          if (k === -1 || k >= end) return giveUp();
          i = k + 1;
          continue;
        }
        if (c2 === LT || c2 === 59 || c2 === 41) return fail2();
        i++;
      }
    }
    for (; ; ) {
      if (i >= end || s.jsxGaveUp) return giveUp();
      const c2 = text9.charCodeAt(i);
      if (c2 === LBRACE) {
        s.pos = i + 1;
        scanCode(s, RBRACE);
        i = s.pos;
        continue;
      }
      if (c2 === LT) {
        if (text9.charCodeAt(i + 1) === SLASH3) {
          const k = text9.indexOf(">", i + 2);
          if (k === -1 || k >= end) return giveUp();
          s.pos = k + 1;
          return true;
        }
        if (scanElement(s, i)) {
          i = s.pos;
          continue;
        }
      }
      i++;
    }
  } finally {
    s.depth--;
  }
}
function scanJsx(s) {
  const pos = s.pos;
  const n = s.text.charCodeAt(pos + 1);
  if (s.jsxGaveUp || !(isLetter2(n) || n === GT2) || !operandExpected(s.text, pos, s.comments)) return false;
  if (scanElement(s, pos)) return true;
  s.pos = pos;
  return false;
}

// src/core/todos/lexer/scan-regex.ts
function scanRegex(s) {
  const { text: text9, end } = s;
  const pos = s.pos;
  if (!operandExpected(text9, pos, s.comments)) return false;
  let inClass = false;
  let i = pos + 1;
  while (i < end) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 10 || c2 === 13) return false;
    if (c2 === 92) {
      i += 2;
      continue;
    }
    if (inClass) {
      if (c2 === 93) inClass = false;
    } else if (c2 === 91) {
      inClass = true;
    } else if (c2 === 47) {
      i++;
      while (i < end && isIdentChar(text9.charCodeAt(i))) i++;
      s.pos = i;
      return true;
    }
    i++;
  }
  return false;
}

// src/core/todos/lexer/scan-string.ts
var BACKSLASH = 92;
var APOS = 39;
var DQUOTE = 34;
var LF = 10;
var CR = 13;
function isPrefixLetter(c2) {
  const l = c2 | 32;
  return l === 114 || l === 98 || l === 102 || l === 117 || l === 116;
}
function docstringStart(s, quote2) {
  const text9 = s.text;
  let i = quote2;
  while (i > 0 && quote2 - i < 2 && isPrefixLetter(text9.charCodeAt(i - 1))) i--;
  const start = i;
  if (s.brackets > 0 || !blanksBefore(text9, start)) return -1;
  while (i > 0 && isBlank3(text9.charCodeAt(i - 1))) i--;
  if (i === 0) return start;
  let j = i - 1;
  if (text9.charCodeAt(j) === LF && text9.charCodeAt(j - 1) === CR) j--;
  return text9.charCodeAt(j - 1) === BACKSLASH ? -1 : start;
}
function charLiteralEnd(text9, pos, end) {
  if (pos > 0 && isIdentChar(text9.charCodeAt(pos - 1))) return -1;
  const n = text9.charCodeAt(pos + 1);
  if (n === BACKSLASH) {
    for (let i = pos + 3; i < end && i < pos + 14; i++) {
      const c2 = text9.charCodeAt(i);
      if (c2 === APOS) return i + 1;
      if (isLineBreak(c2)) return -1;
    }
    return -1;
  }
  if (n === APOS || isLineBreak(n) || pos + 1 >= end) return -1;
  const width = n >= 55296 && n <= 56319 ? 2 : 1;
  return text9.charCodeAt(pos + 1 + width) === APOS ? pos + 2 + width : -1;
}
function scanQuoted(s, from, q, escape3, multiline, triple, interpolated) {
  const { text: text9, end } = s;
  const openers = interpolated ? s.x.syntax.interpolations ?? [] : [];
  let i = from;
  while (i < end) {
    const c2 = text9.charCodeAt(i);
    if (c2 === q) {
      if (!triple && escape3 === -1 && text9.charCodeAt(i + 1) === q) {
        i += 2;
        continue;
      }
      if (!triple) return i + 1;
      if (text9.charCodeAt(i + 1) === q && text9.charCodeAt(i + 2) === q) {
        i += 3;
        while (i < end && text9.charCodeAt(i) === q) i++;
        return i;
      }
      i++;
      continue;
    }
    if (openers.length > 0) {
      let matched = false;
      for (const o of openers) {
        if (o.charCodeAt(0) === c2 && text9.startsWith(o, i)) {
          const last = o.charCodeAt(o.length - 1);
          s.pos = i + o.length;
          scanCode(s, last === 40 ? 41 : 125);
          i = s.pos;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (c2 === escape3) {
      i += text9.charCodeAt(i + 1) === CR && text9.charCodeAt(i + 2) === LF ? 3 : 2;
      continue;
    }
    if ((c2 === LF || c2 === CR) && !multiline && !triple) return i;
    i++;
  }
  return end;
}
function cppRawStringEnd(text9, pos, end) {
  if (text9.charCodeAt(pos + 1) !== DQUOTE) return -1;
  const open = text9.indexOf("(", pos + 2);
  if (open === -1 || open - pos - 2 > 16) return -1;
  for (let i = pos + 2; i < open; i++) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 32 || c2 === BACKSLASH || c2 === 41 || isLineBreak(c2) || c2 === DQUOTE) return -1;
  }
  const close2 = `)${text9.slice(pos + 2, open)}"`;
  const k = text9.indexOf(close2, open + 1);
  return k === -1 || k >= end ? end : k + close2.length;
}
function scanString(s, c2) {
  const { text: text9, end, x } = s;
  const syntax = x.syntax;
  const pos = s.pos;
  for (const f of x.fencedStrings) {
    if (f.open.charCodeAt(0) !== c2 || !text9.startsWith(f.open, pos)) continue;
    if (f.close === "\n") {
      s.pos = lineEnd(text9, pos, end);
    } else {
      const k = text9.indexOf(f.close, pos + f.open.length);
      s.pos = k === -1 || k >= end ? end : k + f.close.length;
    }
    return true;
  }
  if (c2 === 82 && syntax.cppRawStrings) {
    const e = cppRawStringEnd(text9, pos, end);
    if (e >= 0) {
      s.pos = e;
      return true;
    }
  }
  if (!inSet(syntax.quotes, c2)) return false;
  const prev = pos > 0 ? text9.charCodeAt(pos - 1) : 0;
  if (c2 === APOS) {
    if (syntax.charLiterals) {
      const e = charLiteralEnd(text9, pos, end);
      if (e < 0) return false;
      s.pos = e;
      return true;
    }
    if (syntax.transposeQuote && (isIdentChar(prev) || prev === 41 || prev === 93 || prev === 125 || prev === APOS || prev === 46)) {
      return false;
    }
  }
  if (syntax.quotesAtWordStart && !atWordStart(text9, pos) && prev !== 123) return false;
  const ansiC = c2 === APOS && syntax.ansiCQuotes === true && prev === 36;
  const escape3 = inSet(syntax.rawQuotes, c2) && !ansiC ? -1 : syntax.stringEscape ? syntax.stringEscape.charCodeAt(0) : BACKSLASH;
  const interpolated = inSet(syntax.interpolatedQuotes, c2);
  if (syntax.tripleQuotes && text9.charCodeAt(pos + 1) === c2 && text9.charCodeAt(pos + 2) === c2) {
    const docStart = syntax.docstrings ? docstringStart(s, pos) : -1;
    const after = scanQuoted(s, pos + 3, c2, escape3, true, true, interpolated);
    s.pos = after;
    if (docStart >= 0) {
      const closed = after - 3 >= pos + 3 && text9.charCodeAt(after - 1) === c2 && text9.charCodeAt(after - 2) === c2 && text9.charCodeAt(after - 3) === c2;
      s.comments.push({
        start: docStart,
        contentStart: pos + 3,
        contentEnd: closed ? after - 3 : after,
        end: after,
        kind: "docstring",
        star: false
      });
    }
    return true;
  }
  s.pos = scanQuoted(s, pos + 1, c2, escape3, inSet(syntax.multilineQuotes, c2), false, interpolated);
  return true;
}

// src/core/todos/lexer/scan-code.ts
var LF2 = 10;
var CR2 = 13;
var MAX_DEPTH4 = 200;
function skipUrl(s) {
  const { text: text9, end } = s;
  const pos = s.pos;
  if (!text9.startsWith("url(", pos) || pos > 0 && isIdentChar(text9.charCodeAt(pos - 1))) return false;
  let i = pos + 4;
  while (i < end && (text9.charCodeAt(i) === 32 || text9.charCodeAt(i) === 9)) i++;
  const q = text9.charCodeAt(i);
  if (q === 34 || q === 39) return false;
  while (i < end) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 41 || c2 === LF2 || c2 === CR2) break;
    i++;
  }
  s.pos = i;
  return true;
}
function scanCode(s, close2) {
  if (s.depth > MAX_DEPTH4) return;
  s.depth++;
  const { text: text9, end, x } = s;
  const syntax = x.syntax;
  const table2 = x.interesting;
  const open = close2 === 125 ? 123 : close2 === 41 ? 40 : -1;
  const stop = s.stop;
  const stop0 = stop === null ? -1 : stop.charCodeAt(0);
  const escapes = syntax.escapeChars;
  let depth = 0;
  while (s.pos < end) {
    const pos = s.pos;
    const c2 = text9.charCodeAt(pos);
    if (c2 >= 128 || table2[c2] === 0) {
      if (c2 === stop0 && text9.startsWith(stop, pos)) break;
      s.pos = pos + 1;
      continue;
    }
    if (c2 === LF2 || c2 === CR2) {
      if (s.heredocs !== null) skipHeredocBodies(s);
      else s.pos = pos + 1;
      continue;
    }
    if (c2 === stop0 && text9.startsWith(stop, pos)) break;
    if (scanComment(s, c2) || scanString(s, c2)) continue;
    if (escapes !== void 0 && inSet(escapes, c2)) {
      s.pos = pos + (c2 !== 92 && text9.charCodeAt(pos + 1) === 92 ? 3 : 2);
      continue;
    }
    if (c2 === 47 && syntax.regexLiterals && scanRegex(s)) continue;
    if (c2 === 60 && (syntax.jsx && scanJsx(s) || syntax.heredoc && scanHeredoc(s))) continue;
    if (c2 === 91 && syntax.longBrackets && scanLongString(s)) continue;
    if (c2 === 117 && syntax.cssUrls && skipUrl(s)) continue;
    if (c2 === open) {
      depth++;
    } else if (c2 === close2) {
      if (depth === 0) {
        s.pos = pos + 1;
        break;
      }
      depth--;
    }
    if (c2 === 40 || c2 === 91 || c2 === 123) s.brackets++;
    else if ((c2 === 41 || c2 === 93 || c2 === 125) && s.brackets > 0) s.brackets--;
    s.pos = pos + 1;
  }
  s.depth--;
}

// src/core/todos/lexer/scan-markdown.ts
var BACKTICK = 96;
var TILDE = 126;
function run2(text9, i, end, c2) {
  let j = i;
  while (j < end && text9.charCodeAt(j) === c2) j++;
  return j - i;
}
function blank(text9, from, to) {
  for (let i = from; i < to; i++) {
    const c2 = text9.charCodeAt(i);
    if (c2 !== 32 && c2 !== 9) return false;
  }
  return true;
}
function scanMarkdown(s) {
  const { text: text9, end } = s;
  let i = s.pos;
  let fence = 0;
  let fenceLength = 0;
  let lineStart = true;
  while (i < end) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (j < end && j - i < 4 && text9.charCodeAt(j) === 32) j++;
      const c3 = text9.charCodeAt(j);
      const e = lineEnd(text9, j, end);
      if (j - i < 4 && (c3 === BACKTICK || c3 === TILDE)) {
        const n = run2(text9, j, e, c3);
        if (fence === 0 && n >= 3 && (c3 === TILDE || text9.indexOf("`", j + n) === -1 || text9.indexOf("`", j + n) >= e)) {
          fence = c3;
          fenceLength = n;
          i = e;
          continue;
        }
        if (fence === c3 && n >= fenceLength && blank(text9, j + n, e)) {
          fence = 0;
          i = e;
          continue;
        }
      }
      if (fence !== 0) {
        i = e;
        continue;
      }
    }
    const c2 = text9.charCodeAt(i);
    if (c2 === 10 || c2 === 13) {
      i = afterLineBreak(text9, i);
      lineStart = true;
    } else if (c2 === 92) {
      i += 2;
    } else if (c2 === BACKTICK) {
      const n = run2(text9, i, end, BACKTICK);
      const e = lineEnd(text9, i, end);
      let k = i + n;
      let closed = -1;
      while (k < e) {
        if (text9.charCodeAt(k) === BACKTICK) {
          const m = run2(text9, k, e, BACKTICK);
          if (m === n) {
            closed = k + m;
            break;
          }
          k += m;
        } else k++;
      }
      i = closed === -1 ? i + n : closed;
    } else if (c2 === 60 && text9.startsWith("<!--", i)) {
      const k = text9.indexOf("-->", i + 4);
      const ce = k === -1 || k >= end ? end : k;
      const after = ce === end ? end : k + 3;
      s.comments.push({
        start: i,
        contentStart: i + 4,
        contentEnd: ce,
        end: after,
        kind: "block",
        star: false
      });
      i = after;
    } else {
      i++;
    }
  }
  s.pos = end;
}

// src/core/todos/lexer/scan-markup.ts
var LT2 = 60;
function scanRegion(s, syntax, from, end, stop) {
  const sub = {
    text: s.text,
    x: compileSyntax(syntax),
    end,
    stop,
    comments: s.comments,
    pos: from,
    depth: s.depth,
    brackets: 0,
    heredocs: null,
    jsxGaveUp: false
  };
  scanCode(sub, -1);
  return sub.pos;
}
function tagEnd(text9, i, end) {
  while (i < end) {
    const c2 = text9.charCodeAt(i);
    if (c2 === 62) return i + 1;
    if (c2 === 34 || c2 === 39) {
      const k = text9.indexOf(c2 === 34 ? '"' : "'", i + 1);
      if (k === -1) return end;
      i = k + 1;
      continue;
    }
    i++;
  }
  return end;
}
function closingTag(text9, name, from, end) {
  let k = text9.indexOf("</", from);
  while (k !== -1 && k < end) {
    if (startsWithIgnoreCase(text9, name, k + 2) && !isIdentChar(text9.charCodeAt(k + 2 + name.length)))
      return k;
    k = text9.indexOf("</", k + 2);
  }
  return end;
}
function scanMarkup(s) {
  const { text: text9, end, x } = s;
  const embedded = x.syntax.embedded;
  let i = s.pos;
  outer: while (i < end) {
    const c2 = text9.charCodeAt(i);
    for (const b of x.blockComments) {
      if (b.open.charCodeAt(0) === c2 && text9.startsWith(b.open, i)) {
        const cs = i + b.open.length;
        const k = text9.indexOf(b.close, cs);
        const ce = k === -1 || k >= end ? end : k;
        const after = ce === end ? end : k + b.close.length;
        s.comments.push({
          start: i,
          contentStart: cs,
          contentEnd: ce,
          end: after,
          kind: "block",
          star: false
        });
        i = after;
        continue outer;
      }
    }
    if (c2 === LT2 && embedded) {
      for (const island of embedded.islands ?? []) {
        if (text9.startsWith(island.open, i)) {
          const stopped = scanRegion(s, island.syntax, i + island.open.length, end, island.close);
          i = Math.min(end, stopped + island.close.length);
          continue outer;
        }
      }
      const name = startsWithIgnoreCase(text9, "script", i + 1) ? "script" : startsWithIgnoreCase(text9, "style", i + 1) ? "style" : null;
      const syntax = name === "script" ? embedded.script : name === "style" ? embedded.style : void 0;
      if (name !== null && syntax !== void 0 && !isIdentChar(text9.charCodeAt(i + 1 + name.length))) {
        const from = tagEnd(text9, i + 1 + name.length, end);
        const to = closingTag(text9, name, from, end);
        scanRegion(s, syntax, from, to, null);
        i = to === end ? end : to + 2;
        continue;
      }
    }
    if (c2 === LT2 && text9.startsWith("<![CDATA[", i)) {
      const k = text9.indexOf("]]>", i + 9);
      i = k === -1 || k >= end ? end : k + 3;
      continue;
    }
    i++;
  }
  s.pos = end;
}

// src/core/todos/lex-comments.ts
function lexComments(text9, syntax) {
  const source = text9.charCodeAt(0) === 65279 ? text9.slice(1) : text9;
  const comments = [];
  const state = {
    text: source,
    x: compileSyntax(syntax),
    end: source.length,
    stop: null,
    comments,
    pos: 0,
    depth: 0,
    brackets: 0,
    heredocs: null,
    jsxGaveUp: false
  };
  if (source.startsWith("#!") && (syntax.mode ?? "code") === "code") {
    while (state.pos < source.length && source.charCodeAt(state.pos) !== 10 && source.charCodeAt(state.pos) !== 13) {
      state.pos++;
    }
  }
  if (syntax.mode === "markup") scanMarkup(state);
  else if (syntax.mode === "markdown") scanMarkdown(state);
  else scanCode(state, -1);
  return buildComments(source, comments);
}

// src/core/todos/parse-todo-metadata.ts
var ASSIGNEE = /^@([A-Za-z\d](?:[A-Za-z\d-]{0,38}))$/;
var ISSUE = /^(?:#|GH-)(\d+)$/i;
var ISSUE_URL = /^https?:\/\/\S+\/(?:issues|pull)\/(\d+)$/;
var PRIORITY = /^P([0-4])$/i;
var LABEL = /^[\p{L}\p{N}][\p{L}\p{N}_./:-]{0,49}$/u;
function parseTodoMetadata(inside) {
  const metadata = { assignee: null, labels: [], issue: null, priority: null };
  for (const word of inside.split(/[\s,;]+/)) {
    if (!word) continue;
    const assignee = ASSIGNEE.exec(word);
    if (assignee) {
      metadata.assignee ??= assignee[1] ?? null;
      continue;
    }
    const issue = ISSUE.exec(word) ?? ISSUE_URL.exec(word);
    if (issue) {
      metadata.issue ??= `#${issue[1]}`;
      continue;
    }
    const priority2 = PRIORITY.exec(word);
    if (priority2) {
      metadata.priority ??= `P${priority2[1]}`;
      continue;
    }
    if (LABEL.test(word) && !metadata.labels.includes(word)) metadata.labels.push(word);
  }
  return metadata;
}

// src/core/todos/todo-fingerprint.ts
import { createHash as createHash3 } from "node:crypto";
var normalizeTodoText = (text9) => text9.replace(/\s+/g, " ").trim().replace(/[\s.,;:!…]+$/u, "");
function todoFingerprint(keyword, text9, occurrence) {
  return createHash3("sha256").update(`${keyword}\0${normalizeTodoText(text9)}\0${occurrence}`).digest("hex").slice(0, 16);
}

// src/core/todos/todo-matcher.ts
var DECORATION = /^[\s*\-–—•/#!;%>|@]*$/u;
var SENTENCE_END = /(?:[.;!?…—–]|\s-)\s+$/u;
var METADATA_OR_COLON = /^\s?[(:]/;
var NOT_A_TODO = /^[/.-][\p{L}\p{N}]/u;
var insideCodeSpan = (before) => (before.match(/`/g)?.length ?? 0) % 2 === 1;
var escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function todoMatcher(options) {
  const canonical = new Map(
    options.keywords.map((word) => [options.caseSensitive ? word : word.toLowerCase(), word])
  );
  const alternatives = [...options.keywords].sort((a, b) => b.length - a.length).map(escape).join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(${alternatives})(?![\\p{L}\\p{N}_])`,
    options.caseSensitive ? "gu" : "giu"
  );
  return (line6) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line6); match; match = pattern.exec(line6)) {
      const found2 = match[1] ?? "";
      const before = line6.slice(0, match.index);
      const rest = line6.slice(match.index + found2.length);
      if (insideCodeSpan(before)) continue;
      if (NOT_A_TODO.test(rest)) continue;
      if (DECORATION.test(before) || SENTENCE_END.test(before) && METADATA_OR_COLON.test(rest)) {
        const keyword = canonical.get(options.caseSensitive ? found2 : found2.toLowerCase()) ?? found2;
        return { keyword, rest };
      }
    }
    return null;
  };
}

// src/core/todos/find-todos.ts
var CONTEXT = 3;
var METADATA2 = /^\s*\(([^()]*)\)/;
var SEPARATOR = /^\s*(?:[:\-–—]\s*)?/u;
var CLOSER = /\s*(?:\*\/|-->|\*\)|-\}|#\]|\|#|=#|\]\])\s*$/;
var matchers = /* @__PURE__ */ new WeakMap();
var matcherFor = (options) => {
  let matcher = matchers.get(options);
  if (!matcher) matchers.set(options, matcher = todoMatcher(options));
  return matcher;
};
function findTodos(path, text9, language, options) {
  const match = matcherFor(options);
  const todos = [];
  let fileLines;
  const occurrences = /* @__PURE__ */ new Map();
  for (const comment of lexComments(text9, language.syntax)) {
    const { lines } = comment;
    for (let index3 = 0; index3 < lines.length; index3 += 1) {
      const start = match(lines[index3] ?? "");
      if (!start) continue;
      let rest = start.rest;
      const metadataMatch = METADATA2.exec(rest);
      const metadata = parseTodoMetadata(metadataMatch?.[1] ?? "");
      if (metadataMatch) rest = rest.slice(metadataMatch[0].length);
      rest = rest.replace(SEPARATOR, "").replace(CLOSER, "").trim();
      const body = [];
      let next = index3 + 1;
      for (; next < lines.length; next += 1) {
        const line7 = (lines[next] ?? "").replace(CLOSER, "").trim();
        if (line7 === "" || match(lines[next] ?? "")) break;
        body.push(line7);
      }
      if (rest === "" && body.length) rest = body.shift() ?? "";
      const key2 = `${start.keyword}\0${normalizeTodoText(rest)}`;
      const occurrence = occurrences.get(key2) ?? 0;
      occurrences.set(key2, occurrence + 1);
      fileLines ??= text9.split(/\r\n|\r|\n/);
      const line6 = comment.line + index3;
      const first = Math.max(1, line6 - CONTEXT);
      todos.push({
        path,
        line: line6,
        keyword: start.keyword,
        text: rest,
        assignee: metadata.assignee,
        labels: metadata.labels,
        issue: metadata.issue,
        fingerprint: todoFingerprint(start.keyword, rest, occurrence),
        priority: metadata.priority,
        body,
        context: { startLine: first, lines: fileLines.slice(first - 1, line6 + CONTEXT) },
        language: language.name
      });
      index3 = next - 1;
    }
  }
  return todos;
}

// src/core/todos/generated-file.ts
var GENERATED_NAMES = [
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/,
  /(^|\/)(Cargo\.lock|composer\.lock|poetry\.lock|pdm\.lock|uv\.lock|Pipfile\.lock|Gemfile\.lock)$/,
  /(^|\/)(go\.sum|Gopkg\.lock|glide\.lock)$/,
  /(^|\/)(\w+\.)?esy\.lock$/,
  /(^|\/)\.terraform\.lock\.hcl$/,
  /(^|\/)\.pnp\.[^/]*$/,
  /\.designer\.(cs|vb)$/i,
  /\.feature\.cs$/i,
  /\.pb\.(go|cc|h)$/,
  /_pb2(_grpc)?\.pyi?$/,
  /(^|\/)__generated__\//,
  /(^|\/)\.idea\//,
  /\.(nib|xcworkspacedata|xcuserstate)$/,
  /(^|\/)Carthage\/Build\//,
  /.\.zep\.(c|h|php)$/,
  /_tlb\.pas$/i
];
var COMPILED_OUTPUT = /\.(js|mjs|cjs|css)$/i;
var HEADER = /^[ \t]*(?:\/\/+!?|\/\*+!?|\*|#+|<!--|--|;+|%+|')?[ \t]*(?:Code generated .*DO NOT EDIT|(?:[^`'"\n]*\s)?@generated\b|<auto-generated\b|This (?:file|code) (?:is|was) (?:automatically |auto-?)?generated\b|Auto-?generated by\b|Generated by (?:the protocol buffer compiler|the gRPC|Cython|Haxe|CoffeeScript|PEG\.js)|GENERATED CODE -+ DO NOT (?:EDIT|MODIFY)|Generated code\. Do not modify|Autogenerated by Thrift Compiler|This file is generated by jOOQ|DO NOT EDIT THIS FILE - it is machine generated|The following code was generated by JFlex|This is a generated file\. Not intended for manual editing|(?:parser )?generated by jison)/im;
var HEADER_LINES = 40;
var HEADER_CHARS = 8192;
function headOf2(text9) {
  const head = text9.slice(0, HEADER_CHARS);
  let end = -1;
  for (let line6 = 0; line6 < HEADER_LINES; line6++) {
    end = head.indexOf("\n", end + 1);
    if (end === -1) return head;
  }
  return head.slice(0, end);
}
function endsWithSourceMap(text9) {
  const tail = text9.slice(-4096).replace(/\s+$/, "").split("\n").slice(-2);
  return tail.some((line6) => /^\/[*/][#@] source(?:Mapping)?URL|sourceURL=/.test(line6));
}
function sourceMap(path, text9) {
  if (!/\.map$/i.test(path)) return false;
  return /(\.css|\.js)\.map$/i.test(path) || /^\{"version":\d+,/.test(text9) || text9.startsWith("/** Begin line maps. **/{");
}
function generatedFile(path, text9) {
  if (GENERATED_NAMES.some((rule2) => rule2.test(path))) return true;
  if (sourceMap(path, text9)) return true;
  if (COMPILED_OUTPUT.test(path) && endsWithSourceMap(text9)) return true;
  return HEADER.test(headOf2(text9));
}

// src/core/todos/languages/extension-preferences.ts
var extensionPreferences = {
  ".h": "C",
  ".hh": "C++",
  ".inc": "C++",
  ".m": "Objective-C",
  ".mm": "Objective-C++",
  ".pl": "Perl",
  ".cgi": "Perl",
  ".fcgi": "PHP",
  ".spec": "Python",
  ".sql": "SQL",
  ".ddl": "SQL",
  ".prc": "SQL",
  ".md": "Markdown",
  ".ts": "TypeScript",
  ".tsx": "TSX",
  ".es": "JavaScript",
  ".gs": "JavaScript",
  ".frag": "GLSL",
  ".v": "Verilog",
  ".cls": "Apex",
  ".trigger": "Apex",
  ".fs": "F#",
  ".ml": "OCaml",
  ".d": "D",
  ".s": "Unix Assembly",
  ".pp": "Puppet",
  ".php": "PHP",
  ".rs": "Rust",
  ".cake": "C#",
  ".properties": "Java Properties",
  ".pro": "INI",
  ".bas": "VBA",
  ".frm": "VBA",
  ".vba": "VBA",
  ".sch": "Scheme"
};

// src/core/todos/languages/language-table.ts
import javaScriptData from "linguist-languages/data/JavaScript";
import typeScriptData from "linguist-languages/data/TypeScript";
import tsxData from "linguist-languages/data/TSX";
import pythonData from "linguist-languages/data/Python";
import javaData from "linguist-languages/data/Java";
import cSharpData from "linguist-languages/data/C_23_";
import cppData from "linguist-languages/data/C_2b__2b_";
import cData from "linguist-languages/data/C";
import phpData from "linguist-languages/data/PHP";
import shellData from "linguist-languages/data/Shell";
import goData from "linguist-languages/data/Go";
import rubyData from "linguist-languages/data/Ruby";
import kotlinData from "linguist-languages/data/Kotlin";
import swiftData from "linguist-languages/data/Swift";
import rustData from "linguist-languages/data/Rust";
import dartData from "linguist-languages/data/Dart";
import objectiveCData from "linguist-languages/data/Objective-C";
import objectiveCppData from "linguist-languages/data/Objective-C_2b__2b_";
import scalaData from "linguist-languages/data/Scala";
import htmlData from "linguist-languages/data/HTML";
import cssData from "linguist-languages/data/CSS";
import scssData from "linguist-languages/data/SCSS";
import lessData from "linguist-languages/data/Less";
import sassData from "linguist-languages/data/Sass";
import stylusData from "linguist-languages/data/Stylus";
import vueData from "linguist-languages/data/Vue";
import svelteData from "linguist-languages/data/Svelte";
import markdownData from "linguist-languages/data/Markdown";
import mdxData from "linguist-languages/data/MDX";
import yamlData from "linguist-languages/data/YAML";
import tomlData from "linguist-languages/data/TOML";
import dockerfileData from "linguist-languages/data/Dockerfile";
import makefileData from "linguist-languages/data/Makefile";
import cMakeData from "linguist-languages/data/CMake";
import hclData from "linguist-languages/data/HCL";
import nixData from "linguist-languages/data/Nix";
import sqlData from "linguist-languages/data/SQL";
import pLpgSQLData from "linguist-languages/data/PLpgSQL";
import plsqlData from "linguist-languages/data/PLSQL";
import tsqlData from "linguist-languages/data/TSQL";
import luaData from "linguist-languages/data/Lua";
import powerShellData from "linguist-languages/data/PowerShell";
import rData from "linguist-languages/data/R";
import juliaData from "linguist-languages/data/Julia";
import perlData from "linguist-languages/data/Perl";
import elixirData from "linguist-languages/data/Elixir";
import erlangData from "linguist-languages/data/Erlang";
import haskellData from "linguist-languages/data/Haskell";
import elmData from "linguist-languages/data/Elm";
import pureScriptData from "linguist-languages/data/PureScript";
import idrisData from "linguist-languages/data/Idris";
import oCamlData from "linguist-languages/data/OCaml";
import fSharpData from "linguist-languages/data/F_23_";
import standardMLData from "linguist-languages/data/Standard_20_ML";
import clojureData from "linguist-languages/data/Clojure";
import commonLispData from "linguist-languages/data/Common_20_Lisp";
import schemeData from "linguist-languages/data/Scheme";
import racketData from "linguist-languages/data/Racket";
import emacsLispData from "linguist-languages/data/Emacs_20_Lisp";
import fennelData from "linguist-languages/data/Fennel";
import groovyData from "linguist-languages/data/Groovy";
import gradleData from "linguist-languages/data/Gradle";
import gradleKotlinDSLData from "linguist-languages/data/Gradle_20_Kotlin_20_DSL";
import zigData from "linguist-languages/data/Zig";
import nimData from "linguist-languages/data/Nim";
import crystalData from "linguist-languages/data/Crystal";
import visualBasicNETData from "linguist-languages/data/Visual_20_Basic_20_.NET";
import vbaData from "linguist-languages/data/VBA";
import vBScriptData from "linguist-languages/data/VBScript";
import visualBasic60Data from "linguist-languages/data/Visual_20_Basic_20_6.0";
import solidityData from "linguist-languages/data/Solidity";
import protocolBufferData from "linguist-languages/data/Protocol_20_Buffer";
import graphQLData from "linguist-languages/data/GraphQL";
import matlabData from "linguist-languages/data/MATLAB";
import teXData from "linguist-languages/data/TeX";
import fortranFreeFormData from "linguist-languages/data/Fortran_20_Free_20_Form";
import fortranData from "linguist-languages/data/Fortran";
import assemblyData from "linguist-languages/data/Assembly";
import unixAssemblyData from "linguist-languages/data/Unix_20_Assembly";
import xmlData from "linguist-languages/data/XML";
import svgData from "linguist-languages/data/SVG";
import vimScriptData from "linguist-languages/data/Vim_20_script";
import apexData from "linguist-languages/data/Apex";
import cudaData from "linguist-languages/data/Cuda";
import glslData from "linguist-languages/data/GLSL";
import hlslData from "linguist-languages/data/HLSL";
import verilogData from "linguist-languages/data/Verilog";
import systemVerilogData from "linguist-languages/data/SystemVerilog";
import dData from "linguist-languages/data/D";
import vData from "linguist-languages/data/V";
import hackData from "linguist-languages/data/Hack";
import haxeData from "linguist-languages/data/Haxe";
import valaData from "linguist-languages/data/Vala";
import thriftData from "linguist-languages/data/Thrift";
import jsonnetData from "linguist-languages/data/Jsonnet";
import jSONWithCommentsData from "linguist-languages/data/JSON_20_with_20_Comments";
import json5Data from "linguist-languages/data/JSON5";
import bicepData from "linguist-languages/data/Bicep";
import coffeeScriptData from "linguist-languages/data/CoffeeScript";
import starlarkData from "linguist-languages/data/Starlark";
import cythonData from "linguist-languages/data/Cython";
import adaData from "linguist-languages/data/Ada";
import vhdlData from "linguist-languages/data/VHDL";
import prologData from "linguist-languages/data/Prolog";
import pascalData from "linguist-languages/data/Pascal";
import tclData from "linguist-languages/data/Tcl";
import awkData from "linguist-languages/data/Awk";
import fishData from "linguist-languages/data/fish";
import puppetData from "linguist-languages/data/Puppet";
import justData from "linguist-languages/data/Just";
import mesonData from "linguist-languages/data/Meson";
import gitConfigData from "linguist-languages/data/Git_20_Config";
import editorConfigData from "linguist-languages/data/EditorConfig";
import iniData from "linguist-languages/data/INI";
import javaPropertiesData from "linguist-languages/data/Java_20_Properties";
import ignoreListData from "linguist-languages/data/Ignore_20_List";
import dotenvData from "linguist-languages/data/Dotenv";
import batchfileData from "linguist-languages/data/Batchfile";
import bladeData from "linguist-languages/data/Blade";
import hTMLPlusERBData from "linguist-languages/data/HTML_2b_ERB";
import handlebarsData from "linguist-languages/data/Handlebars";
import twigData from "linguist-languages/data/Twig";
import jinjaData from "linguist-languages/data/Jinja";
import liquidData from "linguist-languages/data/Liquid";

// src/core/todos/languages/families/c-like-syntaxes.ts
var C_BLOCK = { open: "/*", close: "*/" };
var C_NESTED = { open: "/*", close: "*/", nested: true };
var c = {
  family: "c",
  lineComments: ["//"],
  blockComments: [C_BLOCK],
  quotes: `"'`,
  charLiterals: true,
  cppRawStrings: true
};
var cStrings = {
  family: "c-strings",
  lineComments: ["//"],
  blockComments: [C_BLOCK],
  quotes: `"'`
};
var javascript = {
  family: "javascript",
  lineComments: ["//"],
  blockComments: [C_BLOCK],
  quotes: `"'\``,
  multilineQuotes: "`",
  interpolatedQuotes: "`",
  interpolations: ["${"],
  regexLiterals: true,
  jsx: true
};
var css = { family: "css", blockComments: [C_BLOCK], quotes: `"'`, cssUrls: true };
var scss = { ...css, family: "scss", lineComments: ["//"] };
var php = {
  family: "php",
  lineComments: ["//", "#"],
  blockComments: [C_BLOCK],
  quotes: `"'\``,
  multilineQuotes: `"'\``,
  heredoc: "php"
};
var typescript = { ...javascript, family: "typescript", jsx: false };
var cLikeSyntaxes = {
  c,
  cStrings,
  java: { ...c, family: "java", tripleQuotes: true, cppRawStrings: false },
  csharp: {
    ...c,
    family: "csharp",
    cppRawStrings: false,
    fencedStrings: [
      { open: '"""', close: '"""' },
      { open: '@"', close: '"' },
      { open: '@$"', close: '"' }
    ]
  },
  go: { ...c, family: "go", cppRawStrings: false, fencedStrings: [{ open: "`", close: "`" }] },
  rust: {
    ...c,
    family: "rust",
    blockComments: [C_NESTED],
    cppRawStrings: false,
    multilineQuotes: '"',
    fencedStrings: [
      { open: 'r"', close: '"' },
      { open: 'r#"', close: '"#' },
      { open: 'r##"', close: '"##' }
    ]
  },
  swift: {
    family: "swift",
    lineComments: ["//"],
    blockComments: [C_NESTED],
    quotes: '"',
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ["\\("],
    fencedStrings: [
      { open: '#"', close: '"#' },
      { open: '##"', close: '"##' }
    ]
  },
  kotlin: {
    ...c,
    family: "kotlin",
    blockComments: [C_NESTED],
    cppRawStrings: false,
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ["${"]
  },
  dart: {
    family: "dart",
    lineComments: ["//"],
    blockComments: [C_NESTED],
    quotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: `"'`,
    interpolations: ["${"],
    fencedStrings: [
      { open: 'r"""', close: '"""' },
      { open: "r'''", close: "'''" },
      { open: 'r"', close: '"' },
      { open: "r'", close: "'" }
    ]
  },
  groovy: {
    ...cStrings,
    family: "groovy",
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ["${"]
  },
  d: {
    ...c,
    family: "d",
    cppRawStrings: false,
    blockComments: [C_BLOCK, { open: "/+", close: "+/", nested: true }],
    multilineQuotes: '"',
    fencedStrings: [
      { open: "`", close: "`" },
      { open: 'r"', close: '"' }
    ]
  },
  zig: {
    ...c,
    family: "zig",
    cppRawStrings: false,
    blockComments: [],
    fencedStrings: [{ open: "\\\\", close: "\n" }]
  },
  verilog: { family: "verilog", lineComments: ["//"], blockComments: [C_BLOCK], quotes: '"' },
  hcl: {
    family: "hcl",
    lineComments: ["#", "//"],
    blockComments: [C_BLOCK],
    quotes: '"',
    interpolatedQuotes: '"',
    interpolations: ["${"],
    heredoc: "ruby"
  },
  javascript,
  typescript,
  tsx: { ...javascript, family: "tsx" },
  php,
  css,
  scss
};

// src/core/todos/languages/families/hash-syntaxes.ts
var python = {
  family: "python",
  lineComments: ["#"],
  quotes: `"'`,
  tripleQuotes: true,
  docstrings: true
};
var shell = {
  family: "shell",
  lineComments: ["#"],
  commentsAtWordStart: true,
  quotes: `"'`,
  rawQuotes: "'",
  multilineQuotes: `"'`,
  ansiCQuotes: true,
  interpolatedQuotes: '"',
  interpolations: ["$(", "${"],
  heredoc: "shell",
  escapeChars: "\\"
};
var hashSyntaxes = {
  python,
  ruby: {
    family: "ruby",
    lineComments: ["#"],
    blockComments: [{ open: "=begin", close: "=end", lineStart: true }],
    quotes: `"'\``,
    multilineQuotes: `"'\``,
    interpolatedQuotes: '"`',
    interpolations: ["#{"],
    heredoc: "ruby",
    regexLiterals: true
  },
  perl: {
    family: "perl",
    lineComments: ["#"],
    commentNotAfter: "$",
    blockComments: [
      "=pod",
      "=head1",
      "=head2",
      "=head3",
      "=begin",
      "=over",
      "=item",
      "=encoding",
      "=for"
    ].map((open) => ({ open, close: "=cut", lineStart: true })),
    quotes: `"'\``,
    multilineQuotes: `"'\``,
    heredoc: "ruby",
    regexLiterals: true
  },
  shell,
  fish: { ...shell, family: "fish", heredoc: void 0, interpolations: ["$("] },
  powershell: {
    family: "powershell",
    lineComments: ["#"],
    blockComments: [{ open: "<#", close: "#>" }],
    quotes: `"'`,
    rawQuotes: "'",
    stringEscape: "`",
    multilineQuotes: `"'`,
    interpolatedQuotes: '"',
    interpolations: ["$("],
    fencedStrings: [
      { open: '@"', close: '"@' },
      { open: "@'", close: "'@" }
    ]
  },
  r: {
    family: "r",
    lineComments: ["#"],
    quotes: `"'`,
    multilineQuotes: `"'`,
    fencedStrings: [{ open: "`", close: "`" }]
  },
  julia: {
    family: "julia",
    lineComments: ["#"],
    blockComments: [{ open: "#=", close: "=#", nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ["$("],
    fencedStrings: [{ open: "`", close: "`" }]
  },
  elixir: {
    family: "elixir",
    lineComments: ["#"],
    quotes: `"'`,
    multilineQuotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: `"'`,
    interpolations: ["#{"]
  },
  crystal: {
    family: "crystal",
    lineComments: ["#"],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    interpolatedQuotes: '"',
    interpolations: ["#{"],
    heredoc: "ruby"
  },
  nim: {
    family: "nim",
    lineComments: ["#"],
    blockComments: [{ open: "#[", close: "]#", nested: true }],
    quotes: `"'`,
    charLiterals: true,
    tripleQuotes: true
  },
  coffeescript: {
    family: "coffeescript",
    lineComments: ["#"],
    blockComments: [{ open: "###", close: "###" }],
    quotes: `"'`,
    multilineQuotes: `"'`,
    tripleQuotes: true,
    interpolatedQuotes: '"',
    interpolations: ["#{"]
  },
  /** `#` comments with `"`/`'` strings: GraphQL, Tcl, Puppet, Meson, Just, and other simple hash languages. */
  hash: { family: "hash", lineComments: ["#"], quotes: `"'`, multilineQuotes: `"'` },
  graphql: { family: "graphql", lineComments: ["#"], quotes: '"', tripleQuotes: true },
  awk: { family: "awk", lineComments: ["#"], quotes: '"', regexLiterals: true },
  yaml: {
    family: "yaml",
    lineComments: ["#"],
    commentsAtWordStart: true,
    quotes: `"'`,
    rawQuotes: "'",
    multilineQuotes: `"'`,
    quotesAtWordStart: true
  },
  toml: { family: "toml", lineComments: ["#"], quotes: `"'`, rawQuotes: "'", tripleQuotes: true },
  /**
   * Makefiles: `#` anywhere but in a quoted word of a recipe (`echo "#"`, which the shell sees as a string); a
   * quote inside a word (`don't`) is text; `\#` is literal.
   */
  make: {
    family: "make",
    lineComments: ["#"],
    quotes: `"'`,
    rawQuotes: "'",
    quotesAtWordStart: true,
    escapeChars: "\\"
  },
  cmake: {
    family: "cmake",
    lineComments: ["#"],
    blockComments: [
      { open: "#[[", close: "]]" },
      { open: "#[=[", close: "]=]" }
    ],
    quotes: '"',
    multilineQuotes: '"',
    fencedStrings: [{ open: "[[", close: "]]" }]
  },
  nix: {
    family: "nix",
    lineComments: ["#"],
    blockComments: [{ open: "/*", close: "*/" }],
    quotes: '"',
    multilineQuotes: '"',
    interpolatedQuotes: '"',
    interpolations: ["${"],
    fencedStrings: [{ open: "''", close: "''" }]
  },
  /** Comments only as the first thing on a line, values not quoted: INI, Git config, properties, ignore lists. */
  ini: { family: "ini", lineStartComments: [";", "#"] },
  properties: { family: "properties", lineStartComments: ["#", "!"] },
  dotenv: {
    family: "dotenv",
    lineComments: ["#"],
    commentsAtWordStart: true,
    quotes: `"'`,
    rawQuotes: "'",
    quotesAtWordStart: true
  }
};

// src/core/todos/languages/families/markup-syntaxes.ts
var { typescript: typescript2, css: css2, scss: scss2, php: php2 } = cLikeSyntaxes;
var HTML_COMMENT = { open: "<!--", close: "-->" };
var html = {
  family: "html",
  mode: "markup",
  blockComments: [HTML_COMMENT],
  embedded: { script: typescript2, style: css2 }
};
var markupSyntaxes = {
  html,
  xml: { family: "xml", mode: "markup", blockComments: [HTML_COMMENT] },
  vue: { ...html, family: "vue", embedded: { script: typescript2, style: scss2 } },
  phpMarkup: {
    family: "php",
    mode: "markup",
    blockComments: [HTML_COMMENT],
    embedded: {
      script: typescript2,
      style: css2,
      islands: [
        { open: "<?php", close: "?>", syntax: php2 },
        { open: "<?=", close: "?>", syntax: php2 },
        { open: "<?", close: "?>", syntax: php2 }
      ]
    }
  },
  blade: {
    ...html,
    family: "blade",
    blockComments: [{ open: "{{--", close: "--}}" }, HTML_COMMENT],
    embedded: { ...html.embedded, islands: [{ open: "<?php", close: "?>", syntax: php2 }] }
  },
  erb: { ...html, family: "erb", blockComments: [{ open: "<%#", close: "%>" }, HTML_COMMENT] },
  handlebars: {
    ...html,
    family: "handlebars",
    blockComments: [{ open: "{{!--", close: "--}}" }, { open: "{{!", close: "}}" }, HTML_COMMENT]
  },
  jinja: { ...html, family: "jinja", blockComments: [{ open: "{#", close: "#}" }, HTML_COMMENT] },
  liquid: {
    ...html,
    family: "liquid",
    blockComments: [{ open: "{% comment %}", close: "{% endcomment %}" }, HTML_COMMENT]
  },
  markdown: { family: "markdown", mode: "markdown" }
};

// src/core/todos/languages/families/other-syntaxes.ts
var lisp = {
  family: "lisp",
  lineComments: [";"],
  blockComments: [{ open: "#|", close: "|#", nested: true }],
  quotes: '"',
  multilineQuotes: '"',
  escapeChars: "\\"
};
var haskell = {
  family: "haskell",
  lineComments: ["--"],
  blockComments: [{ open: "{-", close: "-}", nested: true }],
  quotes: `"'`,
  charLiterals: true
};
var vb = {
  family: "basic",
  lineComments: ["'"],
  wordComments: ["REM"],
  quotes: '"',
  rawQuotes: '"'
};
var fortran = { family: "fortran", lineComments: ["!"], quotes: `"'`, rawQuotes: `"'` };
var otherSyntaxes = {
  sql: {
    family: "sql",
    lineComments: ["--"],
    blockComments: [{ open: "/*", close: "*/" }],
    quotes: `'"\``,
    rawQuotes: `'"\``,
    multilineQuotes: `'"\``
  },
  lua: { family: "lua", lineComments: ["--"], quotes: `"'`, longBrackets: true },
  haskell,
  ada: { family: "ada", lineComments: ["--"], quotes: `"'`, rawQuotes: '"', charLiterals: true },
  lisp,
  clojure: { ...lisp, family: "clojure", blockComments: [] },
  emacsLisp: { ...lisp, family: "emacs-lisp", blockComments: [], escapeChars: "\\?" },
  assembly: { family: "assembly", lineComments: [";"], quotes: `"'` },
  unixAssembly: {
    family: "unix-assembly",
    lineComments: ["#", "//"],
    blockComments: [{ open: "/*", close: "*/" }],
    quotes: '"'
  },
  tex: { family: "tex", lineComments: ["%"], escapeChars: "\\" },
  erlang: { family: "erlang", lineComments: ["%"], quotes: `"'`, multilineQuotes: `"'`, escapeChars: "$" },
  matlab: {
    family: "matlab",
    lineComments: ["%"],
    blockComments: [{ open: "%{", close: "%}", lineStart: true }],
    quotes: `"'`,
    rawQuotes: `"'`,
    transposeQuote: true
  },
  prolog: {
    family: "prolog",
    lineComments: ["%"],
    blockComments: [{ open: "/*", close: "*/" }],
    quotes: `"'`
  },
  ocaml: {
    family: "ocaml",
    blockComments: [{ open: "(*", close: "*)", nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    fencedStrings: [{ open: "{|", close: "|}" }]
  },
  fsharp: {
    family: "fsharp",
    lineComments: ["//"],
    blockComments: [{ open: "(*", close: "*)", nested: true }],
    quotes: `"'`,
    charLiterals: true,
    multilineQuotes: '"',
    tripleQuotes: true,
    fencedStrings: [{ open: '@"', close: '"' }]
  },
  pascal: {
    family: "pascal",
    lineComments: ["//"],
    blockComments: [
      { open: "{", close: "}" },
      { open: "(*", close: "*)" }
    ],
    quotes: "'",
    rawQuotes: "'"
  },
  fortran,
  fortranFixed: { ...fortran, family: "fortran-fixed", column1Comments: ["C", "c", "*"] },
  vb,
  batch: { family: "batch", wordComments: ["REM"], lineStartComments: ["::"] },
  vim: { family: "vim", lineStartComments: ['"'], quotes: `"'`, rawQuotes: "'" }
};

// src/core/todos/languages/syntax-families.ts
var syntaxFamilies = { ...cLikeSyntaxes, ...hashSyntaxes, ...otherSyntaxes, ...markupSyntaxes };

// src/core/todos/languages/language-table.ts
var languageTable = [
  [javaScriptData, syntaxFamilies.javascript],
  [typeScriptData, syntaxFamilies.typescript],
  [tsxData, syntaxFamilies.tsx],
  [pythonData, syntaxFamilies.python],
  [javaData, syntaxFamilies.java],
  [cSharpData, syntaxFamilies.csharp],
  [cppData, syntaxFamilies.c],
  [cData, syntaxFamilies.c],
  [phpData, syntaxFamilies.phpMarkup],
  [shellData, syntaxFamilies.shell],
  [goData, syntaxFamilies.go],
  [rubyData, syntaxFamilies.ruby],
  [kotlinData, syntaxFamilies.kotlin],
  [swiftData, syntaxFamilies.swift],
  [rustData, syntaxFamilies.rust],
  [dartData, syntaxFamilies.dart],
  [objectiveCData, syntaxFamilies.c],
  [objectiveCppData, syntaxFamilies.c],
  [scalaData, syntaxFamilies.kotlin],
  [htmlData, syntaxFamilies.html],
  [cssData, syntaxFamilies.css],
  [scssData, syntaxFamilies.scss],
  [lessData, syntaxFamilies.scss],
  [sassData, syntaxFamilies.scss],
  [stylusData, syntaxFamilies.scss],
  [vueData, syntaxFamilies.vue],
  [svelteData, syntaxFamilies.vue],
  [markdownData, syntaxFamilies.markdown],
  [mdxData, syntaxFamilies.markdown],
  [yamlData, syntaxFamilies.yaml],
  [tomlData, syntaxFamilies.toml],
  [dockerfileData, syntaxFamilies.shell],
  [makefileData, syntaxFamilies.make],
  [cMakeData, syntaxFamilies.cmake],
  [hclData, syntaxFamilies.hcl],
  [nixData, syntaxFamilies.nix],
  [sqlData, syntaxFamilies.sql],
  [pLpgSQLData, syntaxFamilies.sql],
  [plsqlData, syntaxFamilies.sql],
  [tsqlData, syntaxFamilies.sql],
  [luaData, syntaxFamilies.lua],
  [powerShellData, syntaxFamilies.powershell],
  [rData, syntaxFamilies.r],
  [juliaData, syntaxFamilies.julia],
  [perlData, syntaxFamilies.perl],
  [elixirData, syntaxFamilies.elixir],
  [erlangData, syntaxFamilies.erlang],
  [haskellData, syntaxFamilies.haskell],
  [elmData, syntaxFamilies.haskell],
  [pureScriptData, syntaxFamilies.haskell],
  [idrisData, syntaxFamilies.haskell],
  [oCamlData, syntaxFamilies.ocaml],
  [fSharpData, syntaxFamilies.fsharp],
  [standardMLData, syntaxFamilies.ocaml],
  [clojureData, syntaxFamilies.clojure],
  [commonLispData, syntaxFamilies.lisp],
  [schemeData, syntaxFamilies.lisp],
  [racketData, syntaxFamilies.lisp],
  [emacsLispData, syntaxFamilies.emacsLisp],
  [fennelData, syntaxFamilies.clojure],
  [groovyData, syntaxFamilies.groovy],
  [gradleData, syntaxFamilies.groovy],
  [gradleKotlinDSLData, syntaxFamilies.kotlin],
  [zigData, syntaxFamilies.zig],
  [nimData, syntaxFamilies.nim],
  [crystalData, syntaxFamilies.crystal],
  [visualBasicNETData, syntaxFamilies.vb],
  [vbaData, syntaxFamilies.vb],
  [vBScriptData, syntaxFamilies.vb],
  [visualBasic60Data, syntaxFamilies.vb],
  [solidityData, syntaxFamilies.cStrings],
  [protocolBufferData, syntaxFamilies.cStrings],
  [graphQLData, syntaxFamilies.graphql],
  [matlabData, syntaxFamilies.matlab],
  [teXData, syntaxFamilies.tex],
  [fortranFreeFormData, syntaxFamilies.fortran],
  [fortranData, syntaxFamilies.fortranFixed],
  [assemblyData, syntaxFamilies.assembly],
  [unixAssemblyData, syntaxFamilies.unixAssembly],
  [xmlData, syntaxFamilies.xml],
  [svgData, syntaxFamilies.xml],
  [vimScriptData, syntaxFamilies.vim],
  [apexData, syntaxFamilies.java],
  [cudaData, syntaxFamilies.c],
  [glslData, syntaxFamilies.c],
  [hlslData, syntaxFamilies.c],
  [verilogData, syntaxFamilies.verilog],
  [systemVerilogData, syntaxFamilies.verilog],
  [dData, syntaxFamilies.d],
  [vData, syntaxFamilies.cStrings],
  [hackData, syntaxFamilies.php],
  [haxeData, syntaxFamilies.cStrings],
  [valaData, syntaxFamilies.c],
  [thriftData, syntaxFamilies.cStrings],
  [jsonnetData, syntaxFamilies.cStrings],
  [jSONWithCommentsData, syntaxFamilies.cStrings],
  [json5Data, syntaxFamilies.cStrings],
  [bicepData, syntaxFamilies.cStrings],
  [coffeeScriptData, syntaxFamilies.coffeescript],
  [starlarkData, syntaxFamilies.python],
  [cythonData, syntaxFamilies.python],
  [adaData, syntaxFamilies.ada],
  [vhdlData, syntaxFamilies.ada],
  [prologData, syntaxFamilies.prolog],
  [pascalData, syntaxFamilies.pascal],
  [tclData, syntaxFamilies.hash],
  [awkData, syntaxFamilies.awk],
  [fishData, syntaxFamilies.fish],
  [puppetData, syntaxFamilies.hash],
  [justData, syntaxFamilies.hash],
  [mesonData, syntaxFamilies.hash],
  [gitConfigData, syntaxFamilies.ini],
  [editorConfigData, syntaxFamilies.ini],
  [iniData, syntaxFamilies.ini],
  [javaPropertiesData, syntaxFamilies.properties],
  [ignoreListData, syntaxFamilies.ini],
  [dotenvData, syntaxFamilies.dotenv],
  [batchfileData, syntaxFamilies.batch],
  [bladeData, syntaxFamilies.blade],
  [hTMLPlusERBData, syntaxFamilies.erb],
  [handlebarsData, syntaxFamilies.handlebars],
  [twigData, syntaxFamilies.jinja],
  [jinjaData, syntaxFamilies.jinja],
  [liquidData, syntaxFamilies.liquid]
];

// src/core/todos/languages/language-index.ts
var index2 = null;
function languageIndex() {
  if (index2) return index2;
  const byFilename = /* @__PURE__ */ new Map();
  const byExtension = /* @__PURE__ */ new Map();
  const byInterpreter = /* @__PURE__ */ new Map();
  let longestExtension = 0;
  for (const [data, syntax] of languageTable) {
    const language = { name: data.name, syntax };
    for (const f of data.filenames ?? []) if (!byFilename.has(f)) byFilename.set(f, language);
    for (const i of data.interpreters ?? []) if (!byInterpreter.has(i)) byInterpreter.set(i, language);
    for (const e of data.extensions ?? []) {
      const ext = e.toLowerCase();
      const claimants = byExtension.get(ext) ?? [];
      if (!claimants.some((l) => l.name === language.name)) claimants.push(language);
      byExtension.set(ext, claimants);
      longestExtension = Math.max(longestExtension, ext.length);
    }
  }
  for (const [ext, claimants] of byExtension) {
    const preferred = extensionPreferences[ext];
    const at = claimants.findIndex((l) => l.name === preferred);
    if (at > 0) claimants.unshift(...claimants.splice(at, 1));
  }
  index2 = { byFilename, byExtension, byInterpreter, longestExtension };
  return index2;
}

// src/core/todos/language-of.ts
function shebangInterpreter(text9) {
  const from = text9.charCodeAt(0) === 65279 ? 1 : 0;
  if (!text9.startsWith("#!", from)) return null;
  let end = from + 2;
  while (end < text9.length && end < from + 200 && text9.charCodeAt(end) !== 10 && text9.charCodeAt(end) !== 13)
    end++;
  const words = text9.slice(from + 2, end).trim().split(/\s+/);
  let program = words[0]?.slice(words[0].lastIndexOf("/") + 1) ?? "";
  if (program === "env") {
    program = words.slice(1).find((w) => !w.startsWith("-") && !w.includes("=")) ?? "";
  }
  return program === "" ? null : program;
}
function byShebang(text9) {
  const interpreter = shebangInterpreter(text9);
  if (interpreter === null) return null;
  const { byInterpreter } = languageIndex();
  return byInterpreter.get(interpreter) ?? byInterpreter.get(interpreter.replace(/\.[\d.]*$/, "")) ?? byInterpreter.get(interpreter.replace(/[\d.]+$/, "")) ?? null;
}
function languageOf(path, text9) {
  const { byFilename, byExtension, longestExtension } = languageIndex();
  const name = path.slice(path.lastIndexOf("/") + 1);
  const exact = byFilename.get(name);
  if (exact) return exact;
  const lower2 = name.toLowerCase();
  for (let dot = lower2.indexOf(".", 1); dot !== -1; dot = lower2.indexOf(".", dot + 1)) {
    if (lower2.length - dot > longestExtension) continue;
    const claimants = byExtension.get(lower2.slice(dot));
    if (!claimants) continue;
    const first = claimants[0];
    if (claimants.length === 1) return first;
    const shebang = byShebang(text9);
    return claimants.find((l) => l.name === shebang?.name) ?? first;
  }
  if (/^(?:Dockerfile|Containerfile)[.-]/.test(name)) return byFilename.get("Dockerfile") ?? null;
  return byShebang(text9);
}

// src/core/todos/mentions-keyword.ts
var FOLDS_ONTO = { k: "\u212A", s: "\u017F" };
var utf8AsLatin1 = (char) => Buffer.from(char, "utf8").toString("latin1");
var escape2 = (char) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function caseInsensitivePattern(keywords) {
  if (keywords.some((word) => /[^\x20-\x7e]/.test(word))) return null;
  const alternatives = keywords.map(
    (word) => [...word].map((char) => {
      const lower2 = char.toLowerCase();
      if (lower2 === char.toUpperCase()) return escape2(char);
      const fold = FOLDS_ONTO[lower2];
      const letters = `[${lower2}${char.toUpperCase()}]`;
      return fold ? `(?:${letters}|${utf8AsLatin1(fold)})` : letters;
    }).join("")
  );
  return new RegExp(alternatives.join("|"));
}
function testFor(options) {
  if (options.keywords.length === 0) return () => false;
  if (options.caseSensitive) {
    const needles = options.keywords.map((word) => Buffer.from(word, "utf8"));
    return (bytes) => needles.some((needle) => bytes.indexOf(needle) !== -1);
  }
  const pattern = caseInsensitivePattern(options.keywords);
  if (!pattern) return () => true;
  return (bytes) => pattern.test(bytes.toString("latin1"));
}
var tests = /* @__PURE__ */ new WeakMap();
function mentionsKeyword(bytes, options) {
  let test = tests.get(options);
  if (!test) tests.set(options, test = testFor(options));
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return test(buffer);
}

// src/core/todos/minified-file.ts
var MAYBE_MINIFIED = /\.(js|mjs|cjs|css)$/i;
var AVERAGE_LINE = 110;
var LONG_LINE = 5e3;
var LONG_LINE_WINDOW = 64 * 1024;
function averageLineOver(text9, limit) {
  let lines = 1;
  for (let at = text9.indexOf("\n"); at !== -1; at = text9.indexOf("\n", at + 1)) lines++;
  const newlines = lines - 1;
  return Math.floor((text9.length - newlines) / lines) > limit;
}
function hasLongLine(text9) {
  const window = text9.length > LONG_LINE_WINDOW ? text9.slice(0, LONG_LINE_WINDOW) : text9;
  let start = 0;
  for (let at = window.indexOf("\n"); at !== -1; at = window.indexOf("\n", start)) {
    if (at - start > LONG_LINE) return true;
    start = at + 1;
  }
  return window.length - start > LONG_LINE;
}
function minifiedFile(path, text9) {
  if (MAYBE_MINIFIED.test(path) && text9.length > 0 && averageLineOver(text9, AVERAGE_LINE)) return true;
  return hasLongLine(text9);
}

// src/core/todos/scan-file.ts
var MAX_SOURCE_BYTES = 2 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function scanFile(path, bytes, options) {
  if (binaryContent(bytes)) return { todos: [], skipped: "binary" };
  if (!mentionsKeyword(bytes, options)) return { todos: [], skipped: null };
  const text9 = decoder.decode(bytes);
  if (generatedFile(path, text9)) return { todos: [], skipped: "generated" };
  if (minifiedFile(path, text9)) return { todos: [], skipped: "minified" };
  const language = languageOf(path, text9);
  if (!language) return { todos: [], skipped: null };
  return { todos: findTodos(path, text9, language, options), skipped: null };
}

// src/core/todos/vendored-path.ts
var VENDORED = [
  // Dependency trees of package managers.
  /(^|\/)node_modules\//,
  /(^|\/)bower_components\//,
  /(^|\/)\.yarn\//,
  /(^|\/)Godeps\//,
  /^Pods\//,
  /^Carthage\//,
  /^[Dd]ependencies\//,
  /^[Pp]ackages\/.+\.\d+\//,
  /(^|\/)\.?venv\//,
  /(^|\/)gradle\/wrapper\//,
  /(^|\/)gradlew(\.bat)?$/,
  // Vendored and third-party code, build output.
  /(^|\/)vendors?\//,
  /(^|\/)[Vv]+endor\//,
  /(^|\/)third[-_]?party\//,
  /(^|\/)3rd[-_]?party\//,
  /(^|\/)dist\//,
  /(^|\/)docs?\/_?(build|themes?|templates?|static)\//,
  /(^|\/)\.google_apis\//,
  /(^|\/)Sparkle\//,
  /(^|\/)(Crashlytics|Fabric)\.framework\//,
  // Test fixtures are other people's files by design (and a TODO scanner's fixtures are full of fake TODOs).
  /^[Tt]ests?\/fixtures\//,
  /^[Ss]pecs?\/fixtures\//,
  // Minified and commonly bundled JavaScript and CSS.
  /(\.|-)min\.(js|css)$/,
  /(^|\/)jquery([^.]*)\.js$/,
  /(^|\/)jquery-\d\.\d+(\.\d+)?\.js$/,
  /(^|\/)jquery-ui(-\d\.\d+(\.\d+)?)?(\.\w+)?\.(js|css)$/,
  /(^|\/)jquery\.(ui|effects)\.([^.]*)\.(js|css)$/,
  /(^|\/)bootstrap([^.]*)\.(js|css|less|scss|styl)$/,
  /(^|\/)bootstrap-datepicker\//,
  /(^|\/)font-awesome\.(css|less|scss|styl)$/,
  /(^|\/)normalize\.(css|less|scss|styl)$/,
  /(^|\/)animate\.(css|less|scss|styl)$/,
  /(^|\/)modernizr-\d\.\d+(\.\d+)?\.js$/,
  /(^|\/)modernizr\.custom\.\d+\.js$/,
  /(^|\/)html5shiv\.js$/,
  /(^|\/)d3(\.v\d+)?([^.]*)\.js$/,
  /(^|\/)react(-[^.]*)?\.js$/,
  /(^|\/)mootools([^.]*)\d+\.\d+.\d+([^.]*)\.js$/,
  /(^|\/)dojo\.js$/,
  /(^|\/)MochiKit\.js$/,
  /(^|\/)(yahoo-|yui)([^.]*)\.js$/,
  /(^|\/)ckeditor\.js$/,
  /(^|\/)tiny_mce([^.]*)\.js$/,
  /(^|\/)tiny_mce\/(langs|plugins|themes|utils)/,
  /(^|\/)ace-builds\//,
  /(^|\/)MathJax\//,
  /(^|\/)Chart\.js$/,
  /(^|\/)[Cc]ode[Mm]irror\/(\d+\.\d+\/)?(lib|mode|theme|addon|keymap|demo)/,
  /-vsdoc\.js$/,
  /\.intellisense\.js$/
];
function vendoredPath(path) {
  return VENDORED.some((rule2) => rule2.test(path));
}

// src/core/todos/scan-files.ts
function scanFiles(files, options) {
  const excluded = options.exclude.length ? picomatch4([...options.exclude], { dot: true }) : () => false;
  const todos = [];
  let count5 = 0;
  for (const file of files) {
    if (vendoredPath(file.path) || excluded(file.path)) continue;
    count5 += 1;
    todos.push(...scanFile(file.path, file.bytes, options).todos);
  }
  todos.sort(byPlace);
  return { todos, files: count5 };
}

// src/core/todos/todo-scan-options.ts
function todoScanOptions(rules) {
  return {
    keywords: rules.todos.keywords,
    caseSensitive: rules.todos.caseSensitive,
    exclude: rules.todos.exclude
  };
}

// src/github/archive/download-tarball.ts
async function downloadTarball(client, options) {
  try {
    const response = await client.rest.repos.downloadTarballArchive({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref
    });
    const data = response.data;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (data instanceof Uint8Array) return data;
    throw new Error("the archive came back empty or in an unexpected form");
  } catch (error3) {
    throw GitHubApiError.from(error3, `${options.owner}/${options.repo}`, API_SUBJECTS.contents);
  }
}

// src/github/archive/read-tarball.ts
import { Parser } from "tar";
async function readTarball(archive, source) {
  const files = [];
  const parser = new Parser({
    onReadEntry: (entry) => {
      const path = entry.path.split("/").slice(1).join("/");
      if (entry.type !== "File" || path === "" || (entry.size ?? 0) > MAX_SOURCE_BYTES) {
        entry.resume();
        return;
      }
      const chunks2 = [];
      entry.on("data", (chunk) => chunks2.push(chunk));
      entry.on("end", () => files.push({ path, bytes: Buffer.concat(chunks2) }));
    }
  });
  const unreadable = (cause) => new InputError(source, `not a readable .tar.gz archive (${getErrorMessage(cause)})`);
  await new Promise((resolve2, reject) => {
    parser.on("end", () => resolve2());
    parser.on("error", (error3) => reject(unreadable(error3)));
    parser.on("warn", (code, message3) => {
      if (code === "TAR_BAD_ARCHIVE" || code === "TAR_ABORT") reject(unreadable(message3));
    });
    parser.end(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  });
  return files;
}

// src/app/scan-commit.ts
async function scanCommit(client, rules, commit) {
  const source = `${commit.owner}/${commit.repo}@${commit.sha.slice(0, 7)}`;
  const archive = await downloadTarball(client, { owner: commit.owner, repo: commit.repo, ref: commit.sha });
  return { source, ...scanFiles(await readTarball(archive, source), todoScanOptions(rules)) };
}

// src/app/read-todos.ts
async function readTodos(client, rules, commit) {
  if (!hasTodosGate(rules)) return { configured: false, requested: [], reports: [], problems: [] };
  const source = `${commit.owner}/${commit.repo}@${commit.sha.slice(0, 7)}`;
  try {
    return {
      configured: true,
      requested: [source],
      reports: [await scanCommit(client, rules, commit)],
      problems: []
    };
  } catch (error3) {
    if (error3 instanceof GitHubApiError)
      return {
        configured: true,
        requested: [source],
        reports: [],
        problems: [`${source}: ${error3.message}`]
      };
    if (error3 instanceof InputError)
      return { configured: true, requested: [source], reports: [], problems: [error3.message] };
    throw error3;
  }
}

// src/app/describe-waiting.ts
function describeWaiting(progress, timeoutMinutes) {
  const pending = progress.pending.map((p) => `- ${escapeMarkdown(p.workflow)}: ${p.state}`).join("\n");
  const done = progress.done.map((run3) => `- ${escapeMarkdown(run3.name)}: ${run3.conclusion ?? "completed"}`);
  const received = done.length ? `

Completed:
${done.join("\n")}` : "";
  switch (progress.state) {
    case "stalled":
      return `**Reports missing**: these workflows have not run for this commit, and nothing else is running (a path filter or a trigger may skip them):
${pending}

The verdict below judges what did arrive. Re-evaluate once they have run.${received}`;
    case "timed-out":
      return `**Reports missing**: still waiting after ${timeoutMinutes} minutes (\`app.timeout-minutes\`) for:
${pending}

The verdict below judges what did arrive.${received}`;
    default:
      return `gonogo waits for these workflows before judging this commit:
${pending}${received}`;
  }
}

// src/app/evaluate-commit.ts
var SUMMARY_LIMIT = 65e3;
var FULL_REPORT_NOTE = "\u2026truncated: comment `/gonogo report` on the pull request for the full report.";
var CHECK_RUN_ACTIONS = [
  { label: "Re-evaluate", description: "Evaluate this commit again", identifier: "rerun" },
  { label: "Post full report", description: "Comment the full report on the PR", identifier: "report" }
];
var conclusionOf = (verdict) => verdict.verdict === "go" ? "success" : verdict.verdict === "go-with-warnings" ? "neutral" : "failure";
var withProblems = (family, extra2) => extra2.length && family.configured ? { ...family, problems: [...family.problems, ...extra2] } : family;
async function evaluateCommit(env, target, extra2 = {}) {
  const { client, checkName } = env;
  const { owner, repo, headSha } = target;
  const now = env.now();
  const today = now.toISOString().slice(0, 10);
  const existing = await findCheckRuns(client, { owner, repo, sha: headSha, name: checkName }).catch(
    (error3) => {
      throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.checkRunsRead);
    }
  );
  const waitingSince = existing.find((run3) => run3.marker !== null && run3.status !== "completed")?.startedAt ?? null;
  const conclude = async (conclusion, title, markdown) => {
    await publishCheckRun(client, {
      owner,
      repo,
      name: checkName,
      headSha,
      conclusion,
      title,
      summary: truncateMarkdown(markdown, SUMMARY_LIMIT, FULL_REPORT_NOTE),
      annotations: [],
      actions: CHECK_RUN_ACTIONS.slice(0, 1)
    });
  };
  try {
    let rules;
    try {
      rules = (await readRepositoryRules(client, { owner, repo })).rules;
    } catch (error3) {
      if (!(error3 instanceof ConfigError)) throw error3;
      const markdown2 = `**Configuration error** \u2014 gonogo cannot judge this commit until the rules file is fixed:

> ${error3.message}`;
      await conclude("failure", "Configuration error", markdown2);
      return { state: "completed", conclusion: "failure", verdict: null, markdown: markdown2, rules: null };
    }
    const runs = await listHeadRuns(client, { owner, repo, headSha });
    let progress = workflowProgress(runs, {
      workflows: rules.app.workflows,
      now: now.toISOString(),
      startedAt: waitingSince,
      timeoutMinutes: rules.app.timeoutMinutes
    });
    if (progress.state === "waiting" && runs.length === 0 && rules.app.workflows.length === 0) {
      const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo, per_page: 1 });
      if (data.total_count === 0) progress = { state: "ready", done: [], pending: [] };
    }
    if (progress.state === "waiting") {
      await startCheckRun(client, {
        owner,
        repo,
        name: checkName,
        headSha,
        title: "Waiting for reports",
        summary: describeWaiting(progress, rules.app.timeoutMinutes),
        refresh: true
      });
      return { state: "waiting", progress };
    }
    const gathered = await gatherArtifacts(client, {
      owner,
      repo,
      runs: progress.done,
      names: rules.app.artifacts
    });
    const fromArtifacts = evidenceFromArtifacts(gathered.artifacts, rules.inputs);
    const comparisons = await readComparisons(client, target, checkName);
    const trackers = await readTrackers(env, target, rules, fromArtifacts.trackers);
    const todos = await readTodos(client, rules, { owner, repo, sha: headSha });
    const comments = target.pull ? await listBotComments(client, {
      owner,
      repo,
      issueNumber: target.pull.number,
      ...env.appId === void 0 ? {} : { appId: env.appId }
    }) : [];
    const recorded = readCommandWaivers(comments, headSha);
    const waivers = [...recorded.waivers, ...extra2.waivers ?? []];
    const incomplete = gathered.refused;
    const empty = { configured: false, requested: [], reports: [], problems: [] };
    const bundle = withBaseline(
      {
        coverage: withProblems(fromArtifacts.coverage, incomplete),
        baseCoverage: empty,
        sast: withProblems(fromArtifacts.sast, incomplete),
        baseSast: empty,
        trackers: withProblems(trackers, incomplete),
        todos,
        baselineFingerprints: null,
        diff: comparisons.diff,
        repository: comparisons.repository
      },
      comparisons.baseline
    );
    const verdict = evaluate(rules, bundle, { today, gateWaivers: waivers });
    const waitingNote = progress.state === "ready" ? [] : [describeWaiting(progress, rules.app.timeoutMinutes)];
    const markdown = renderMarkdown({
      verdict,
      bundle,
      rulesSources: rules.sources,
      today,
      inputNotes: [
        `event: ${target.trigger} on ${headSha.slice(0, 7)}`,
        `workflow runs read: ${progress.done.map((run3) => `${run3.name} (${run3.conclusion ?? "no conclusion"})`).join(", ") || "none"}`,
        ...waitingNote,
        ...incomplete.map((reason) => `refused: ${reason}`),
        ...gathered.notes,
        ...fromArtifacts.notes,
        ...comparisons.notes,
        ...recorded.notes
      ]
    });
    const stuck = progress.state === "stalled" || progress.state === "timed-out";
    const conclusion = stuck ? "action_required" : conclusionOf(verdict);
    const title = stuck ? `Reports missing \u2014 ${progress.pending.map((p) => p.workflow).join(", ")} did not report` : `${VERDICT_LABEL[verdict.verdict]} \u2014 readiness ${verdict.score}/100 (${verdict.grade})`;
    const summary = truncateMarkdown(
      stuck ? `${waitingNote.join("\n")}

${markdown}` : markdown,
      SUMMARY_LIMIT,
      FULL_REPORT_NOTE
    );
    const published = await publishCheckRun(client, {
      owner,
      repo,
      name: checkName,
      headSha,
      conclusion,
      title,
      summary,
      annotations: verdictAnnotations(verdict),
      actions: target.pull ? CHECK_RUN_ACTIONS : CHECK_RUN_ACTIONS.slice(0, 1),
      ...target.defaultBranchPush ? { text: encodeBaseline(baselineOfVerdict(verdict, headSha)) } : {}
    });
    env.log.info(`gonogo: ${owner}/${repo}@${headSha.slice(0, 7)} ${conclusion}: ${published.url}`);
    if (target.pull) {
      await upsertStickyComment(client, {
        owner,
        repo,
        issueNumber: target.pull.number,
        marker: `<!-- gonogo:comment:${checkName} -->`,
        body: truncateMarkdown(markdown, SUMMARY_LIMIT, FULL_REPORT_NOTE)
      });
    }
    return { state: "completed", conclusion, verdict, markdown, rules };
  } catch (error3) {
    const known = error3 instanceof GitHubApiError || error3 instanceof InputError;
    const reason = known ? getErrorMessage(error3) : `internal error: ${getErrorMessage(error3)} (a bug in gonogo)`;
    env.log.error(`gonogo: ${owner}/${repo}@${headSha.slice(0, 7)}: ${reason}`);
    try {
      await conclude(
        "failure",
        "gonogo could not evaluate this commit",
        `**gonogo could not evaluate this commit**: ${reason}`
      );
    } catch (publishError) {
      env.log.error(`gonogo: could not publish the failure either: ${getErrorMessage(publishError)}`);
    }
    if (!known) throw error3;
    return { state: "completed", conclusion: "failure", verdict: null, markdown: reason, rules: null };
  }
}
async function readTrackers(env, target, rules, files) {
  const github = rules.inputs.githubTrackers;
  if (github.length === 0) return files;
  const reports = [...files.reports];
  const problems = [...files.problems];
  const requested = [...files.requested];
  for (const entry of github) {
    const [owner = target.owner, repo = target.repo] = entry.repo?.split("/") ?? [];
    requested.push(`github:${owner}/${repo}`);
    try {
      reports.push(
        await importGithubIssues(env.client, { owner, repo, state: entry.state, labels: entry.labels })
      );
    } catch (error3) {
      if (!(error3 instanceof GitHubApiError)) throw error3;
      problems.push(`github:${owner}/${repo}: ${error3.message}`);
    }
  }
  return { configured: true, requested, reports, problems };
}

// src/app/handlers/on-check-requested-action.ts
var REPORT_LIMIT = 65e3;
async function onCheckRequestedAction(env, target, identifier) {
  if (identifier !== "rerun" && identifier !== "report") {
    env.log.warn(`gonogo: unknown check run action "${identifier.slice(0, 40)}" ignored`);
    return;
  }
  const outcome = await evaluateCommit(env, target);
  if (identifier !== "report" || !target.pull || outcome.state !== "completed") return;
  await upsertStickyComment(env.client, {
    owner: target.owner,
    repo: target.repo,
    issueNumber: target.pull.number,
    marker: `<!-- gonogo:report:${env.checkName} -->`,
    body: truncateMarkdown(outcome.markdown, REPORT_LIMIT, "\u2026cut at GitHub\u2019s comment limit.")
  });
}

// src/core/commands/command-usage.ts
var COMMAND_USAGE = {
  evaluate: "/gonogo",
  report: "/gonogo report",
  help: "/gonogo help",
  waive: "/gonogo waive <gate> <reason> [until YYYY-MM-DD]"
};

// src/core/commands/help-text.ts
function helpText() {
  return [
    "**gonogo commands** \u2014 write one at the start of a line of a pull-request comment (not in a quote or code):",
    "",
    `- \`${COMMAND_USAGE.evaluate}\` \u2014 evaluate this pull request again.`,
    `- \`${COMMAND_USAGE.report}\` \u2014 post the full report.`,
    `- \`${COMMAND_USAGE.waive}\` \u2014 accept a failing gate for this pull request's current commit (write access needed; at most a year ahead). Example: \`/gonogo waive sast-no-new-high false positive, input is escaped by the ORM until 2026-12-31\``,
    `- \`${COMMAND_USAGE.help}\` \u2014 show this list.`
  ].join("\n");
}

// src/core/commands/command-lines.ts
import { fromMarkdown as fromMarkdown2 } from "mdast-util-from-markdown";
import { gfmFromMarkdown as gfmFromMarkdown2 } from "mdast-util-gfm";
import { gfm as gfm2 } from "micromark-extension-gfm";
var UNPARSED = [
  "attention",
  "strikethrough",
  "labelStartLink",
  "labelStartImage",
  "labelEnd",
  "gfmFootnoteCall",
  "gfmPotentialFootnoteCall",
  "wwwAutolink",
  "protocolAutolink",
  "emailAutolink"
];
var MAX_NESTING = 50;
var TOO_NESTED = new RegExp(
  String.raw`^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))){${MAX_NESTING}}`,
  "m"
);
function paragraphLines(paragraph) {
  const lines = [];
  let current = null;
  let lineNumber = paragraph.position?.start.line ?? 1;
  const add = (content, fromText) => {
    content.split(/\r\n|\r|\n/).forEach((part, index3) => {
      if (index3 > 0) {
        lineNumber += 1;
        current = null;
      }
      if (current === null) {
        current = { line: lineNumber, text: "", startsWithText: false, opened: false };
        lines.push(current);
      }
      if (!current.opened && (part.trim() !== "" || !fromText)) {
        current.opened = true;
        current.startsWithText = fromText;
      }
      current.text += part;
    });
  };
  for (const child of paragraph.children) {
    if (child.type === "text") add(child.value, true);
    else if (child.type === "break") add("\n", true);
    else if (child.type === "html") add(child.value.replace(/[^\r\n]+/g, ""), false);
    else {
      add(
        textRuns([child]).map((run3) => run3.text).join(""),
        false
      );
    }
  }
  return lines.map(({ line: line6, text: text9, startsWithText }) => ({ line: line6, text: text9, startsWithText }));
}
function commandLines(body) {
  if (TOO_NESTED.test(body)) throw new InputError("comment", "markdown nested too deeply to read");
  let root;
  try {
    root = fromMarkdown2(body, {
      extensions: [gfm2(), { disable: { null: UNPARSED } }],
      mdastExtensions: [gfmFromMarkdown2()]
    });
  } catch (error3) {
    if (error3 instanceof RangeError) throw new InputError("comment", "markdown nested too deeply to read");
    throw error3;
  }
  return root.children.flatMap((node) => node.type === "paragraph" ? paragraphLines(node) : []);
}

// src/core/commands/waiver-until.ts
function oneYearAfter(day) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year + 1, month - 1, date)).toISOString().slice(0, 10);
}
function isCalendarDay(text9) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text9)) return false;
  const time = Date.parse(`${text9}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text9;
}
function untilProblem(until, today) {
  if (!isCalendarDay(until)) return "expected a date `YYYY-MM-DD` after `until`";
  if (until < today) return `\`until ${until}\` is in the past (today is ${today})`;
  const latest = oneYearAfter(today);
  if (until > latest) {
    return `\`until ${until}\` is more than a year ahead (at most ${latest}); longer waivers belong in \`.github/gonogo.yml\``;
  }
  return null;
}

// src/core/commands/parse-waive.ts
var MAX_REASON_LENGTH = 500;
var GATE_ID = /^[a-z0-9][a-z0-9-]*$/;
function parseWaive(words, options) {
  const usage = `usage: ${inlineCode(COMMAND_USAGE.waive)}`;
  const [written, ...rest] = words;
  if (written === void 0) return { problem: `\`/gonogo waive\` needs a gate and a reason; ${usage}` };
  const gate2 = written.toLowerCase();
  if (!GATE_ID.test(gate2) || gate2.length > 100) {
    return { problem: `${inlineCode(written.slice(0, 100))} is not a gate id; ${usage}` };
  }
  if (options.gates && !options.gates.includes(gate2)) {
    const nearest = suggestNearest(gate2, options.gates);
    return {
      problem: `no gate ${inlineCode(gate2)} in the rules${nearest ? ` (did you mean ${inlineCode(nearest)}?)` : ""}`
    };
  }
  let until = null;
  let reasonWords = rest;
  const last = rest.at(-1);
  if (last?.toLowerCase() === "until") return { problem: `\`until\` needs a date \`YYYY-MM-DD\`; ${usage}` };
  if (rest.length >= 2 && rest.at(-2)?.toLowerCase() === "until" && last !== void 0) {
    until = last.replace(/[.!]$/, "");
    const problem = untilProblem(until, options.today);
    if (problem) return { problem };
    reasonWords = rest.slice(0, -2);
  }
  const reason = reasonWords.join(" ");
  if (reason === "") return { problem: `\`/gonogo waive ${gate2}\` needs a reason; ${usage}` };
  if (reason.length > MAX_REASON_LENGTH) {
    return { problem: `the reason is longer than ${MAX_REASON_LENGTH} characters` };
  }
  return { kind: "waive", gate: gate2, reason, until };
}

// src/core/commands/parse-command-line.ts
var SUB_COMMANDS = ["report", "help", "waive"];
var PREFIX2 = /^\s*\/gonogo(?=\s|$)/i;
function parseCommandLine(text9, options) {
  const prefix = PREFIX2.exec(text9);
  if (!prefix) return null;
  const words = text9.slice(prefix[0].length).split(/\s+/).filter((word) => word !== "");
  const [first, ...rest] = words;
  if (first === void 0) return { kind: "evaluate" };
  const sub = first.toLowerCase();
  if (sub === "report" || sub === "help") return { kind: sub };
  if (sub === "waive") return parseWaive(rest, options);
  const nearest = suggestNearest(sub, SUB_COMMANDS);
  const hint = nearest ? `did you mean ${inlineCode(`/gonogo ${nearest}`)}?` : `${inlineCode("/gonogo help")} lists the commands`;
  return { problem: `unknown command ${inlineCode(`/gonogo ${first.slice(0, 40)}`)}; ${hint}` };
}

// src/core/commands/parse-comment-commands.ts
var CANDIDATE = /^[ \t]*\/gonogo(?=\s|$)/i;
var MAX_BODY_LENGTH = 2e4;
function keyOf4(command) {
  return command.kind === "waive" ? `waive ${command.gate}` : command.kind;
}
function nameOf(command) {
  if (command.kind === "waive") return `/gonogo waive ${command.gate}`;
  return command.kind === "evaluate" ? "/gonogo" : `/gonogo ${command.kind}`;
}
function parseCommentCommands(body, options) {
  const source = body.split(/\r\n|\r|\n/);
  const candidate = source.findIndex((line6) => CANDIDATE.test(line6));
  if (candidate === -1) return { commands: [], errors: [] };
  const refuse = (message3) => ({
    commands: [],
    errors: [{ line: candidate + 1, message: message3 }]
  });
  if (body.length > MAX_BODY_LENGTH) {
    return refuse(
      `this comment is too long to read commands from (over ${MAX_BODY_LENGTH} characters); write the command in a comment of its own`
    );
  }
  let lines;
  try {
    lines = commandLines(body);
  } catch (error3) {
    if (!(error3 instanceof InputError)) throw error3;
    return refuse("this comment is nested too deeply to read commands from");
  }
  const commands = [];
  const errors = [];
  const firstLine = /* @__PURE__ */ new Map();
  for (const { line: line6, text: text9, startsWithText } of lines) {
    if (!startsWithText || !CANDIDATE.test(source[line6 - 1] ?? "")) continue;
    const parsed = parseCommandLine(text9, options);
    if (parsed === null) continue;
    if ("problem" in parsed) {
      errors.push({ line: line6, message: parsed.problem });
      continue;
    }
    const key2 = keyOf4(parsed);
    const first = firstLine.get(key2);
    if (first !== void 0) {
      errors.push({
        line: line6,
        message: `${inlineCode(nameOf(parsed))} is repeated; only the first one (line ${first}) counts`
      });
      continue;
    }
    firstLine.set(key2, line6);
    commands.push(parsed);
  }
  return { commands, errors };
}

// src/core/commands/waiver-from-command.ts
function waiverFromCommand(command, granted) {
  return {
    gate: command.gate,
    match: "**",
    reason: command.reason,
    owner: granted.author,
    expires: command.until,
    grantedAt: granted.at,
    headSha: granted.headSha
  };
}

// src/github/can-write.ts
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function canWrite(client, options) {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel(options);
    return WRITERS.has(data.role_name) || data.permission === "admin" || data.permission === "write";
  } catch (error3) {
    if (error3.status === 404) return false;
    throw GitHubApiError.from(error3, `${options.owner}/${options.repo}`, {
      name: "collaborator permissions",
      needs: 'read collaborator permissions (it needs the "metadata: read" permission)'
    });
  }
}

// src/github/react-to-comment.ts
async function reactToComment(client, options) {
  try {
    await client.rest.reactions.createForIssueComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: options.commentId,
      content: options.content
    });
  } catch (error3) {
    throw GitHubApiError.from(error3, `${options.owner}/${options.repo}`, API_SUBJECTS.comments);
  }
}

// src/github/reply-to-command.ts
var replyMarker = (commentId) => `<!-- gonogo:reply:${commentId} -->`;
async function replyToCommand(client, options) {
  const marker2 = replyMarker(options.commentId);
  const earlier = options.existing.find((comment) => comment.body.startsWith(marker2));
  if (earlier) return { url: earlier.url, created: false };
  try {
    const { data } = await client.rest.issues.createComment({
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      body: `${marker2}
${options.body}`
    });
    return { url: data.html_url, created: true };
  } catch (error3) {
    throw GitHubApiError.from(error3, `${options.owner}/${options.repo}`, API_SUBJECTS.comments);
  }
}

// src/app/handlers/on-issue-comment.ts
var REPORT_LIMIT2 = 6e4;
async function onIssueComment(env, payload) {
  const { comment, issue } = payload;
  if (!issue.pull_request || !comment.user || comment.user.type === "Bot") return;
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const today = env.now().toISOString().slice(0, 10);
  if (!/^[ \t]*\/gonogo(?=\s|$)/im.test(comment.body)) return;
  let gates;
  try {
    gates = (await readRepositoryRules(env.client, { owner, repo })).rules.gates.map((gate2) => gate2.id);
  } catch (error3) {
    if (!(error3 instanceof ConfigError)) throw error3;
  }
  const parsed = parseCommentCommands(comment.body, { today, ...gates ? { gates } : {} });
  if (parsed.commands.length === 0 && parsed.errors.length === 0) return;
  await reactToComment(env.client, {
    owner,
    repo,
    commentId: comment.id,
    content: parsed.errors.length ? "confused" : "eyes"
  });
  const { data: pull } = await env.client.rest.pulls.get({ owner, repo, pull_number: issue.number });
  const headSha = pull.head.sha;
  const existing = await listBotComments(env.client, {
    owner,
    repo,
    issueNumber: issue.number,
    ...env.appId === void 0 ? {} : { appId: env.appId }
  });
  const answered = existing.find((reply) => reply.body.startsWith(replyMarker(comment.id)));
  const answers = parsed.errors.map((error3) => `Line ${error3.line}: ${error3.message}`);
  const records = [];
  const granted = [];
  const author = comment.user.login;
  let evaluateAgain = false;
  let postReport = false;
  for (const command of parsed.commands) {
    if (command.kind === "help") answers.push(helpText());
    else if (command.kind === "evaluate") evaluateAgain = true;
    else if (command.kind === "report") postReport = evaluateAgain = true;
    else if (pull.state !== "open") answers.push("This pull request is closed: nothing to waive.");
    else if (!await canWrite(env.client, { owner, repo, username: author })) {
      answers.push(
        `${inlineCode(author)} cannot waive ${inlineCode(command.gate)}: waivers need write, maintain or admin permission on this repository.`
      );
    } else {
      const waiver2 = waiverFromCommand(command, { author, at: comment.created_at, headSha });
      records.push(encodeWaiverRecord(waiver2));
      if (!answered || !decodeWaiverRecord(answered.body))
        granted.push({
          gate: waiver2.gate,
          reason: waiver2.reason,
          owner: waiver2.owner,
          expires: waiver2.expires,
          grantedAt: waiver2.grantedAt,
          source: comment.html_url
        });
      answers.push(
        `Waiver recorded: gate ${inlineCode(waiver2.gate)} is accepted for ${inlineCode(headSha.slice(0, 7))}${waiver2.expires ? ` until ${waiver2.expires}` : ""} by ${inlineCode(author)} \u2014 ${escapeMarkdown(waiver2.reason)}. New commits end it.`
      );
      evaluateAgain = true;
    }
  }
  if (evaluateAgain && pull.state === "open") {
    const outcome = await evaluateCommit(
      env,
      {
        owner,
        repo,
        headSha,
        pull: { number: issue.number, baseSha: pull.base.sha },
        baseSha: pull.base.sha,
        defaultBranchPush: false,
        trigger: `/gonogo by ${author}`
      },
      { waivers: granted }
    );
    if (postReport)
      answers.push(
        outcome.state === "waiting" ? `Still waiting for: ${outcome.progress.pending.map((p) => inlineCode(p.workflow)).join(", ")}. The report follows once they complete.` : outcome.markdown.length > REPORT_LIMIT2 ? `${outcome.markdown.slice(0, REPORT_LIMIT2).replace(/\n[^\n]*$/, "")}

\u2026cut at GitHub's comment limit.` : outcome.markdown
      );
  }
  if (answers.length === 0) return;
  await replyToCommand(env.client, {
    owner,
    repo,
    issueNumber: issue.number,
    commentId: comment.id,
    body: [...records, ...answers].join("\n\n"),
    existing
  });
}

// src/github/find-pull-request.ts
var found = (pull) => ({
  number: pull.number,
  baseSha: pull.base.sha,
  headSha: pull.head.sha,
  baseRef: pull.base.ref,
  headRef: pull.head.ref,
  fromFork: pull.head.repo?.full_name !== pull.base.repo.full_name
});
async function findPullRequestForSha(client, options) {
  const { owner, repo, sha } = options;
  const match = (pulls) => pulls.find((pull) => pull.state === "open" && pull.head.sha === sha);
  try {
    const { data: associated } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha,
      per_page: 100
    });
    const direct = match(associated);
    if (direct) return found(direct);
    const headOwner = options.headRepo?.split("/")[0];
    const head = headOwner && options.headBranch ? { head: `${headOwner}:${options.headBranch}` } : {};
    const open = await client.paginate(client.rest.pulls.list, {
      owner,
      repo,
      state: "open",
      per_page: 100,
      ...head
    });
    const listed2 = match(open);
    return listed2 ? found(listed2) : null;
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`, API_SUBJECTS.pullRequests);
  }
}

// src/app/resolve-target.ts
async function resolveTarget(env, options) {
  const { owner, repo, headSha, trigger } = options;
  const base = { owner, repo, headSha, trigger };
  const defaultBranchPush = options.headBranch === options.defaultBranch && (options.cause === null || options.cause === "push");
  const listed2 = options.pulls.find((pull) => pull?.head.sha === headSha);
  if (listed2)
    return {
      ...base,
      pull: { number: listed2.number, baseSha: listed2.base.sha },
      baseSha: listed2.base.sha,
      defaultBranchPush: false
    };
  if (defaultBranchPush || options.cause === "merge_group" || options.cause === "push")
    return { ...base, pull: null, baseSha: null, defaultBranchPush };
  const found2 = await findPullRequestForSha(env.client, {
    owner,
    repo,
    sha: headSha,
    ...options.headRepo ? { headRepo: options.headRepo } : {},
    ...options.headBranch ? { headBranch: options.headBranch } : {}
  });
  return found2 ? {
    ...base,
    pull: { number: found2.number, baseSha: found2.baseSha },
    baseSha: found2.baseSha,
    defaultBranchPush: false
  } : { ...base, pull: null, baseSha: null, defaultBranchPush: false };
}

// src/github/todos/sync-todo-issues.ts
import { setTimeout as delay } from "node:timers/promises";

// src/core/todos/sync/blob-permalink.ts
function blobPermalink(location) {
  const server = location.serverUrl.replace(/\/+$/, "");
  const path = location.path.split("/").map(encodeURIComponent).join("/");
  const repository = `${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}`;
  return `${server}/${repository}/blob/${encodeURIComponent(location.sha)}/${path}#L${location.line}`;
}

// src/core/todos/sync/token-dice.ts
function tokens(text9) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const token of text9.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts2.set(token, (counts2.get(token) ?? 0) + 1);
  return counts2;
}
function tokenDice(a, b) {
  const left = tokens(a);
  const right = tokens(b);
  let shared = 0;
  let total = 0;
  for (const [token, count5] of left) {
    shared += Math.min(count5, right.get(token) ?? 0);
    total += count5;
  }
  for (const count5 of right.values()) total += count5;
  return total === 0 ? 0 : 2 * shared / total;
}

// src/core/todos/sync/match-todo-issues.ts
var EDITED_MIN_SIMILARITY = 0.5;
var EDITED_MAX_LINE_DRIFT = 3;
var key = (fingerprint, path) => `${fingerprint}\0${path}`;
var byPreference = (a, b) => Number(a.issue.state !== "open") - Number(b.issue.state !== "open") || a.issue.number - b.issue.number;
function issueText(issue) {
  const prefix = `${issue.marker.keyword}:`;
  const title = issue.issue.title.trim();
  return title.toLowerCase().startsWith(prefix.toLowerCase()) ? title.slice(prefix.length) : title;
}
function matchTodoIssues(todos, issues, scanned = todos) {
  const pendingTodos = [...todos].sort(byPlace);
  const pendingIssues = [...issues].sort(byPreference);
  const matches2 = [];
  const duplicates = [];
  const pair = (todo, issue, how) => {
    matches2.push({ todo, issue, how });
    pendingTodos.splice(pendingTodos.indexOf(todo), 1);
    pendingIssues.splice(pendingIssues.indexOf(issue), 1);
  };
  for (const todo of [...pendingTodos]) {
    const same = pendingIssues.filter(
      (issue) => issue.marker.fingerprint === todo.fingerprint && issue.marker.path === todo.path
    );
    const [first, ...others] = same;
    if (!first) continue;
    pair(todo, first, "same");
    for (const other of others) {
      duplicates.push({ issue: other, of: first });
      pendingIssues.splice(pendingIssues.indexOf(other), 1);
    }
  }
  const present2 = new Set(scanned.map((todo) => key(todo.fingerprint, todo.path)));
  for (const todo of [...pendingTodos]) {
    const moved = pendingIssues.find(
      (issue) => issue.marker.fingerprint === todo.fingerprint && issue.marker.path !== todo.path && !present2.has(key(issue.marker.fingerprint, issue.marker.path))
    );
    if (moved) pair(todo, moved, "moved");
  }
  const candidates = pendingIssues.flatMap(
    (issue) => pendingTodos.filter((todo) => todo.path === issue.marker.path).map((todo) => ({
      issue,
      todo,
      similarity: tokenDice(issueText(issue), todo.text),
      drift: Math.abs(todo.line - issue.marker.line)
    }))
  );
  const taken = (candidate) => !pendingIssues.includes(candidate.issue) || !pendingTodos.includes(candidate.todo);
  const tieBreak = (a, b) => a.drift - b.drift || a.issue.issue.number - b.issue.issue.number || byPlace(a.todo, b.todo);
  const alike = candidates.filter((candidate) => candidate.similarity >= EDITED_MIN_SIMILARITY).sort((a, b) => b.similarity - a.similarity || tieBreak(a, b));
  for (const candidate of alike) if (!taken(candidate)) pair(candidate.todo, candidate.issue, "edited");
  const near = candidates.filter(
    (candidate) => candidate.issue.issue.state === "open" && candidate.drift <= EDITED_MAX_LINE_DRIFT && candidate.todo.keyword.toLowerCase() === candidate.issue.marker.keyword.toLowerCase()
  ).sort(tieBreak);
  for (const candidate of near) if (!taken(candidate)) pair(candidate.todo, candidate.issue, "edited");
  return {
    matches: matches2,
    unmatchedTodos: pendingTodos,
    unmatchedIssues: [...pendingIssues].sort((a, b) => a.issue.number - b.issue.number),
    duplicates: duplicates.sort((a, b) => a.issue.issue.number - b.issue.issue.number)
  };
}

// src/core/todos/sync/parse-issue-marker.ts
import * as z21 from "zod";

// src/core/todos/sync/issue-marker.ts
var ISSUE_MARKER_PREFIX = "<!-- gonogo-todo ";

// src/core/todos/sync/parse-issue-marker.ts
var markerSchema = z21.object({
  fingerprint: z21.string().min(1),
  path: z21.string().min(1),
  line: z21.number().int().positive(),
  keyword: z21.string().min(1),
  content: z21.string().min(1),
  closedByGonogo: z21.boolean().optional()
});
var SUFFIX = " -->";
function parseIssueMarker(body) {
  const first = body.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]?.trim() ?? "";
  if (!first.startsWith(ISSUE_MARKER_PREFIX) || !first.endsWith(SUFFIX)) return null;
  let json;
  try {
    json = JSON.parse(first.slice(ISSUE_MARKER_PREFIX.length, -SUFFIX.length));
  } catch {
    return null;
  }
  const parsed = markerSchema.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, closedByGonogo: parsed.data.closedByGonogo ?? false };
}

// src/core/todos/sync/parse-issue-ref.ts
function parseIssueRef(ref, owner, repo) {
  const match = /^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/.exec(ref.trim());
  if (!match?.[3]) return null;
  const [, refOwner, refRepo] = match;
  if (refOwner && refRepo && `${refOwner}/${refRepo}`.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
    return null;
  const number15 = Number(match[3]);
  return Number.isSafeInteger(number15) && number15 > 0 ? number15 : null;
}

// src/core/todos/sync/render-issue-marker.ts
function renderIssueMarker(marker2) {
  const json = JSON.stringify({
    fingerprint: marker2.fingerprint,
    path: marker2.path,
    line: marker2.line,
    keyword: marker2.keyword,
    content: marker2.content,
    ...marker2.closedByGonogo ? { closedByGonogo: true } : {}
  }).replace(/[<>&-]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${ISSUE_MARKER_PREFIX}${json} -->`;
}

// src/core/todos/sync/fenced-code.ts
var SIMPLE_LANGUAGE = /^[a-z0-9][a-z0-9+#._-]*$/;
function fencedCode(lines, language) {
  const code = lines.map((line6) => line6.replace(/\r$/, "")).join("\n");
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run3) => run3.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const info = language.trim().toLowerCase().replace(/\s+/g, "-");
  return `${fence}${SIMPLE_LANGUAGE.test(info) ? info : ""}
${code}
${fence}`;
}

// src/core/todos/sync/render-todo-body.ts
var MAX_BODY_LINES = 40;
var MAX_CONTEXT_LINES = 40;
var MAX_LINE = 1e3;
var MAX_CODE_LINE = 300;
var cut2 = (text9, max) => {
  const chars = Array.from(text9);
  return chars.length <= max ? text9 : `${chars.slice(0, max - 1).join("")}\u2026`;
};
var proseLine = (line6) => line6.trim() === "" ? "" : cut2(escapeMarkdown(line6), MAX_LINE);
function renderTodoBody(todo, site) {
  const link = blobPermalink({ ...site, path: todo.path, line: todo.line });
  const where = `${inlineCode(todo.keyword)} in [${inlineCode(todo.path)} line ${todo.line}](${link})`;
  const prose = [todo.text, ...todo.body.slice(0, MAX_BODY_LINES)].map(proseLine).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  const sections = [where];
  if (prose) sections.push(prose);
  const code = todo.context.lines.slice(0, MAX_CONTEXT_LINES).map((line6) => cut2(line6, MAX_CODE_LINE));
  if (code.some((line6) => line6.trim() !== "")) sections.push(fencedCode(code, todo.language));
  sections.push(
    "<sub>Opened by gonogo from a comment in the code: edit the comment, not this issue. The issue is closed when the comment leaves the default branch.</sub>"
  );
  return sections.join("\n\n");
}

// src/core/todos/sync/escape-issue-title.ts
function escapeIssueTitle(text9) {
  return text9.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim().replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/\bGH-(?=\d)/gi, (prefix) => `${prefix.slice(0, 2)}\u200B-`);
}

// src/core/todos/sync/render-todo-title.ts
var MAX_TITLE4 = 256;
function renderTodoTitle(todo) {
  const keyword = escapeIssueTitle(todo.keyword) || "TODO";
  const text9 = escapeIssueTitle(todo.text);
  const title = text9 ? `${keyword}: ${text9}` : `${keyword} in ${escapeIssueTitle(todo.path)}`;
  const chars = Array.from(title);
  return chars.length <= MAX_TITLE4 ? title : `${chars.slice(0, MAX_TITLE4 - 1).join("").trimEnd()}\u2026`;
}

// src/core/todos/sync/todo-assignee.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function todoAssignee(todo) {
  const login = todo.assignee?.trim().replace(/^@/, "") ?? "";
  return LOGIN.test(login) ? login : null;
}

// src/core/todos/sync/todo-labels.ts
var MAX_LABEL = 50;
function todoLabels(todo, trackingLabel, configured) {
  const seen = /* @__PURE__ */ new Set();
  const labels = [];
  for (const raw of [trackingLabel, ...configured, ...todo.labels, todo.priority ?? ""]) {
    const label2 = Array.from(raw.replace(/\s+/g, " ").trim()).slice(0, MAX_LABEL).join("").trim();
    if (label2 === "" || seen.has(label2.toLowerCase())) continue;
    seen.add(label2.toLowerCase());
    labels.push(label2);
  }
  return labels;
}

// src/core/todos/sync/todo-content-hash.ts
import { createHash as createHash4 } from "node:crypto";
function todoContentHash(todo) {
  const basis = JSON.stringify([
    todo.keyword,
    todo.text,
    todo.body,
    [...todo.labels].sort(),
    todo.priority,
    todoAssignee(todo)
  ]);
  return createHash4("sha256").update(basis).digest("hex").slice(0, 16);
}

// src/core/todos/sync/todo-marker.ts
function todoMarker(todo, closedByGonogo = false) {
  return {
    fingerprint: todo.fingerprint,
    path: todo.path,
    line: todo.line,
    keyword: todo.keyword,
    content: todoContentHash(todo),
    closedByGonogo
  };
}

// src/core/todos/sync/render-todo-issue.ts
function renderTodoIssue(todo, settings) {
  const marker2 = todoMarker(todo);
  const assignee = todoAssignee(todo);
  return {
    title: renderTodoTitle(todo),
    body: `${renderIssueMarker(marker2)}
${renderTodoBody(todo, settings)}`,
    labels: todoLabels(todo, settings.trackingLabel, settings.labels),
    assignees: assignee ? [assignee] : [],
    marker: marker2
  };
}

// src/core/todos/sync/replace-issue-marker.ts
function replaceIssueMarker(body, marker2) {
  if (parseIssueMarker(body) === null) return body.trim() ? `${marker2}
${body}` : marker2;
  const newline = body.indexOf("\n");
  return newline < 0 ? marker2 : `${marker2}${body.slice(newline)}`;
}

// src/core/todos/sync/todo-issue-changes.ts
var lower = (names) => new Set(names.map((name) => name.toLowerCase()));
function todoIssueChanges(todo, { issue, marker: marker2 }, settings, reopening) {
  const wanted = renderTodoIssue(todo, settings);
  const changes = {};
  const reasons = [];
  const contentChanged = marker2.content !== wanted.marker.content || marker2.fingerprint !== wanted.marker.fingerprint || marker2.keyword !== wanted.marker.keyword;
  if (contentChanged) reasons.push("content");
  if (marker2.path !== wanted.marker.path) reasons.push("path");
  if (reasons.length > 0 || reopening) {
    changes.body = wanted.body;
    if (wanted.title !== issue.title) changes.title = wanted.title;
  }
  const has = lower(issue.labels);
  const missing = wanted.labels.filter((label2) => !has.has(label2.toLowerCase()));
  if (missing.length > 0) {
    changes.labels = [...issue.labels, ...missing];
    reasons.push("labels");
  }
  const assigned = lower(issue.assignees);
  const newAssignees = wanted.assignees.filter((login) => !assigned.has(login.toLowerCase()));
  if (newAssignees.length > 0 && (contentChanged || reopening)) {
    changes.assignees = [...issue.assignees, ...newAssignees];
    reasons.push("assignee");
  }
  return { changes, reasons };
}

// src/core/todos/sync/plan-todo-sync.ts
var place3 = (todo, settings) => `[${inlineCode(todo.path)} line ${todo.line}](${blobPermalink({ ...settings, path: todo.path, line: todo.line })})`;
function close({ issue, marker: marker2 }, reason, comment) {
  return {
    kind: "close",
    issue,
    reason,
    comment,
    changes: {
      state: "closed",
      stateReason: reason === "duplicate" ? "not_planned" : "completed",
      body: replaceIssueMarker(issue.body, renderIssueMarker({ ...marker2, closedByGonogo: true }))
    }
  };
}
function planTodoSync(todos, issues, settings) {
  const { sha } = settings;
  const referencedTodos = todos.filter((todo) => todo.issue !== null).sort(byPlace);
  const referencedNumbers = new Set(
    referencedTodos.map((todo) => parseIssueRef(todo.issue ?? "", settings.owner, settings.repo))
  );
  const tracked = todos.filter((todo) => todo.issue === null);
  const marked = issues.flatMap((issue) => {
    const marker2 = parseIssueMarker(issue.body);
    return marker2 && !referencedNumbers.has(issue.number) ? [{ issue, marker: marker2 }] : [];
  });
  const matching = matchTodoIssues(tracked, marked, todos);
  const updates = [];
  const unchanged = [];
  const closedByHand = [];
  for (const match of matching.matches) {
    const { todo } = match;
    const { issue, marker: marker2 } = match.issue;
    if (issue.state === "closed" && !marker2.closedByGonogo) {
      closedByHand.push({ todo, issue });
      continue;
    }
    const reopening = issue.state === "closed";
    const { changes, reasons } = todoIssueChanges(todo, match.issue, settings, reopening);
    if (reopening) {
      updates.push({
        kind: "reopen",
        todo,
        issue,
        how: match.how,
        changes: { ...changes, state: "open", stateReason: "reopened" },
        comment: `Back in the code at ${sha}: ${place3(todo, settings)}. Reopened by gonogo.`
      });
    } else if (Object.keys(changes).length > 0) {
      updates.push({ kind: "update", todo, issue, how: match.how, reasons, changes });
    } else {
      unchanged.push({ todo, issue });
    }
  }
  updates.sort((a, b) => a.issue.number - b.issue.number);
  const closes = [];
  for (const orphan of matching.unmatchedIssues) {
    if (orphan.issue.state !== "open") continue;
    const { path, fingerprint } = orphan.marker;
    const referencing = referencedTodos.find(
      (todo) => todo.fingerprint === fingerprint && todo.path === path
    );
    const number15 = referencing && parseIssueRef(referencing.issue ?? "", settings.owner, settings.repo);
    closes.push(
      number15 ? close(
        orphan,
        "referenced",
        `The TODO in ${inlineCode(path)} now refers to #${number15} (at ${sha}). Closed by gonogo.`
      ) : close(
        orphan,
        "gone",
        `No longer in the code at ${sha} (it was in ${inlineCode(path)}). Closed by gonogo, which reopens it if the TODO comes back.`
      )
    );
  }
  for (const { issue, of } of matching.duplicates) {
    if (issue.issue.state !== "open") continue;
    closes.push(close(issue, "duplicate", `Duplicate of #${of.issue.number}, which tracks the same TODO.`));
  }
  closes.sort((a, b) => a.issue.number - b.issue.number);
  const maxNew = Math.max(0, Math.floor(settings.maxNew));
  const creates = matching.unmatchedTodos.slice(0, maxNew).map((todo) => {
    const { title, body, labels, assignees } = renderTodoIssue(todo, settings);
    return { kind: "create", todo, title, body, labels, assignees };
  });
  return {
    operations: [...updates, ...closes, ...creates],
    unchanged,
    deferred: matching.unmatchedTodos.slice(maxNew),
    closedByHand,
    referenced: referencedTodos
  };
}

// src/core/todos/sync/render-sync-summary.ts
var MAX_LISTED = 50;
var outcomeOf = (operation) => operation.kind === "create" ? "created" : operation.kind === "close" ? "closed" : operation.kind === "reopen" ? "reopened" : operation.how === "moved" ? "moved" : "updated";
var todoLine = (todo) => `${escapeMarkdown(`${todo.keyword}: ${todo.text}`)} \u2014 ${inlineCode(todo.path)} line ${todo.line}`;
var issueLink = (issue) => `[#${issue.number}](${issue.htmlUrl})`;
function item(operation, written) {
  const link = written ? issueLink({ number: written.number, htmlUrl: written.url }) : operation.kind === "create" ? "new issue" : issueLink(operation.issue);
  const what = operation.kind === "close" ? escapeMarkdown(operation.issue.title) : todoLine(operation.todo);
  return `- ${link} ${what}`;
}
function list2(title, lines) {
  if (lines.length === 0) return [];
  const more = lines.length > MAX_LISTED ? [`- \u2026and ${lines.length - MAX_LISTED} more`] : [];
  return ["", `#### ${title}`, "", ...lines.slice(0, MAX_LISTED), ...more];
}
function renderSyncSummary(result7) {
  const dryRun = result7.mode === "dry-run";
  const done = dryRun ? result7.plan.operations.map((operation) => ({ operation })) : result7.applied.map((applied) => ({ operation: applied.operation, written: applied }));
  const byOutcome = (outcome) => done.filter(({ operation }) => outcomeOf(operation) === outcome);
  const { unchanged, deferred, closedByHand } = result7.plan;
  const tally = [
    [byOutcome("created").length, "created", "to create"],
    [byOutcome("updated").length, "updated", "to update"],
    [byOutcome("moved").length, "moved", "to move"],
    [byOutcome("closed").length, "closed", "to close"],
    [byOutcome("reopened").length, "reopened", "to reopen"],
    [unchanged.length, "unchanged", "unchanged"],
    [deferred.length, "deferred", "deferred"]
  ];
  if (closedByHand.length > 0) tally.push([closedByHand.length, "closed by hand", "closed by hand"]);
  const counts2 = tally.map(([count5, past, planned]) => `${count5} ${dryRun ? planned : past}`);
  const lines = ["### TODO issues", ""];
  if (dryRun) lines.push(`Dry run at ${inlineCode(result7.sha)}: nothing was written. ${counts2.join(", ")}.`);
  else lines.push(`Synced at ${inlineCode(result7.sha)}: ${counts2.join(", ")}.`);
  if (result7.failure) {
    const { operation, message: message3 } = result7.failure;
    lines.push(
      "",
      `**The sync stopped**: ${operation.kind} failed (${escapeMarkdown(message3)}). ${plural(result7.notAttempted.length, "operation")} not attempted; the next run picks them up without opening an issue twice.`
    );
  }
  if (deferred.length > 0)
    lines.push(
      "",
      `${plural(deferred.length, "more TODO", "more TODOs")} will be opened on the next runs (the number opened per run is capped).`
    );
  const section = (outcome, title) => list2(
    title,
    byOutcome(outcome).map(({ operation, written }) => item(operation, written))
  );
  lines.push(
    ...section("created", dryRun ? "To create" : "Created"),
    ...section("updated", dryRun ? "To update" : "Updated"),
    ...section("moved", dryRun ? "To move" : "Moved"),
    ...section("closed", dryRun ? "To close" : "Closed"),
    ...section("reopened", dryRun ? "To reopen" : "Reopened"),
    ...list2(
      "Closed by hand, TODO still in code",
      closedByHand.map(({ todo, issue }) => `- ${issueLink(issue)} ${todoLine(todo)}`)
    ),
    ...list2(
      "Deferred to the next runs",
      deferred.map((todo) => `- ${todoLine(todo)}`)
    )
  );
  return `${lines.join("\n")}
`;
}

// src/github/todos/rate-limit-wait.ts
var SECONDARY_DEFAULT_SECONDS = 60;
function rateLimitWait(error3) {
  if (!(error3 instanceof Error)) return null;
  const { status, response } = error3;
  if (status !== 403 && status !== 429) return null;
  const retryAfter = Number(response?.headers?.["retry-after"]);
  if (response?.headers?.["retry-after"] !== void 0 && Number.isFinite(retryAfter) && retryAfter >= 0)
    return retryAfter;
  if (String(response?.headers?.["x-ratelimit-remaining"]) === "0") return null;
  if (/secondary rate limit/i.test(error3.message)) return SECONDARY_DEFAULT_SECONDS;
  return status === 429 ? SECONDARY_DEFAULT_SECONDS : null;
}

// src/github/todos/create-paced-writer.ts
function createPacedWriter(options) {
  let requests = 0;
  let queue = Promise.resolve();
  const send = async (what, request) => {
    for (let attempt = 0; ; attempt++) {
      if (requests > 0 && attempt === 0) await options.sleep(options.minIntervalMs);
      requests++;
      try {
        return await request();
      } catch (error3) {
        const seconds = rateLimitWait(error3);
        if (seconds === null || attempt >= options.maxRetries || seconds > options.maxRetryAfterSeconds)
          throw error3;
        const wait = Math.max(seconds * 1e3, options.minIntervalMs);
        options.log?.warning(
          `GitHub rate limit on ${what}: retrying in ${wait / 1e3} s (retry ${attempt + 1} of ${options.maxRetries})`
        );
        await options.sleep(wait);
      }
    }
  };
  return {
    write(what, request) {
      const result7 = queue.then(() => send(what, request));
      queue = result7.catch(() => void 0);
      return result7;
    },
    get requests() {
      return requests;
    }
  };
}

// src/github/todos/apply-todo-sync.ts
var ISSUES_WRITE = {
  name: "issues",
  needs: 'write issues (it needs the "issues: write" permission)'
};
var hasStatus = (error3, status) => error3 instanceof Error && error3.status === status;
var patchOf = (changes) => ({
  ...changes.title !== void 0 ? { title: changes.title } : {},
  ...changes.body !== void 0 ? { body: changes.body } : {},
  ...changes.labels !== void 0 ? { labels: changes.labels } : {},
  ...changes.assignees !== void 0 ? { assignees: changes.assignees } : {},
  ...changes.state !== void 0 ? { state: changes.state } : {},
  ...changes.stateReason !== void 0 ? { state_reason: changes.stateReason } : {}
});
var describeOperation = (operation) => operation.kind === "create" ? `create an issue for ${operation.todo.path}:${operation.todo.line}` : `${operation.kind} #${operation.issue.number}`;
async function applyTodoSync(client, plan, options) {
  const { owner, repo, log } = options;
  if (options.mode === "dry-run") return { applied: [], failure: null, notAttempted: [], writeRequests: 0 };
  const writer = createPacedWriter({
    sleep: options.sleep,
    minIntervalMs: options.minIntervalMs ?? 1e3,
    maxRetries: options.maxRateLimitRetries ?? 3,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 120,
    ...log ? { log } : {}
  });
  const comment = (issueNumber, body) => writer.write(
    `a comment on #${issueNumber}`,
    () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
  );
  async function create(operation) {
    const send = (assignees) => writer.write(
      describeOperation(operation),
      () => client.rest.issues.create({
        owner,
        repo,
        title: operation.title,
        body: operation.body,
        labels: operation.labels,
        ...assignees.length > 0 ? { assignees } : {}
      })
    );
    try {
      const { data } = await send(operation.assignees);
      return { operation, number: data.number, url: data.html_url };
    } catch (error3) {
      if (!hasStatus(error3, 422) || operation.assignees.length === 0) throw error3;
      const note = `GitHub refused the assignee ${operation.assignees.join(", ")}; the issue is unassigned`;
      log?.warning(`${describeOperation(operation)}: ${note}`);
      const { data } = await send([]);
      return { operation, number: data.number, url: data.html_url, note };
    }
  }
  const applied = [];
  for (const [index3, operation] of plan.operations.entries()) {
    const stop = (error3, halfDone) => {
      const failure = GitHubApiError.from(error3, `${owner}/${repo}`, ISSUES_WRITE);
      const message3 = halfDone ? `${halfDone} but its comment failed: ${failure.message}` : failure.message;
      log?.warning(`TODO sync stopped: could not ${describeOperation(operation)}: ${message3}`);
      return {
        applied,
        failure: { operation, status: failure.status, message: message3 },
        notAttempted: plan.operations.slice(index3 + 1),
        writeRequests: writer.requests
      };
    };
    let done;
    try {
      if (operation.kind === "create") {
        done = await create(operation);
      } else {
        const { number: number15 } = operation.issue;
        const { data } = await writer.write(
          describeOperation(operation),
          () => client.rest.issues.update({ owner, repo, issue_number: number15, ...patchOf(operation.changes) })
        );
        done = { operation, number: number15, url: data.html_url };
      }
    } catch (error3) {
      return stop(error3);
    }
    if (operation.kind === "close" || operation.kind === "reopen") {
      try {
        await comment(done.number, operation.comment);
      } catch (error3) {
        applied.push({ ...done, note: "its comment could not be posted" });
        return stop(error3, `#${done.number} was ${operation.kind === "close" ? "closed" : "reopened"}`);
      }
    }
    log?.info(`TODO sync: ${describeOperation(operation)} \u2192 #${done.number}`);
    applied.push(done);
  }
  return { applied, failure: null, notAttempted: [], writeRequests: writer.requests };
}

// src/github/todos/list-todo-issues.ts
var toTodoIssue = (issue) => ({
  number: issue.number,
  state: issue.state === "closed" ? "closed" : "open",
  stateReason: issue.state_reason ?? null,
  title: issue.title,
  body: issue.body ?? "",
  labels: issue.labels.flatMap((label2) => {
    const name = typeof label2 === "string" ? label2 : label2.name;
    return name ? [name] : [];
  }),
  assignees: (issue.assignees ?? []).map((assignee) => assignee.login),
  htmlUrl: issue.html_url
});
async function listTodoIssues(client, options) {
  const { owner, repo, trackingLabel } = options;
  try {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      labels: trackingLabel,
      state: "all",
      per_page: 100
    });
    return issues.filter((issue) => !issue.pull_request).map(toTodoIssue);
  } catch (error3) {
    throw GitHubApiError.from(error3, `${owner}/${repo}`);
  }
}

// src/github/todos/sync-todo-issues.ts
async function syncTodoIssues(client, options) {
  const trackingLabel = (options.trackingLabel ?? "todo").trim();
  if (trackingLabel === "" || trackingLabel.includes(",") || trackingLabel.length > 50)
    throw new ConfigError(
      `todo tracking label: ${JSON.stringify(options.trackingLabel)} is not a label name (1 to 50 characters, no comma)`
    );
  const maxNew = options.maxNew ?? 25;
  if (!Number.isInteger(maxNew) || maxNew < 0)
    throw new ConfigError(`todo maxNew: ${maxNew} is not a whole number of issues (0 or more)`);
  if (options.sha.trim() === "") throw new ConfigError("todo sync: the commit sha is empty");
  const { owner, repo, sha, mode } = options;
  const issues = await listTodoIssues(client, { owner, repo, trackingLabel });
  const plan = planTodoSync(options.todos, issues, {
    owner,
    repo,
    sha,
    serverUrl: options.serverUrl,
    trackingLabel,
    labels: options.labels ?? [],
    maxNew
  });
  const done = await applyTodoSync(client, plan, {
    owner,
    repo,
    mode,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    ...options.minIntervalMs !== void 0 ? { minIntervalMs: options.minIntervalMs } : {},
    ...options.log ? { log: options.log } : {}
  });
  const result7 = { mode, sha, plan, ...done };
  return { ...result7, summary: renderSyncSummary(result7) };
}

// src/app/sync-todos-on-push.ts
async function syncTodosOnPush(env, commit) {
  const { owner, repo, sha } = commit;
  try {
    const { rules } = await readRepositoryRules(env.client, { owner, repo });
    if (rules.todos.issues === "off") return null;
    const scan = await scanCommit(env.client, rules, { owner, repo, sha });
    if (scan.files === 0) {
      env.log.warn(
        `gonogo: TODO issues of ${owner}/${repo} not synced: the commit's archive holds no source file`
      );
      return null;
    }
    const result7 = await syncTodoIssues(env.client, {
      owner,
      repo,
      sha,
      serverUrl: commit.serverUrl,
      todos: scan.todos,
      mode: rules.todos.issues,
      labels: rules.todos.labels,
      maxNew: rules.todos.maxNewIssues,
      // Probot's Octokit already spaces writes as GitHub asks (throttling plugin: 1 s, 3 s for those that
      // notify): no second wait on top, so a first run of 25 issues ends in minutes, not twice that.
      minIntervalMs: 0,
      log: { info: env.log.info, warning: env.log.warn }
    });
    env.log.info(
      `gonogo: TODO issues of ${owner}/${repo}@${sha.slice(0, 7)}: ${scan.todos.length} TODO(s) in ${scan.files} files; ${result7.writeRequests} write request(s)${result7.failure ? `; stopped: ${result7.failure.message}` : ""}`
    );
    return result7;
  } catch (error3) {
    if (error3 instanceof ConfigError || error3 instanceof GitHubApiError || error3 instanceof InputError) {
      env.log.warn(`gonogo: TODO issues of ${owner}/${repo} not synced: ${error3.message}`);
      return null;
    }
    throw error3;
  }
}

// src/app/app.ts
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review"
];
function createGonogoApp(options = {}) {
  return (app) => {
    const appId = options.appId ?? (Number(process.env.APP_ID) || void 0);
    const environment = (context) => ({
      // Probot's Octokit carries the same REST methods and pagination as the Action's client.
      client: context.octokit,
      log: {
        info: (message3) => context.log.info(message3),
        warn: (message3) => context.log.warn(message3),
        error: (message3) => context.log.error(message3)
      },
      now: options.now ?? (() => /* @__PURE__ */ new Date()),
      ...appId === void 0 ? {} : { appId },
      checkName: APP_CHECK_NAME
    });
    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { pull_request: pull, repository } = context.payload;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: pull.head.sha,
        pull: { number: pull.number, baseSha: pull.base.sha },
        baseSha: pull.base.sha,
        defaultBranchPush: false,
        trigger: `pull_request.${context.payload.action}`
      });
    });
    app.on("workflow_run.completed", async (context) => {
      const { workflow_run: run3, repository } = context.payload;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: run3.head_sha,
        pulls: run3.pull_requests,
        headBranch: run3.head_branch ?? null,
        headRepo: run3.head_repository?.full_name ?? null,
        defaultBranch: repository.default_branch,
        cause: run3.event,
        trigger: `workflow_run.completed (${run3.name ?? run3.path})`
      });
      await evaluateCommit(env, target);
    });
    app.on(["check_run.rerequested", "check_run.requested_action"], async (context) => {
      const { check_run: run3, repository } = context.payload;
      if (run3.name !== APP_CHECK_NAME || appId !== void 0 && run3.app?.id !== appId) return;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: run3.head_sha,
        pulls: run3.pull_requests,
        headBranch: run3.check_suite?.head_branch ?? null,
        headRepo: null,
        defaultBranch: repository.default_branch,
        cause: null,
        trigger: `check_run.${context.payload.action}`
      });
      if (context.payload.action === "requested_action")
        await onCheckRequestedAction(env, target, context.payload.requested_action?.identifier ?? "");
      else await evaluateCommit(env, target);
    });
    app.on("check_suite.rerequested", async (context) => {
      const { check_suite: suite, repository } = context.payload;
      if (appId !== void 0 && suite.app?.id !== appId) return;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: suite.head_sha,
        pulls: suite.pull_requests,
        headBranch: suite.head_branch,
        headRepo: null,
        defaultBranch: repository.default_branch,
        cause: null,
        trigger: "check_suite.rerequested"
      });
      await evaluateCommit(env, target);
    });
    app.on("merge_group.checks_requested", async (context) => {
      const { merge_group: group, repository } = context.payload;
      if (!repository) return;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: group.head_sha,
        pull: null,
        baseSha: group.base_sha,
        defaultBranchPush: false,
        trigger: "merge_group.checks_requested"
      });
    });
    app.on("push", async (context) => {
      const { repository, ref, after, deleted } = context.payload;
      if (!repository.owner || deleted || ref !== `refs/heads/${repository.default_branch}`) return;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: after,
        pull: null,
        baseSha: null,
        defaultBranchPush: true,
        trigger: "push"
      });
      const serverUrl = new URL(repository.html_url).origin;
      await syncTodosOnPush(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        sha: after,
        serverUrl
      });
    });
    app.on("issue_comment.created", async (context) => {
      await onIssueComment(environment(context), context.payload);
    });
  };
}
var gonogoApp = createGonogoApp();
var app_default = gonogoApp;
export {
  createGonogoApp,
  app_default as default,
  gonogoApp
};
