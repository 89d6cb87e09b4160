import { describe, expect, it } from 'vitest';
import { blobPermalink } from '../../../src/core/todos/sync/blob-permalink.js';
import { escapeIssueTitle } from '../../../src/core/todos/sync/escape-issue-title.js';
import { fencedCode } from '../../../src/core/todos/sync/fenced-code.js';
import { renderTodoBody } from '../../../src/core/todos/sync/render-todo-body.js';
import { renderTodoTitle } from '../../../src/core/todos/sync/render-todo-title.js';
import { scannedTodo } from '../../support/scanned-todo.js';

const site = { serverUrl: 'https://github.com/', owner: 'octo', repo: 'shop', sha: 'abc123' };

describe('renderTodoTitle', () => {
  it('is the keyword and the text', () => {
    expect(renderTodoTitle(scannedTodo('a.ts', 1, 'handle retries', { keyword: 'FIXME' }))).toBe(
      'FIXME: handle retries',
    );
  });

  it('pings nobody and links no issue', () => {
    expect(renderTodoTitle(scannedTodo('a.ts', 1, 'ask @alice about #12 and octo/shop#3, GH-4'))).toBe(
      'TODO: ask @\u200balice about #\u200b12 and octo/shop#\u200b3, GH\u200b-4',
    );
  });

  it('is cut at 256 characters with an ellipsis, never inside a surrogate pair', () => {
    const title = renderTodoTitle(scannedTodo('a.ts', 1, '😀'.repeat(300)));
    expect(Array.from(title)).toHaveLength(256);
    expect(title.endsWith('😀…')).toBe(true);
  });

  it('names the file when the TODO has no text', () => {
    expect(renderTodoTitle(scannedTodo('src/a.ts', 1, ''))).toBe('TODO in src/a.ts');
  });

  it('flattens line breaks and control characters', () => {
    expect(escapeIssueTitle('a\n\tb\u0007c')).toBe('a b c');
  });
});

describe('blobPermalink', () => {
  it('encodes each path segment, not the slashes', () => {
    expect(blobPermalink({ ...site, path: 'docs/a b/#1?.md', line: 7 })).toBe(
      'https://github.com/octo/shop/blob/abc123/docs/a%20b/%231%3F.md#L7',
    );
  });
});

describe('fencedCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fencedCode(['a', '````', 'b'], 'TypeScript')).toBe('`````typescript\na\n````\nb\n`````');
  });

  it('keeps a simple language only', () => {
    expect(fencedCode(['x'], 'C++')).toBe('```c++\nx\n```');
    expect(fencedCode(['x'], 'Vim Script')).toBe('```vim-script\nx\n```');
    expect(fencedCode(['x'], 'Evil`lang {')).toBe('```\nx\n```');
  });
});

describe('renderTodoBody', () => {
  const todo = scannedTodo('src/a.ts', 12, 'drop <b>support</b> for @octo/team', {
    body: ['More about it,', 'see #45.', '', '- not a list'],
    context: { startLine: 11, lines: ['const x = 1;', '// TODO: drop <b>support</b>', '```'] },
  });
  const body = renderTodoBody(todo, site);

  it('links the line at the commit', () => {
    expect(body).toContain(
      '`TODO` in [`src/a.ts` line 12](https://github.com/octo/shop/blob/abc123/src/a.ts#L12)',
    );
  });

  it('escapes the prose: no HTML, no mention, no issue link, no list', () => {
    expect(body).toContain(
      'drop &lt;b&gt;support&lt;/b&gt; for @\u200bocto/team\nMore about it,\nsee #\u200b45.',
    );
    expect(body).toContain('\n\n\\- not a list');
    expect(body).not.toContain('<b>support</b> for');
  });

  it('quotes the code verbatim in a fence it cannot close', () => {
    expect(body).toContain('````typescript\nconst x = 1;\n// TODO: drop <b>support</b>\n```\n````');
  });

  it('stays far below GitHub’s limit whatever the comment holds', () => {
    const huge = scannedTodo('a.ts', 1, '<'.repeat(5000), {
      body: Array.from({ length: 500 }, () => '<'.repeat(5000)),
      context: { startLine: 1, lines: Array.from({ length: 500 }, () => 'x'.repeat(5000)) },
    });
    expect(renderTodoBody(huge, site).length).toBeLessThan(65_000);
  });
});
