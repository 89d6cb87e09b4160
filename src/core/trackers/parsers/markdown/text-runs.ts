import type { PhrasingContent } from 'mdast';

/** A piece of the visible text of inline markdown. */
export interface TextRun {
  text: string;
  /** Whether a GFM strikethrough (`~~…~~`) covers it. */
  struck: boolean;
}

/**
 * The visible text of inline markdown, in reading order: text and inline code as they read, images by their
 * alternative text, emphasis, links and strikethrough by their content. Inline HTML tags and footnote references
 * show no text; a hard line break reads as a line break, like the soft ones inside text.
 */
export function textRuns(nodes: readonly PhrasingContent[]): TextRun[] {
  const runs: TextRun[] = [];
  // An explicit stack rather than recursion: a line of thousands of `*` nests emphasis thousands deep.
  const pending = nodes.map((node) => ({ node, struck: false })).reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, struck } = next;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        runs.push({ text: node.value, struck });
        break;
      case 'image':
      case 'imageReference':
        runs.push({ text: node.alt ?? '', struck });
        break;
      case 'break':
        runs.push({ text: '\n', struck });
        break;
      case 'html':
      case 'footnoteReference':
        break;
      default: {
        const inside = struck || node.type === 'delete';
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i];
          if (child) pending.push({ node: child, struck: inside });
        }
      }
    }
  }
  return runs;
}
