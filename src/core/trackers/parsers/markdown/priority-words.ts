import { FIELD_NAMES } from './field-names.js';
import { matchable } from './matchable.js';
import type { Outline } from './outline.js';
import { plainText } from './plain-text.js';
import { priorityInField } from './priority-in-field.js';
import type { SectionReading } from './read-sections.js';
import { splitInlineFields } from './split-inline-fields.js';

/**
 * Every priority word a document uses (headings, `Priority:` lines, `| Priority: …` task fields, priority table
 * columns), so that each is ranked within the document's whole vocabulary.
 */
export function priorityWords(outline: Outline, sections: readonly SectionReading[]): string[] {
  const values: string[] = [];
  for (const task of outline.tasks) {
    for (const field of splitInlineFields(plainText(task.inline)).fields)
      if (field.kind === 'priority') values.push(field.value);
  }
  for (const table of outline.tables) {
    const [header, ...rows] = table.node.children;
    const column = (header?.children ?? []).findIndex(
      (cell) => FIELD_NAMES.get(matchable(plainText(cell.children)).replace(/\s+/g, ' ')) === 'priority',
    );
    if (column < 0) continue;
    for (const row of rows) values.push(plainText(row.children[column]?.children ?? []));
  }
  const words = [
    ...sections.flatMap((reading) => [reading.priority?.reading?.word, reading.headingPriority?.word]),
    ...values.map((value) => priorityInField(value)?.word),
  ];
  return [...new Set(words.filter((word): word is string => typeof word === 'string'))];
}
