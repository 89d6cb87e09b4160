import type { Priority } from '../../model/priority.js';

// A label's priority value on its own, without the source's whole vocabulary: numbers keep their number
// (`P1`, `priority::1` → P1), words their usual rank. Field values with a known vocabulary go through
// `priorityScale` instead, which ranks them within that vocabulary.
const WORDS: Record<string, Exclude<Priority, null>> = {
  critical: 'P0',
  urgent: 'P0',
  blocker: 'P0',
  highest: 'P0',
  immediate: 'P0',
  critique: 'P0',
  high: 'P1',
  haute: 'P1',
  haut: 'P1',
  élevée: 'P1',
  major: 'P1',
  medium: 'P2',
  normal: 'P2',
  moderate: 'P2',
  moyenne: 'P2',
  moyen: 'P2',
  low: 'P3',
  minor: 'P3',
  faible: 'P3',
  basse: 'P3',
  bas: 'P3',
  lowest: 'P4',
  trivial: 'P4',
};

/** `1` → P1, `p2` → P2, `high` → P1, `critical` → P0; `null` for anything else. */
export function priorityOfWord(value: string): Priority {
  const word = value.trim().toLowerCase();
  const number = /^p?([0-4])$/.exec(word);
  if (number) return `P${number[1]}` as Priority;
  return WORDS[word] ?? null;
}
