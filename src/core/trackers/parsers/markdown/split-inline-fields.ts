import { readField, type Field } from './read-field.js';

/** A task's title with the fields a generated line appends to it. */
export interface InlineFields {
  title: string;
  fields: Field[];
}

/**
 * Splits `Title | Module: api | Sev: high | Status: open | Due: 2025-11-01`, the way scripts print issues as list
 * items, into the title and its known fields. A title without a known `Name: value` part after a `|` is returned
 * whole, pipes included. Values left as bare emphasis markers (`Module: **`) are empty.
 */
export function splitInlineFields(text: string): InlineFields {
  const parts = text.split(/\s+\|\s+/);
  if (parts.length < 2) return { title: text, fields: [] };
  const fields = parts
    .slice(1)
    .map((part) => readField(part))
    .filter((field): field is Field => field !== null)
    .map((field) => ({ ...field, value: /^[*_\s]*$/.test(field.value) ? '' : field.value }));
  return fields.length === 0 ? { title: text, fields: [] } : { title: parts[0]?.trim() ?? '', fields };
}
