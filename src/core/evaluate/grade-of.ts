import type { Grade } from '../model/verdict.js';

/** A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F; a failed blocking gate caps the grade at D. */
export function gradeOf(score: number, blockingFailure: boolean): Grade {
  const grade: Grade = score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
  return blockingFailure && grade < 'D' ? 'D' : grade;
}
