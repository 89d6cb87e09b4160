import type { TrackedItem } from '../../../model/tracked-item.js';
import { severityOfWord } from '../../labels/severity-of-word.js';
import type { PlanContext } from './plan-context.js';
import { planDate } from './plan-date.js';
import type { Field } from './read-field.js';

/**
 * Sets an item's owner, due date, module and severity from its fields (`Owner: Backend Lead`, `Échéance: Décembre
 * 2025`, `Module: api`, `Sev: high`); status and priority are read by the caller, which knows their precedence. A
 * value that cannot be read leaves the field unknown, with a warning at `line`.
 */
export function applyFields(
  item: TrackedItem,
  fields: readonly (Field & { line?: number })[],
  context: PlanContext,
  line: number,
): void {
  for (const field of fields) {
    const at = field.line ?? line;
    const value = field.value.replace(/[*_`]/g, '').trim();
    if (value === '') continue;
    switch (field.kind) {
      case 'owner':
        if (item.assignees.length === 0)
          item.assignees = value.split(/\s*[,;&]\s*|\s+(?:and|et)\s+/).filter((name) => name !== '');
        break;
      case 'due': {
        if (item.due !== null) break;
        const due = planDate(value);
        if (!due.understood)
          context.warn(at, `${field.name} "${value}" is not a date gonogo reads: due date unknown`);
        item.due = due.date;
        break;
      }
      case 'module':
        item.module ??= value;
        break;
      case 'severity':
        if (item.severity !== null) break;
        item.severity =
          value
            .split(/[^\p{L}\p{N}]+/u)
            .map((word) => severityOfWord(word))
            .find((severity) => severity !== null) ?? null;
        if (item.severity === null) context.warn(at, `unknown severity "${value}": severity unknown`);
        break;
      default:
        break;
    }
  }
}
