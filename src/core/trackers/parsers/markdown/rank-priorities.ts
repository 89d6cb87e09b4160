import type { Priority } from '../../../model/priority.js';
import { priorityOfWord } from '../../labels/priority-of-word.js';
import { priorityScale } from '../../labels/priority-scale.js';

/**
 * How a document's priority words rank: within the one vocabulary that holds them all when there is one
 * (`Blocker/Critical/Major` makes Critical a P1, `Haute/Moyenne/Basse` makes Haute a P1), else word by word on the
 * usual ladder (CRITICAL/CRITIQUE P0, HIGH/HAUTE P1, MEDIUM/MOYENNE P2, LOW/FAIBLE/BASSE P3), which plans mixing
 * English headings and French fields need.
 */
export function rankPriorities(words: readonly string[]): (word: string) => Priority {
  const scale = priorityScale(words);
  const vocabulary = scale.vocabulary;
  const complete =
    vocabulary !== null && words.every((word) => /^p[0-4]$/.test(word) || vocabulary.includes(word));
  return (word) => (complete ? scale.of(word) : priorityOfWord(word));
}
