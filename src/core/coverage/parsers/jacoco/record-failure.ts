import type { FileLocation } from '../../../errors/input-error.js';
import { InputError } from '../../../errors/input-error.js';

/** Throws an `InputError` about a report record. */
export type Failure = (reason: string) => never;

/**
 * The error about a record of a report. `subject` names what the record belongs to (`sourcefile "a/B.java"`) and
 * prefixes the reason, so the one-line message says which record is wrong, not only where.
 */
export function recordError(
  source: string,
  location: FileLocation | undefined,
  subject: string | undefined,
  reason: string,
): InputError {
  // The message stays on one line even if a name carries an encoded line break.
  const prefix = subject === undefined ? '' : `${subject.replace(/[\r\n]+/g, ' ')}: `;
  return new InputError(source, `${prefix}${reason}`, location);
}

/** A failure at the token being read (`locate` is called only when something is wrong). */
export function recordFailure(source: string, locate: () => FileLocation, subject?: string): Failure {
  return (reason: string): never => {
    throw recordError(source, locate(), subject, reason);
  };
}
