import { InputError } from '../errors/input-error.js';
import { locationAt } from './location-at.js';

/** `JSON.parse` that fails with an `InputError` naming the file, line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 gives a position for most errors; "Unexpected end of JSON input" has none, and its place is the end.
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : null;
    const location = offset === null ? undefined : locationAt(text, offset);
    const cause = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(source, `malformed JSON: ${cause}`, location);
  }
}
