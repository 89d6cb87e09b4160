import { InputError } from '../../../errors/input-error.js';
import { locationAt } from '../../../text/location-at.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { offsetOf } from '../../xml/xml-element.js';

/** The report being read: its name as given to gonogo and its text, to place errors. */
export interface ReportText {
  source: string;
  xml: string;
}

/** Throws an `InputError` about a report, at an element's line and column when the parser recorded them. */
export type Failure = (reason: string) => never;

/**
 * A failure located at `element`. `subject` names what the element belongs to (`sourcefile "a/B.java"`) and
 * prefixes every reason, so the one-line message says which record is wrong, not only where.
 */
export function recordFailure(report: ReportText, element: XmlElement, subject?: string): Failure {
  return (reason: string): never => {
    const offset = offsetOf(element);
    const location = offset === undefined ? undefined : locationAt(report.xml, offset);
    // The message stays on one line even if a name carries an encoded line break.
    const prefix = subject === undefined ? '' : `${subject.replace(/[\r\n]+/g, ' ')}: `;
    throw new InputError(report.source, `${prefix}${reason}`, location);
  };
}
