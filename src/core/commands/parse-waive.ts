import { inlineCode } from '../report/escape-markdown.js';
import { suggestNearest } from '../rules/suggest-nearest.js';
import type { Command } from './command.js';
import { COMMAND_USAGE } from './command-usage.js';
import { untilProblem } from './waiver-until.js';

/** Longest reason kept: the reason is stored with the waiver and shown in every report. */
const MAX_REASON_LENGTH = 500;

/** The shape of a gate id (`rules-schema.ts`): kebab-case. */
const GATE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The waive command written with `words` after `/gonogo waive`, or the reason it is malformed. `gates`, when
 * given, are the ids the rules define: another gate is refused with the nearest id suggested.
 */
export function parseWaive(
  words: readonly string[],
  options: { today: string; gates?: readonly string[] },
): Extract<Command, { kind: 'waive' }> | { problem: string } {
  const usage = `usage: ${inlineCode(COMMAND_USAGE.waive)}`;
  const [written, ...rest] = words;
  if (written === undefined) return { problem: `\`/gonogo waive\` needs a gate and a reason; ${usage}` };
  const gate = written.toLowerCase();
  if (!GATE_ID.test(gate) || gate.length > 100) {
    return { problem: `${inlineCode(written.slice(0, 100))} is not a gate id; ${usage}` };
  }
  if (options.gates && !options.gates.includes(gate)) {
    const nearest = suggestNearest(gate, options.gates);
    return {
      problem: `no gate ${inlineCode(gate)} in the rules${nearest ? ` (did you mean ${inlineCode(nearest)}?)` : ''}`,
    };
  }

  // `until` counts only as the second-to-last word ("until the fix lands" is part of a reason), and then it must be
  // followed by a date: a waiver that silently never expires because the date was mistyped would be worse.
  let until: string | null = null;
  let reasonWords = rest;
  const last = rest.at(-1);
  if (last?.toLowerCase() === 'until') return { problem: `\`until\` needs a date \`YYYY-MM-DD\`; ${usage}` };
  if (rest.length >= 2 && rest.at(-2)?.toLowerCase() === 'until' && last !== undefined) {
    until = last.replace(/[.!]$/, '');
    const problem = untilProblem(until, options.today);
    if (problem) return { problem };
    reasonWords = rest.slice(0, -2);
  }
  const reason = reasonWords.join(' ');
  if (reason === '') return { problem: `\`/gonogo waive ${gate}\` needs a reason; ${usage}` };
  if (reason.length > MAX_REASON_LENGTH) {
    return { problem: `the reason is longer than ${MAX_REASON_LENGTH} characters` };
  }
  return { kind: 'waive', gate, reason, until };
}
