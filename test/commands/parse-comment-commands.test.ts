import { describe, expect, it } from 'vitest';
import { parseCommentCommands } from '../../src/core/commands/parse-comment-commands.js';

const today = '2026-03-10';
const parse = (body: string, gates?: readonly string[]) => parseCommentCommands(body, { today, gates });

describe('parseCommentCommands: the commands', () => {
  it('reads each command, case-insensitive, after optional spaces', () => {
    expect(parse('/gonogo')).toEqual({ commands: [{ kind: 'evaluate' }], errors: [] });
    expect(parse('  /GoNoGo REPORT').commands).toEqual([{ kind: 'report' }]);
    expect(parse('/gonogo help').commands).toEqual([{ kind: 'help' }]);
    expect(parse('/gonogo waive sast-no-new-high the ORM parameterizes it until 2026-12-31')).toEqual({
      commands: [
        { kind: 'waive', gate: 'sast-no-new-high', reason: 'the ORM parameterizes it', until: '2026-12-31' },
      ],
      errors: [],
    });
  });

  it('reads a waiver without a date, a lower-cased gate and a reason with inline code', () => {
    expect(parse('/gonogo Waive No-Open-P0 tracked in `OPS-12`, fixed   after release').commands).toEqual([
      { kind: 'waive', gate: 'no-open-p0', reason: 'tracked in OPS-12, fixed after release', until: null },
    ]);
  });

  it('keeps "until" inside a reason, and reads it as a date only as the second-to-last word', () => {
    expect(parse('/gonogo waive cov waived until the fix lands').commands).toEqual([
      { kind: 'waive', gate: 'cov', reason: 'waived until the fix lands', until: null },
    ]);
    expect(parse('/gonogo waive cov flaky UNTIL 2026-03-10.').commands).toEqual([
      { kind: 'waive', gate: 'cov', reason: 'flaky', until: '2026-03-10' },
    ]);
  });

  it('is not fooled by look-alikes or mentions in the middle of a line', () => {
    expect(parse('/gonogo-bot report\n/gonogos\nplease run /gonogo\n**/gonogo**\n[/gonogo](x)')).toEqual({
      commands: [],
      errors: [],
    });
  });

  it('ignores words after report and help, and reads commands from the lines of a paragraph', () => {
    const body = 'Thanks for the fix!\n/gonogo report please\nand\n/gonogo help me';
    expect(parse(body).commands).toEqual([{ kind: 'report' }, { kind: 'help' }]);
  });

  it('reads CRLF comments with the right line numbers', () => {
    const body = 'LGTM\r\n\r\n/gonogo\r\n/gonogo reprot\r\n/gonogo waive x-y ok until 2026-13-01\r\n';
    expect(parse(body)).toEqual({
      commands: [{ kind: 'evaluate' }],
      errors: [
        { line: 4, message: 'unknown command `/gonogo reprot`; did you mean `/gonogo report`?' },
        { line: 5, message: 'expected a date `YYYY-MM-DD` after `until`' },
      ],
    });
  });

  it('reads several commands and waivers for different gates', () => {
    const body = '/gonogo waive a-gate one\n\n/gonogo waive b-gate two\n\n/gonogo';
    expect(parse(body).commands).toEqual([
      { kind: 'waive', gate: 'a-gate', reason: 'one', until: null },
      { kind: 'waive', gate: 'b-gate', reason: 'two', until: null },
      { kind: 'evaluate' },
    ]);
  });

  it('keeps the first of repeated commands and says so', () => {
    const body = '/gonogo report\n/gonogo REPORT\n/gonogo waive a-gate one\n/gonogo waive A-GATE two';
    expect(parse(body)).toEqual({
      commands: [{ kind: 'report' }, { kind: 'waive', gate: 'a-gate', reason: 'one', until: null }],
      errors: [
        { line: 2, message: '`/gonogo report` is repeated; only the first one (line 1) counts' },
        { line: 4, message: '`/gonogo waive a-gate` is repeated; only the first one (line 3) counts' },
      ],
    });
  });
});

