import type { LabelFacts } from '../../labels/classify-labels.js';

/** Labels that speak of priority or severity in words (`High Priority`, `🏕 Priority Mandatory`, `Severity High`). */
const KINDS = [
  { kind: 'priority', word: /\b(?:priority|prio)\b/i, known: (facts: LabelFacts) => facts.priority !== null },
  { kind: 'severity', word: /\bseverity\b/i, known: (facts: LabelFacts) => facts.severity !== null },
] as const;

/**
 * Notes on labels that look like a priority or severity but give none: a value the conventions do not know
 * (`priority/whenever`), or, when the issue ended with no priority (severity), a label that speaks of one in a
 * form no convention matches. Either way the value stays unknown rather than guessed.
 */
export function labelProblems(labels: readonly string[], facts: LabelFacts): string[] {
  const problems = facts.unknown.map(
    (label) =>
      `label ${JSON.stringify(label)} has a priority or severity value gonogo does not know; ignored`,
  );
  for (const label of labels) {
    if (facts.unknown.includes(label) || facts.rawPriority === label) continue;
    const like = KINDS.find(({ word }) => word.test(label));
    if (!like || like.known(facts)) continue;
    problems.push(
      `label ${JSON.stringify(label)} looks like a ${like.kind} but matches no ${like.kind} label convention; ${like.kind} unknown`,
    );
  }
  return problems;
}
