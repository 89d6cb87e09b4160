import type { Outline, OutlineSection } from './outline.js';
import { priorityInField } from './priority-in-field.js';
import { priorityInHeading } from './priority-in-heading.js';
import type { PriorityReading } from './priority-vocabulary.js';
import { readHeading, type HeadingReading } from './read-heading.js';
import type { Field } from './read-field.js';

/** A section as the plan reads it. */
export interface SectionReading {
  section: OutlineSection;
  heading: HeadingReading;
  /** Its first `Status:` line. */
  status: (Field & { line: number }) | null;
  /** Its first `Priority:` line, and what that says. */
  priority: (Field & { line: number; reading: PriorityReading | null }) | null;
  /** The priority its heading text gives (`## 🔴 CRITIQUE`). */
  headingPriority: PriorityReading | null;
  /** Whether it is an item of the plan. */
  item: boolean;
  /** For a summary heading that refers back to an item by number (`#### ✅ #12 - …`), that item's section. */
  mentionOf: number | null;
}

/**
 * Reads every section and decides which headings are items: those with their own `Status:` or `Priority:` line,
 * and numbered headings with a status marker (`### ✅ 5. …`, `### 1.1 … ✅ COMPLÉTÉ`). A heading that refers to an
 * item by `#number` without fields of its own (`#### ✅ #12 - Rate limiting`, a summary) is a mention of that item,
 * not a new one.
 */
export function readSections(outline: Outline): SectionReading[] {
  const readings: SectionReading[] = outline.sections.map((section) => {
    const heading = readHeading(section.text);
    const status = section.fields.find((field) => field.kind === 'status') ?? null;
    const priority = section.fields.find((field) => field.kind === 'priority') ?? null;
    return {
      section,
      heading,
      status,
      priority: priority ? { ...priority, reading: priorityInField(priority.value) } : null,
      headingPriority: priorityInHeading(section.text),
      item:
        status !== null || priority !== null || (heading.number !== null && heading.marker?.status != null),
      mentionOf: null,
    };
  });
  const defined = new Map<string, number>();
  const refersBack = (reading: SectionReading): boolean =>
    reading.heading.hashed && reading.status === null && reading.priority === null;
  readings.forEach((reading, index) => {
    const number = reading.heading.number;
    if (reading.item && number !== null && !refersBack(reading) && !defined.has(number))
      defined.set(number, index);
  });
  readings.forEach((reading, index) => {
    const number = reading.heading.number;
    if (!refersBack(reading) || number === null) return;
    const target = defined.get(number);
    if (target !== undefined && target !== index) {
      reading.mentionOf = target;
      reading.item = false;
    } else if (reading.item && target === undefined) defined.set(number, index);
  });
  return readings;
}
