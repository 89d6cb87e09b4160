import type { Priority } from '../../../model/priority.js';
import type { PriorityReading } from './priority-vocabulary.js';
import type { SectionReading } from './read-sections.js';

/** A priority and the words it was read from. */
export interface RankedPriority {
  priority: Priority;
  raw: string | null;
}

/** A data-quality note, at a line of the document when it has one. */
export interface PlanWarning {
  line: number | null;
  text: string;
}

/** What item builders share about one document: its sections, how its priority words rank, its warnings. */
export class PlanContext {
  readonly warnings: PlanWarning[] = [];

  constructor(
    readonly source: string,
    readonly sections: readonly SectionReading[],
    readonly rank: (word: string) => Priority,
  ) {}

  warn(line: number | null, text: string): void {
    this.warnings.push({ line, text });
  }

  /** Key of the item a section is, when it is one. */
  sectionKey(index: number | null): string | null {
    const reading = index === null ? undefined : this.sections[index];
    return reading?.item ? `${this.source}#L${reading.section.line}` : null;
  }

  /** Key of the innermost heading item enclosing a point of the section `index` (the section itself included). */
  nearestItem(index: number | null): string | null {
    for (let at = index; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const key = this.sectionKey(at);
      if (key) return key;
    }
    return null;
  }

  /** Headings from the outermost to the section `index` included, as written; empty headings name none. */
  path(index: number | null): string[] {
    const titles: string[] = [];
    for (let at = index; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const text = this.sections[at]?.section.text ?? '';
      if (text !== '') titles.unshift(text);
    }
    return titles;
  }

  /** A priority reading ranked within the document: its word, else its colour. */
  resolve(reading: PriorityReading | null): RankedPriority | null {
    if (reading === null) return null;
    const priority = (reading.word === null ? null : this.rank(reading.word)) ?? reading.colour;
    return priority === null ? null : { priority, raw: reading.raw };
  }

  /** The priority a point of section `index` inherits: from its own or the nearest enclosing section that has one. */
  inherited(index: number | null): RankedPriority | null {
    for (let at = index; at !== null; at = this.sections[at]?.section.enclosing ?? null) {
      const reading = this.sections[at];
      const found =
        this.resolve(reading?.priority?.reading ?? null) ?? this.resolve(reading?.headingPriority ?? null);
      if (found) return found;
    }
    return null;
  }
}
