import { describeValue } from '../../../sast/validate-report-shape.js';

/**
 * Notes for the fields a lenient schema dropped: present in the export with a value of the wrong shape (a number
 * where a date string belongs). `null` is no problem: GitHub writes it for every unset field.
 */
export function ignoredFieldProblems(
  raw: Readonly<Record<string, unknown>>,
  parsed: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): string[] {
  return fields
    .filter((field) => raw[field] !== undefined && raw[field] !== null && parsed[field] === undefined)
    .map((field) => `"${field}" is ${describeValue(raw[field])} of an unexpected shape; ignored`);
}
