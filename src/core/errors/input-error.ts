/** Where in a file a problem is. Lines and columns are 1-based. */
export interface FileLocation {
  line: number;
  column?: number;
}

/**
 * An input file that cannot be used: missing, unreadable, empty, malformed, of an unknown or unsupported format.
 * The message names the file, the place when known, and the cause, on one line. Exit code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly file: string,
    readonly reason: string,
    readonly location?: FileLocation,
  ) {
    const place = location ? `:${location.line}${location.column ? `:${location.column}` : ''}` : '';
    super(`${file}${place}: ${reason}`);
  }
}
