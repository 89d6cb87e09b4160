import type { GateResult } from '../model/gate-result.js';

/**
 * One result from the parts of a gate that checks two things (a minimum and a drop): it fails when a part fails,
 * passes when a part passed and none failed, and is not applicable only when no part applies. Parts are never
 * `waived`: a waiver accepts the combined gate, after every gate is evaluated.
 */
export function combineResults(parts: readonly GateResult[]): GateResult {
  const [first, ...rest] = parts;
  if (!first) throw new Error('combineResults needs at least one result');
  if (rest.length === 0) return first;
  const status: GateResult['status'] = parts.some((part) => part.status === 'fail')
    ? 'fail'
    : parts.some((part) => part.status === 'pass')
      ? 'pass'
      : 'not-applicable';
  const applicable = parts.filter((part) => part.status !== 'not-applicable');
  const shown = applicable.length ? applicable : parts;
  return {
    ...first,
    status,
    measured: shown.map((part) => part.measured).join(' · '),
    value: shown[0]?.value ?? null,
    summary: parts.map((part) => part.summary).join('; '),
    evidence: parts.flatMap((part) => part.evidence),
    evidenceTotal: parts.reduce((sum, part) => sum + part.evidenceTotal, 0),
    notes: parts.flatMap((part) => part.notes),
    action:
      status === 'fail'
        ? parts.flatMap((part) => (part.action ? [part.action] : [])).join(' ') || null
        : null,
    waiver: null,
  };
}
