import { InputError } from '../../../errors/input-error.js';

/** Throws an `InputError` for one problem in a report entry. */
export type Fail = (reason: string) => never;

/**
 * How to fail for the entry `key` of an Istanbul report: the message names the report and the file key as the
 * report writes it. A parsed JSON value has no useful line number, so the key is how a user finds the place.
 */
export function entryFailure(source: string, key: string): Fail {
  // The message stays on one line even if a key holds a line break.
  const file = `file "${key.replace(/[\r\n]+/g, ' ')}"`;
  return (reason) => {
    throw new InputError(source, `${file}: ${reason}`);
  };
}
