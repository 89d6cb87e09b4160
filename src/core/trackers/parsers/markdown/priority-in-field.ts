import { matchable } from './matchable.js';
import { PRIORITY_WORDS, priorityColour, type PriorityReading } from './priority-vocabulary.js';

/**
 * Reads the value of a `Priority:` field or a priority table cell (`🔴 CRITIQUE (après HTTPS)`, `HAUTE - Essentiel
 * pour…`, `P1`, `🟠 IMPORTANT`): the first priority word before any explanation, and the colour emoji. `null` for
 * an empty value; a reading with neither word nor colour is an unknown priority.
 */
export function priorityInField(value: string): PriorityReading | null {
  // Explanations follow a dash, a parenthesis or a comma: only what comes before names the priority.
  const head =
    value
      .split(/\s[-–—]\s|[(,;]/u, 1)[0]
      ?.replace(/[*_`]/g, '')
      .trim() ?? '';
  if (head === '') return null;
  const word =
    matchable(head)
      .split(/[^\p{L}\p{N}]+/u)
      .map((token) => PRIORITY_WORDS.get(token))
      .find((known) => known !== undefined) ?? null;
  return { word, colour: priorityColour(value)?.priority ?? null, raw: head.replace(/[\uFE0E\uFE0F]/g, '') };
}
