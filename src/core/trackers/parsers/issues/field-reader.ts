import { describeValue } from '../../../sast/validate-report-shape.js';

/** Typed reads of one JSON record's fields; a value of the wrong type is noted and read as unknown. */
export interface FieldReader {
  /** The raw value at a dotted path (`fields.status.name`); `undefined` when a step is missing. */
  value(path: string): unknown;
  /** A string (a number is written out); `null` when absent, `null`, blank or of another type (noted). */
  text(path: string): string | null;
  /** An array; `[]` when absent or `null`, or of another type (noted). */
  list(path: string): unknown[];
  /** An object; `null` when absent or `null`, or of another type (noted). */
  object(path: string): Record<string, unknown> | null;
  /** A whole number ≥ 0; `null` when absent or `null`, or anything else (noted). */
  count(path: string): number | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the fields of a record that passed the export's top-level shape check, where a single bad field must not
 * make the file unusable: it is reported through `note` (`"fields.duedate" is a number, expected a string;
 * ignored`) and read as unknown.
 */
export function fieldReader(record: unknown, note: (problem: string) => void): FieldReader {
  // Several reads go through one parent (`fields.status.name`, `fields.status.statusCategory.key`): each bad
  // place is noted once.
  const noted = new Set<string>();
  const wrong = (path: string, found: unknown, expected: string): null => {
    if (!noted.has(path)) note(`"${path}" is ${describeValue(found)}, expected ${expected}; ignored`);
    noted.add(path);
    return null;
  };
  const value = (path: string): unknown => {
    let current: unknown = record;
    const steps = path.split('.');
    for (const [index, step] of steps.entries()) {
      if (current === undefined || current === null) return undefined;
      if (!isRecord(current))
        return wrong(steps.slice(0, index).join('.'), current, 'an object') ?? undefined;
      current = current[step];
    }
    return current;
  };
  return {
    value,
    text(path) {
      const found = value(path);
      if (found === undefined || found === null) return null;
      if (typeof found === 'number' && Number.isFinite(found)) return String(found);
      if (typeof found !== 'string') return wrong(path, found, 'a string');
      return found.trim() === '' ? null : found.trim();
    },
    list(path) {
      const found = value(path);
      if (found === undefined || found === null) return [];
      if (Array.isArray(found)) return found;
      wrong(path, found, 'an array');
      return [];
    },
    object(path) {
      const found = value(path);
      if (found === undefined || found === null) return null;
      return isRecord(found) ? found : wrong(path, found, 'an object');
    },
    count(path) {
      const found = value(path);
      if (found === undefined || found === null) return null;
      if (typeof found === 'number' && Number.isInteger(found) && found >= 0) return found;
      return wrong(path, found, 'a whole number');
    },
  };
}
