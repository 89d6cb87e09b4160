import { inlineCode } from '../report/escape-markdown.js';
import { suggestNearest } from '../rules/suggest-nearest.js';
import type { Command } from './command.js';
import { parseWaive } from './parse-waive.js';

const SUB_COMMANDS = ['report', 'help', 'waive'] as const;

/** `/gonogo` at the start of a line, as a word of its own (`/gonogo-bot` and `/gonogos` are not it). */
const PREFIX = /^\s*\/gonogo(?=\s|$)/i;

/**
 * The command a line of prose holds: `null` when it is not one (it does not begin with `/gonogo`), else the command
 * or why it is malformed. Words after `/gonogo report` and `/gonogo help` are ignored (what was asked is clear);
 * any other word after `/gonogo` is an unknown command, answered with the nearest one when it looks like a typo.
 */
export function parseCommandLine(
  text: string,
  options: { today: string; gates?: readonly string[] },
): Command | { problem: string } | null {
  const prefix = PREFIX.exec(text);
  if (!prefix) return null;
  const words = text
    .slice(prefix[0].length)
    .split(/\s+/)
    .filter((word) => word !== '');
  const [first, ...rest] = words;
  if (first === undefined) return { kind: 'evaluate' };
  const sub = first.toLowerCase();
  if (sub === 'report' || sub === 'help') return { kind: sub };
  if (sub === 'waive') return parseWaive(rest, options);
  const nearest = suggestNearest(sub, SUB_COMMANDS);
  const hint = nearest
    ? `did you mean ${inlineCode(`/gonogo ${nearest}`)}?`
    : `${inlineCode('/gonogo help')} lists the commands`;
  return { problem: `unknown command ${inlineCode(`/gonogo ${first.slice(0, 40)}`)}; ${hint}` };
}
