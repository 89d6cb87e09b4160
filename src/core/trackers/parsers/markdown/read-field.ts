import { FIELD_NAMES, type FieldKind } from './field-names.js';
import { matchable } from './matchable.js';

/** A `Name: value` pair whose name is a known field. */
export interface Field {
  kind: FieldKind;
  /** The name as written (`Priorité`, `STATUS`). */
  name: string;
  /** The value as written, trimmed; empty when nothing follows the colon. */
  value: string;
}

/**
 * Reads one line of plain text as a field (`Priorité: 🔴 CRITIQUE`, `STATUS : ✅ IMPLÉMENTÉ`, `Owner: Backend
 * Lead`); `null` when the line does not start with a known field name and a colon. Titles are fields of tables only.
 */
export function readField(line: string): Field | null {
  const match = /^\s*([^:]{1,40}?)\s*:\s*(.*)$/u.exec(line);
  if (!match) return null;
  const name = match[1] ?? '';
  const kind = FIELD_NAMES.get(matchable(name).replace(/\s+/g, ' ').trim());
  if (kind === undefined || kind === 'title') return null;
  return { kind, name: name.trim(), value: (match[2] ?? '').trim() };
}
