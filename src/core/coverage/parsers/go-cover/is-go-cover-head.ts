import { stripBom } from '../../../text/strip-bom.js';

/** The first line of every Go coverprofile, whatever wrote it (`go test`, gocoverutil, gotestsum...). */
export const MODE_LINE = /^mode:[ \t]*(set|count|atomic)$/;

/** Whether the beginning of a file is a Go coverprofile: its first non-blank line is `mode: set|count|atomic`. */
export function isGoCoverHead(head: string): boolean {
  const text = stripBom(head);
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line !== '') return MODE_LINE.test(line);
  }
  return false;
}
