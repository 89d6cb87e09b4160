import { InputError } from '../errors/input-error.js';
import { locationAt } from './location-at.js';

/** `JSON.parse` that fails with an `InputError` naming the file, line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const location = position ? locationAt(text, Number(position[1])) : undefined;
    const cause = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(source, `malformed JSON: ${cause}`, location);
  }
}
