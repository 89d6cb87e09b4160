import { describe, expect, it } from 'vitest';
import { parseIssueRef } from '../../../src/core/todos/sync/parse-issue-ref.js';
import { tokenDice } from '../../../src/core/todos/sync/token-dice.js';

describe('tokenDice', () => {
  it('measures shared words', () => {
    expect(tokenDice('handle retries', 'handle retries')).toBe(1);
    expect(tokenDice('handle retries', 'Handle retries with backoff')).toBeCloseTo(2 / 3);
    expect(tokenDice('handle retries', 'cache the parse')).toBe(0);
    expect(tokenDice('', '')).toBe(0);
  });

  it('ignores markdown escapes and zero-width spaces', () => {
    expect(tokenDice('ask @\u200balice about \\`x\\`', 'ask @alice about `x`')).toBe(1);
  });
});

describe('parseIssueRef', () => {
  it('reads an issue of this repository', () => {
    expect(parseIssueRef('#123', 'octo', 'shop')).toBe(123);
    expect(parseIssueRef('Octo/Shop#7', 'octo', 'shop')).toBe(7);
  });

  it('ignores another repository and anything else', () => {
    expect(parseIssueRef('other/repo#7', 'octo', 'shop')).toBeNull();
    expect(parseIssueRef('JIRA-12', 'octo', 'shop')).toBeNull();
    expect(parseIssueRef('#0', 'octo', 'shop')).toBeNull();
  });
});
