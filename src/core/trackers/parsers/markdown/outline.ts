import type { ListItem, PhrasingContent, Table } from 'mdast';
import type { ItemStatus } from '../../../model/tracked-item.js';
import type { Field } from './read-field.js';

/** A heading and what its own section (up to the next heading) holds. */
export interface OutlineSection {
  depth: number;
  /** The heading as plain text. */
  text: string;
  inline: readonly PhrasingContent[];
  line: number;
  /** Index of the enclosing section, `null` at the top. */
  enclosing: number | null;
  /** `Name: value` lines of its paragraphs (outside lists), in order. */
  fields: (Field & { line: number })[];
  /** Its text, paragraph by paragraph and list item by list item (code and HTML left out). */
  body: string[];
}

/** A GFM task-list item (or one written `- []`). */
export interface OutlineTask {
  node: ListItem;
  line: number;
  checked: boolean;
  /** Written `[]` instead of `[ ]`. */
  malformed: boolean;
  /** Its first paragraph: its title. */
  inline: readonly PhrasingContent[];
  /** Index of the enclosing task, or `null`. */
  parent: number | null;
  /** Index of the section it is in, or `null` before any heading. */
  section: number | null;
  /** Its text after the title (details, plain sub-bullets), task-list children excluded. */
  body: string[];
}

/** A plain list item that starts with a status emoji (`- ✅ Table créée`), or any item of an acceptance-criteria list. */
export interface OutlineBullet {
  status: ItemStatus | null;
  line: number;
  task: number | null;
  section: number | null;
  /** In a list introduced by "Critères d'acceptation" / "Acceptance criteria". */
  criteria: boolean;
}

/** A GFM table, read for tracker tables (a task column and a status or priority column). */
export interface OutlineTable {
  node: Table;
  section: number | null;
}

/** What a markdown document holds, in document order. */
export interface Outline {
  sections: OutlineSection[];
  tasks: OutlineTask[];
  bullets: OutlineBullet[];
  tables: OutlineTable[];
}
