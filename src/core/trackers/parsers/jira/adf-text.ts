const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Block nodes whose children are blocks: one per line.
const BLOCK_CONTAINERS = new Set([
  'doc',
  'blockquote',
  'bulletList',
  'orderedList',
  'taskList',
  'decisionList',
  'panel',
  'table',
  'expand',
  'nestedExpand',
  'layoutSection',
  'layoutColumn',
  'tableCell',
  'tableHeader',
]);

// Inline nodes that stand for a text: what Jira shows in their place.
function inlineText(node: Record<string, unknown>): string {
  const attrs = isRecord(node.attrs) ? node.attrs : {};
  const attr = (name: string): string => (typeof attrs[name] === 'string' ? attrs[name] : '');
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return attr('text') || `@${attr('id')}`;
    case 'emoji':
      return attr('text') || attr('shortName');
    case 'inlineCard':
    case 'blockCard':
      return attr('url');
    case 'status':
      return attr('text');
    default:
      return '';
  }
}

function textOf(node: unknown): string {
  if (!isRecord(node)) return '';
  const children = Array.isArray(node.content) ? node.content : [];
  if (node.type === 'tableRow') return children.map(textOf).join(' | ');
  if (node.type === 'listItem') return `- ${children.map(textOf).join('\n')}`;
  if (node.type === 'taskItem' || node.type === 'decisionItem') {
    const done = isRecord(node.attrs) && node.attrs.state === 'DONE';
    return `- [${done ? 'x' : ' '}] ${children.map(textOf).join('')}`;
  }
  if (typeof node.type === 'string' && BLOCK_CONTAINERS.has(node.type)) {
    return children.map(textOf).join('\n');
  }
  if (children.length > 0) return children.map(textOf).join('');
  return inlineText(node);
}

/**
 * The plain text of an Atlassian Document Format document (Jira Cloud REST v3 descriptions): text nodes joined,
 * one line per block (paragraph, heading, list item, table row), mentions, emoji, links and statuses as the text
 * Jira shows for them, task items as `- [ ]`/`- [x]`. Marks (bold, links' targets) are dropped: the body is read
 * for words, not rendered. `null` when the document holds no text.
 */
export function adfText(document: unknown): string | null {
  const text = textOf(document)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}
