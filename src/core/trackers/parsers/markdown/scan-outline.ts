import type { ListItem, Nodes, Paragraph, Root } from 'mdast';
import { inlineLines } from './inline-lines.js';
import { leadingStatusEmoji } from './leading-status-emoji.js';
import { matchable } from './matchable.js';
import type { Outline } from './outline.js';
import { plainText } from './plain-text.js';
import { readField } from './read-field.js';

/** A node to visit, with where it sits. */
interface Frame {
  node: Nodes;
  /** Index of the nearest enclosing task. */
  task: number | null;
  inList: boolean;
  /** The first paragraph of a task item: its title, not its body. */
  title: boolean;
  /** An item of an acceptance-criteria list. */
  criteria: boolean;
}

const CRITERIA = /^(?:criteres? d'acceptation|acceptance criteria|definition of done|dod)\s*:?$/;

function lineOf(node: Nodes): number {
  const line = node.position?.start.line;
  if (line === undefined) throw new Error(`the markdown parser returned a ${node.type} without a position`);
  return line;
}

/** `- [] text`: a box written without its space. GFM reads it as text; its writer meant an open task. */
function hasEmptyBox(node: ListItem): boolean {
  const first = node.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (first?.type !== 'paragraph' || lead?.type !== 'text') return false;
  return /^\[\](?:[ \t]|$)/.test(lead.value) && plainText(first.children).length > 2;
}

/**
 * Walks a markdown tree once, in document order, and records its sections (with their `Name: value` lines and
 * text), its task items (with their enclosing task and section), its status-emoji bullets and its tables. Code
 * blocks and HTML (comments included) are leaves, so nothing inside them counts.
 */
export function scanOutline(tree: Root): Outline {
  const outline: Outline = { sections: [], tasks: [], bullets: [], tables: [] };
  const open: number[] = [];
  let current: number | null = null;
  const criteriaLists = new WeakSet<Nodes>();
  const bodyOf = (frame: Frame): string[] | null => {
    if (frame.task !== null) return outline.tasks[frame.task]?.body ?? null;
    return current === null ? null : (outline.sections[current]?.body ?? null);
  };
  const paragraph = (node: Paragraph, frame: Frame): void => {
    if (frame.title) return;
    const text = plainText(node.children);
    if (text !== '') bodyOf(frame)?.push(text);
    const section = current === null ? undefined : outline.sections[current];
    if (frame.inList || !section) return;
    inlineLines(node.children).forEach((content, offset) => {
      const field = readField(content);
      if (field) section.fields.push({ ...field, line: lineOf(node) + offset });
    });
  };
  // An explicit stack rather than recursion: the parser builds trees thousands of levels deep from nested quotes.
  // Children are pushed in reverse so they pop in document order, which sections rely on.
  const pending: Frame[] = [{ node: tree, task: null, inList: false, title: false, criteria: false }];
  for (let frame = pending.pop(); frame !== undefined; frame = pending.pop()) {
    const { node } = frame;
    let task = frame.task;
    if (node.type === 'heading') {
      while ((outline.sections[open.at(-1) ?? -1]?.depth ?? 0) >= node.depth) open.pop();
      current = outline.sections.length;
      outline.sections.push({
        depth: node.depth,
        text: plainText(node.children),
        inline: node.children,
        line: lineOf(node),
        enclosing: open.at(-1) ?? null,
        fields: [],
        body: [],
      });
      open.push(current);
      continue;
    }
    if (node.type === 'paragraph') {
      paragraph(node, frame);
      continue;
    }
    if (node.type === 'table') {
      outline.tables.push({ node, section: current });
      for (const row of node.children)
        bodyOf(frame)?.push(row.children.map((cell) => plainText(cell.children)).join(' | '));
      continue;
    }
    if (node.type === 'listItem') {
      const first = node.children[0];
      const malformed = typeof node.checked !== 'boolean' && hasEmptyBox(node);
      if (typeof node.checked === 'boolean' || malformed) {
        task = outline.tasks.length;
        outline.tasks.push({
          node,
          line: lineOf(node),
          checked: node.checked === true,
          malformed,
          inline: first?.type === 'paragraph' ? first.children : [],
          parent: frame.task,
          section: current,
          body: [],
        });
      } else {
        const status = first?.type === 'paragraph' ? leadingStatusEmoji(plainText(first.children)) : null;
        if (status !== null || frame.criteria)
          outline.bullets.push({
            status,
            line: lineOf(node),
            task,
            section: current,
            criteria: frame.criteria,
          });
      }
    }
    if (!('children' in node)) continue;
    const children: Nodes[] = node.children;
    children.forEach((child, i) => {
      const next = children[i + 1];
      if (
        child.type === 'paragraph' &&
        next?.type === 'list' &&
        CRITERIA.test(matchable(plainText(child.children)))
      )
        criteriaLists.add(next);
    });
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (!child) continue;
      pending.push({
        node: child,
        task,
        inList: frame.inList || node.type === 'list',
        title: task !== frame.task && i === 0 && child.type === 'paragraph',
        criteria: node.type === 'list' && criteriaLists.has(node),
      });
    }
  }
  return outline;
}