describe('parseCommentCommands: what is not the comment’s own prose', () => {
  it.each([
    ['a quoted reply', '> /gonogo waive sast-no-new-high nope\n\nI disagree.'],
    ['a nested quote', '> > /gonogo'],
    ['a lazy quote continuation', '> earlier text\n/gonogo'],
    ['a fenced code block', '```\n/gonogo report\n```'],
    ['a tilde fence', '~~~md\n/gonogo\n~~~'],
    ['an indented code block', 'Run:\n\n    /gonogo report'],
    ['inline code', '`/gonogo report` posts the report'],
    ['an HTML comment', '<!-- /gonogo report -->'],
    ['an HTML comment inside a paragraph', 'text <!--\n/gonogo report\n--> /gonogo'],
    ['an HTML block', '<details>\n/gonogo report\n</details>'],
    ['a list item', '- /gonogo report'],
    ['a lazy list continuation', '- item\n/gonogo'],
    ['a heading', '# /gonogo report'],
    ['a table', '| a |\n|---|\n| /gonogo |'],
  ])('ignores a command in %s', (_case, body) => {
    expect(parse(body)).toEqual({ commands: [], errors: [] });
  });

  it('reads the command after a quoted reply', () => {
    const body = '> /gonogo waive a-gate because\n\n/gonogo report';
    expect(parse(body).commands).toEqual([{ kind: 'report' }]);
  });

  it('does not read an escaped command', () => {
    expect(parse('\\/gonogo report\n&#47;gonogo report')).toEqual({ commands: [], errors: [] });
  });

  it('answers a command in a comment nested too deeply or too long to read, and stays quiet otherwise', () => {
    const deep = '>'.repeat(10_000);
    expect(parse(`${deep} x\n\n/gonogo`).errors).toEqual([
      { line: 3, message: 'this comment is nested too deeply to read commands from' },
    ]);
    expect(parse(`${'- '.repeat(60)}x\n\n/gonogo`).errors).toHaveLength(1);
    expect(parse(`${deep} x`)).toEqual({ commands: [], errors: [] });
    const long = `/gonogo\n\n${'x'.repeat(20_000)}`;
    expect(parse(long).errors).toEqual([
      {
        line: 1,
        message:
          'this comment is too long to read commands from (over 20000 characters); write the command in a comment of its own',
      },
    ]);
    expect(parse('> /gonogo\n' + 'x'.repeat(20_000))).toEqual({ commands: [], errors: [] });
  });

  // These took seconds to minutes with emphasis and links parsed; a regression shows as the test timing out.
  it('reads hostile inline markdown', () => {
    for (const unit of ['a~', 'a~~', '[a]', 'a*', '[^a]', '`a']) {
      const body = `/gonogo\n${unit.repeat(Math.floor(19_000 / unit.length))}`;
      expect(parse(body).commands).toEqual([{ kind: 'evaluate' }]);
    }
  });
});

describe('parseCommentCommands: malformed waivers', () => {
  const error = (body: string, gates?: readonly string[]) => parse(body, gates).errors[0]?.message;

  it('needs a gate and a reason', () => {
    expect(error('/gonogo waive')).toBe(
      '`/gonogo waive` needs a gate and a reason; usage: `/gonogo waive <gate> <reason> [until YYYY-MM-DD]`',
    );
    expect(error('/gonogo waive a-gate')).toMatch(/^`\/gonogo waive a-gate` needs a reason; usage/);
    expect(error('/gonogo waive a-gate until 2026-04-01')).toMatch(/needs a reason/);
    expect(error('/gonogo waive a-gate because until')).toMatch(/^`until` needs a date/);
  });

  it('refuses something that is not a gate id, quoting it safely', () => {
    expect(error('/gonogo waive @org/team`x please')).toBe(
      '``@org/team`x`` is not a gate id; usage: `/gonogo waive <gate> <reason> [until YYYY-MM-DD]`',
    );
  });

  it('checks the gate against the rules when given, suggesting the nearest', () => {
    const gates = ['sast-no-new-high', 'coverage-overall'];
    expect(error('/gonogo waive sast-no-new-hgih fp', gates)).toBe(
      'no gate `sast-no-new-hgih` in the rules (did you mean `sast-no-new-high`?)',
    );
    expect(error('/gonogo waive lint fp', gates)).toBe('no gate `lint` in the rules');
  });

  it('refuses bad, past and far dates', () => {
    expect(error('/gonogo waive a-gate ok until 2026-02-30')).toBe(
      'expected a date `YYYY-MM-DD` after `until`',
    );
    expect(error('/gonogo waive a-gate ok until tomorrow')).toBe(
      'expected a date `YYYY-MM-DD` after `until`',
    );
    expect(error('/gonogo waive a-gate ok until 2026-03-09')).toBe(
      '`until 2026-03-09` is in the past (today is 2026-03-10)',
    );
    expect(error('/gonogo waive a-gate ok until 2027-03-11')).toBe(
      '`until 2027-03-11` is more than a year ahead (at most 2027-03-10); longer waivers belong in `.github/gonogo.yml`',
    );
    expect(parse('/gonogo waive a-gate ok until 2027-03-10').errors).toEqual([]);
    expect(parse('/gonogo waive a-gate ok until 2026-03-10').errors).toEqual([]);
  });

  it('refuses a reason too long to store', () => {
    expect(error(`/gonogo waive a-gate ${'x'.repeat(501)}`)).toBe('the reason is longer than 500 characters');
  });

  it('answers an unknown command that is no typo with the help command', () => {
    expect(error('/gonogo deploy now')).toBe(
      'unknown command `/gonogo deploy`; `/gonogo help` lists the commands',
    );
  });
});
