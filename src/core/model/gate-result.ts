import type { AppliedGateWaiver } from './gate-waiver.js';
import type { Priority } from './priority.js';
import type { Severity } from './severity.js';

/** How much a failed gate matters: `block` makes the verdict no-go, `warn` go-with-warnings, `info` nothing. */
export type GateLevel = 'block' | 'warn' | 'info';

/** The input family a gate reads. */
export type GateKind = 'coverage' | 'sast' | 'issues' | 'checklist' | 'todos';

/**
 * `pass` and `fail` are measured outcomes. `waived` is a `fail` a maintainer accepted with a live `GateWaiver`: it
 * keeps what was measured and the evidence (the report still shows what failed) and who accepted it, counts as
 * evaluated, but fails nothing (no verdict, grade cap, top risk or annotation). `not-applicable` means the
 * repository does not use the gate's input family at all (nothing configured or given): shown, not scored, never a
 * failure. A configured input that is missing or unreadable is a `fail`, not `not-applicable`.
 */
export type GateStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

/** One item that made a gate fail, with why. */
export interface EvidenceItem {
  /** Short identification: a file, `tool rule path:line`, an issue key and title. */
  label: string;
  /** Why this item counts against the gate. */
  why: string;
  path?: string;
  line?: number;
  endLine?: number;
  severity?: Severity;
  priority?: Priority;
}

/** The outcome of one gate. */
export interface GateResult {
  id: string;
  kind: GateKind;
  level: GateLevel;
  status: GateStatus;
  /** What was measured, formatted for people: `62.5 %`, `3 findings`, `n/a`. */
  measured: string;
  /** The threshold, formatted: `≥ 70 %`, `≤ 0`. */
  threshold: string;
  /** The measured number, when there is one (percent or count). */
  value: number | null;
  /** One sentence: why it passed, failed, or does not apply. */
  summary: string;
  /** The items that made it fail (empty when it passed); `evidenceTotal` counts them all when the list is cut. */
  evidence: EvidenceItem[];
  evidenceTotal: number;
  /** Data-quality notes that do not change the outcome. */
  notes: string[];
  /**
   * What to do to make a failed gate pass, one sentence; `null` when it passed or does not apply. A waived gate
   * keeps it: it says what would make the waiver unnecessary.
   */
  action: string | null;
  /** Who accepted this failed gate, until when and why (status `waived`); `null` for every other gate. */
  waiver: AppliedGateWaiver | null;
}
