import type { TrackerSummary } from '../risk/summarize-trackers.js';
import type { EvidenceItem, GateLevel, GateResult } from './gate-result.js';

/** The answer gonogo gives. */
export type VerdictValue = 'go' | 'go-with-warnings' | 'no-go';

/** Letter grade of the readiness score. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** The readiness categories that make up the score. */
export type Category = 'coverage' | 'security' | 'issues' | 'checklist';

/** Score of one category, or why it has none. */
export interface CategoryScore {
  category: Category;
  /** 0–100, or `null` when the category has no data (then it does not count). */
  score: number | null;
  weight: number;
  /** How the score was obtained, in words: `71.4 % of 150 lines covered`. */
  basis: string;
}

/** A top risk: one evidence item of a failed gate. */
export interface Risk extends EvidenceItem {
  gate: string;
  level: GateLevel;
}

/** The full result of an evaluation. */
export interface Verdict {
  verdict: VerdictValue;
  /** 0–100, weighted over categories that have data; 0 when none has. */
  score: number;
  grade: Grade;
  /** Why the verdict is what it is, one sentence. */
  reason: string;
  gates: GateResult[];
  categories: CategoryScore[];
  topRisks: Risk[];
  /** Tracked items counted, risk-scored and grouped by domain; `null` when no tracker was configured. */
  trackers: TrackerSummary | null;
  /** What a later change is compared with: the baseline the Action stores for this commit. */
  snapshot: EvidenceSnapshot;
}

/** The comparable part of an evaluation's evidence, keyed by repository path. */
export interface EvidenceSnapshot {
  /** Lines (and branches) covered and coverable per file; `null` when no coverage was read. */
  coverage: Record<string, { lines: [number, number]; branches: [number, number] | null }> | null;
  /** Fingerprints of every SAST finding (open or not); `null` when no SAST report was read. */
  fingerprints: string[] | null;
}
