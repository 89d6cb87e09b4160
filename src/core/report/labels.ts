import type { GateResult, GateStatus } from '../model/gate-result.js';
import type { VerdictValue } from '../model/verdict.js';

/** The verdict as people read it. */
export const VERDICT_LABEL: Readonly<Record<VerdictValue, string>> = {
  go: 'GO',
  'go-with-warnings': 'GO WITH WARNINGS',
  'no-go': 'NO-GO',
};

export const VERDICT_ICON: Readonly<Record<VerdictValue, string>> = {
  go: '✅',
  'go-with-warnings': '⚠️',
  'no-go': '⛔',
};

/** A gate's outcome in one word, taking its level into account. */
export function outcomeLabel(gate: Pick<GateResult, 'status' | 'level'>): string {
  const labels: Record<GateStatus, string> = {
    pass: 'pass',
    fail: 'FAIL',
    waived: 'waived',
    'not-applicable': 'n/a',
  };
  if (gate.status === 'fail' && gate.level !== 'block') return gate.level === 'warn' ? 'warn' : 'info';
  return labels[gate.status];
}

/** A gate's outcome as an icon: a waived gate has its own (🛂), never the pass icon. */
export function outcomeIcon(gate: Pick<GateResult, 'status' | 'level'>): string {
  if (gate.status === 'pass') return '✅';
  if (gate.status === 'not-applicable') return '➖';
  if (gate.status === 'waived') return '🛂';
  return gate.level === 'block' ? '❌' : gate.level === 'warn' ? '⚠️' : 'ℹ️';
}
