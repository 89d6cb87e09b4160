/** Linguist's `maybe_minified?` extensions (`.js`, `.css`), widened to ES module and CommonJS files. */
const MAYBE_MINIFIED = /\.(js|mjs|cjs|css)$/i;
/** Linguist's `minified_files?` threshold: an average line over 110 characters. */
const AVERAGE_LINE = 110;
/** A line this long is no hand-written source, whatever the language: a bundle, a data blob, an inlined asset. */
const LONG_LINE = 5000;
/** The long-line check reads this far, so it costs the same on a 2 MB file as on a 64 KB one. */
const LONG_LINE_WINDOW = 64 * 1024;

function averageLineOver(text: string, limit: number): boolean {
  // Linguist splits on "\n" keeping the trailing empty line and divides with integer division.
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  const newlines = lines - 1;
  return Math.floor((text.length - newlines) / lines) > limit;
}

function hasLongLine(text: string): boolean {
  const window = text.length > LONG_LINE_WINDOW ? text.slice(0, LONG_LINE_WINDOW) : text;
  let start = 0;
  for (let at = window.indexOf('\n'); at !== -1; at = window.indexOf('\n', start)) {
    if (at - start > LONG_LINE) return true;
    start = at + 1;
  }
  // The last line, whole or cut by the window: either way it is at least this long.
  return window.length - start > LONG_LINE;
}

/**
 * Whether a file is minified. For JavaScript and CSS (`.js`, `.mjs`, `.cjs`, `.css`) this is GitHub Linguist's rule
 * (`minified_files?` in `lib/linguist/generated.rb`): an average line length over 110 characters. For any file, a
 * line over 5,000 characters within the first 64 KB also counts: no one writes such a line by hand, and a TODO in a
 * bundled or inlined blob is not the repository's to track. `path` is repo-relative POSIX, `text` the decoded content.
 */
export function minifiedFile(path: string, text: string): boolean {
  if (MAYBE_MINIFIED.test(path) && text.length > 0 && averageLineOver(text, AVERAGE_LINE)) return true;
  return hasLongLine(text);
}
