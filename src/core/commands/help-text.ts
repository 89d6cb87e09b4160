import { COMMAND_USAGE } from './command-usage.js';

/** The markdown the App answers `/gonogo help` with: every command on one line, with an example. */
export function helpText(): string {
  return [
    '**gonogo commands** — write one at the start of a line of a pull-request comment (not in a quote or code):',
    '',
    `- \`${COMMAND_USAGE.evaluate}\` — evaluate this pull request again.`,
    `- \`${COMMAND_USAGE.report}\` — post the full report.`,
    `- \`${COMMAND_USAGE.waive}\` — accept a failing gate for this pull request's current commit ` +
      '(write access needed; at most a year ahead). Example: ' +
      '`/gonogo waive sast-no-new-high false positive, input is escaped by the ORM until 2026-12-31`',
    `- \`${COMMAND_USAGE.help}\` — show this list.`,
  ].join('\n');
}
