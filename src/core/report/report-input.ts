import type { EvidenceBundle } from '../model/evidence-bundle.js';
import type { Verdict } from '../model/verdict.js';

/** What a readiness report is rendered from. */
export interface ReportInput {
  verdict: Verdict;
  bundle: EvidenceBundle;
  /** Rules files that contributed, root last. */
  rulesSources: readonly string[];
  /** The evaluation date, `YYYY-MM-DD`. */
  today: string;
  /** More lines for the Inputs section (the Action's baseline and diff sources). */
  inputNotes?: readonly string[];
}
