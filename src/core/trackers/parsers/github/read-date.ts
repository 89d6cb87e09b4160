import { isoDatePart } from './iso-date-part.js';

/**
 * The ISO date of a timestamp field, or `null` when the field is empty; a value that is not a date is noted in
 * `problems` under the field's own name, so the user can find it in the export.
 */
export function readDate(value: string | null | undefined, field: string, problems: string[]): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const date = isoDatePart(value);
  if (date === null) problems.push(`"${field}" is not a date: ${JSON.stringify(value)}; ignored`);
  return date;
}
