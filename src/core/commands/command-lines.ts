import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { InputError } from '../errors/input-error.js';
import { textRuns } from '../trackers/parsers/markdown/text-runs.js';

/**
 * Inline constructs left unparsed. None can make a line a command or stop it from being one (a line opening with
 * `*`, `~`, `[` or `!` does not begin with `/gonogo` either way), and their resolution is quadratic on hostile
 * input: 32 000 × `a~` took 57 s, 22 000 × `[a]` 12 s. What stays parsed is what decides: blocks (quotes, code,
 * HTML, lists, tables), inline code and inline HTML (both may span lines), escapes and hard breaks.
 */
const UNPARSED = [
  'attention',
  'strikethrough',
  'labelStartLink',
  'labelStartImage',
  'labelEnd',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
];

/** More nested quotes or list markers than this at the start of a line: refused before parsing (see below). */
const MAX_NESTING = 50;
const TOO_NESTED = new RegExp(
  String.raw`^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))){${MAX_NESTING}}`,
  'm',
);

/** A line of a comment's own prose. */
export interface ProseLine {
  /** 1-based line of the comment. */
  line: number;
  /** The text of the line as written, except inline code by its content and inline HTML left out. */
  text: string;
  /**
   * Whether the line begins with plain text, not inline code, inline HTML or an autolink. A command must begin
   * so; `` `/gonogo` `` or `<!-- /gonogo -->` merely mention one.
   */
  startsWithText: boolean;
}

/** The lines of one top-level paragraph, each with the line it starts on. */
function paragraphLines(paragraph: Paragraph): ProseLine[] {
  const lines: (ProseLine & { opened: boolean })[] = [];
  let current: (ProseLine & { opened: boolean }) | null = null;
  let lineNumber = paragraph.position?.start.line ?? 1;
  // `fromText`: the content is a plain text node of the paragraph. Anything else (inline code, inline HTML such as
  // a comment) opens its line as "not text", even when it shows nothing.
  const add = (content: string, fromText: boolean) => {
    content.split(/\r\n|\r|\n/).forEach((part, index) => {
      if (index > 0) {
        lineNumber += 1;
        current = null;
      }
      if (current === null) {
        current = { line: lineNumber, text: '', startsWithText: false, opened: false };
        lines.push(current);
      }
      if (!current.opened && (part.trim() !== '' || !fromText)) {
        current.opened = true;
        current.startsWithText = fromText;
      }
      current.text += part;
    });
  };
  for (const child of paragraph.children as PhrasingContent[]) {
    if (child.type === 'text') add(child.value, true);
    else if (child.type === 'break') add('\n', true);
    else if (child.type === 'html') add(child.value.replace(/[^\r\n]+/g, ''), false);
    else {
      add(
        textRuns([child])
          .map((run) => run.text)
          .join(''),
        false,
      );
    }
  }
  return lines.map(({ line, text, startsWithText }) => ({ line, text, startsWithText }));
}

/**
 * The lines of a comment's own prose: top-level paragraphs only. Block quotes (quoted replies), fenced and indented
 * code, HTML blocks and comments, lists, tables and headings are not read, so quoting or showing a command never
 * runs it. Throws `InputError` for markdown nested more than 50 levels deep.
 */
export function commandLines(body: string): ProseLine[] {
  // The parser recurses once per nesting level and its container handling is quadratic: 4 000 nested quotes take a
  // second, 60 000 twenty-three before overflowing the stack. No reply needs more than a few levels.
  if (TOO_NESTED.test(body)) throw new InputError('comment', 'markdown nested too deeply to read');
  let root: Root;
  try {
    root = fromMarkdown(body, {
      extensions: [gfm(), { disable: { null: UNPARSED } }],
      mdastExtensions: [gfmFromMarkdown()],
    });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('comment', 'markdown nested too deeply to read');
    throw error;
  }
  return root.children.flatMap((node) => (node.type === 'paragraph' ? paragraphLines(node) : []));
}
