import type { Severity } from '../../model/severity.js';

const WORDS: Record<string, Severity> = {
  critical: 'critical',
  blocker: 'critical',
  critique: 'critical',
  high: 'high',
  major: 'high',
  haute: 'high',
  élevée: 'high',
  medium: 'medium',
  moderate: 'medium',
  moyenne: 'medium',
  low: 'low',
  minor: 'low',
  faible: 'low',
  info: 'info',
  informational: 'info',
  trivial: 'info',
};

// Severity numbers count from 1 (S1, sev1, severity::1 are the worst); sev0 exists in some SRE scales and is
// as bad as it gets.
const NUMBERS: Record<string, Severity> = {
  '0': 'critical',
  '1': 'critical',
  '2': 'high',
  '3': 'medium',
  '4': 'low',
};

/** `critical`, `S1`, `sev2`, `3` → a severity; `null` for anything else. */
export function severityOfWord(value: string): Severity | null {
  const word = value.trim().toLowerCase();
  const number = /^(?:s|sev)?([0-4])$/.exec(word);
  if (number) return NUMBERS[number[1] ?? ''] ?? null;
  return WORDS[word] ?? null;
}
