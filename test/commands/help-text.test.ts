import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/core/commands/help-text.js';
import { parseCommentCommands } from '../../src/core/commands/parse-comment-commands.js';

describe('helpText', () => {
  it('lists every command on its own line', () => {
    const lines = helpText().split('\n');
    for (const usage of ['`/gonogo`', '`/gonogo report`', '`/gonogo help`', '`/gonogo waive <gate>']) {
      expect(lines.filter((line) => line.startsWith(`- ${usage}`))).toHaveLength(1);
    }
  });

  it('gives a waive example that parses, and is itself no command when quoted back', () => {
    const example = /Example: `([^`]+)`/.exec(helpText())?.[1] ?? '';
    expect(parseCommentCommands(example, { today: '2026-03-10' })).toEqual({
      commands: [
        {
          kind: 'waive',
          gate: 'sast-no-new-high',
          reason: 'false positive, input is escaped by the ORM',
          until: '2026-12-31',
        },
      ],
      errors: [],
    });
    expect(parseCommentCommands(helpText(), { today: '2026-03-10' })).toEqual({ commands: [], errors: [] });
  });
});
