import { describe, expect, it } from 'vitest';
import { mentionsKeyword } from '../../src/core/todos/mentions-keyword.js';
import type { TodoOptions } from '../../src/core/todos/todo-options.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('mentionsKeyword', () => {
  const exact: TodoOptions = { keywords: ['TODO', 'FIXME'], caseSensitive: true };
  const anyCase: TodoOptions = { keywords: ['TODO', 'hack'], caseSensitive: false };

  it('finds a keyword in the raw bytes, in its case unless told otherwise', () => {
    expect(mentionsKeyword(bytes('x = 1 // FIXME later'), exact)).toBe(true);
    expect(mentionsKeyword(bytes('a todo list'), exact)).toBe(false);
    expect(mentionsKeyword(bytes('a ToDo list'), anyCase)).toBe(true);
    expect(mentionsKeyword(bytes('HaCk'), anyCase)).toBe(true);
    expect(mentionsKeyword(bytes('nothing here'), anyCase)).toBe(false);
  });

  it('is never less generous than the matcher: invalid UTF-8, a Buffer view, letters that fold onto ASCII', () => {
    expect(mentionsKeyword(new Uint8Array([0xff, 0xfe, ...bytes('TODO')]), exact)).toBe(true);
    const view = Buffer.from('xxTODOxx').subarray(2, 6);
    expect(mentionsKeyword(view, exact)).toBe(true);
    expect(mentionsKeyword(Buffer.from('xxTODOxx').subarray(3), exact)).toBe(false);
    expect(mentionsKeyword(bytes('HAC\u212a'), anyCase)).toBe(true);
    expect(mentionsKeyword(bytes('ÀFAIRE'), { keywords: ['àfaire'], caseSensitive: false })).toBe(true);
    expect(mentionsKeyword(bytes('TODO'), { keywords: [], caseSensitive: true })).toBe(false);
  });
});
