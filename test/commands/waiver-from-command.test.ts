import { describe, expect, it } from 'vitest';
import { waiverFromCommand } from '../../src/core/commands/waiver-from-command.js';
import { parseCommentCommands } from '../../src/core/commands/parse-comment-commands.js';
import { applyWaivers } from '../../src/core/evaluate/apply-waivers.js';
import type { Finding } from '../../src/core/model/finding.js';

describe('waiverFromCommand', () => {
  const [command] = parseCommentCommands(
    '/gonogo waive sast-no-new-high escaped by the ORM until 2026-04-01',
    {
      today: '2026-03-10',
    },
  ).commands;
  if (command?.kind !== 'waive') throw new Error('expected a waive command');
  const waiver = waiverFromCommand(command, {
    author: 'alice',
    at: '2026-03-10T09:30:00Z',
    headSha: 'abc123',
  });

  it('records who waived which gate, why, until when and on which commit', () => {
    expect(waiver).toEqual({
      gate: 'sast-no-new-high',
      match: '**',
      reason: 'escaped by the ORM',
      owner: 'alice',
      expires: '2026-04-01',
      grantedAt: '2026-03-10T09:30:00Z',
      headSha: 'abc123',
    });
  });

  it('waives every finding of its gate, and only of its gate, until it expires', () => {
    const finding = (path: string) => ({ path, ruleId: 'js/xss', fingerprint: path }) as unknown as Finding;
    const findings = [finding('src/db.ts'), finding('.github/scripts/a.js'), finding('top.ts')];
    expect(applyWaivers(findings, [waiver], 'sast-no-new-high', '2026-04-01').kept).toEqual([]);
    expect(applyWaivers(findings, [waiver], 'coverage-overall', '2026-04-01').kept).toHaveLength(3);
    expect(applyWaivers(findings, [waiver], 'sast-no-new-high', '2026-04-02').expired).toHaveLength(3);
  });
});
