import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { InputError } from '../../../errors/input-error.js';

/**
 * The syntax tree of a GitHub-flavoured markdown document (task lists, strikethrough, tables, autolinks,
 * footnotes). Line endings may be LF, CRLF or CR. Throws `InputError` for a document nested too deeply to read.
 */
export function parseMarkdown(text: string, source: string): Root {
  try {
    return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (error) {
    // The markdown library recurses once per nesting level: thousands of nested quotes or lists exhaust the call
    // stack. That is a property of the file the user can fix, not a bug of gonogo.
    if (error instanceof RangeError) {
      throw new InputError(
        source,
        'markdown nested too deeply to read (thousands of nested lists or quotes)',
      );
    }
    throw error;
  }
}
