import { riskSettingsOf } from '../../core/risk/risk-settings-of.js';
import { ConfigError } from '../../core/errors/config-error.js';
import { trackedItemJson } from '../../core/report/tracked-item-json.js';
import { summarizeTrackers } from '../../core/risk/summarize-trackers.js';
import { parseTracker } from '../../core/trackers/parse-tracker.js';
import type { CliIo } from '../cli-io.js';
import { loadRules } from '../load-rules.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { todayOption } from '../today-option.js';
import { writeOutput } from '../write-output.js';

/**
 * `gonogo issues FILE... --format json`: tracked items in the normalized model with their risk and its reasons
 * (open items; `null` for done and dropped ones), in source order, and data-quality
 * warnings. `--config` gives the label conventions, critical modules and SLA; `--now` the date.
 */
export async function issuesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('issues', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
  });
  formatOption('issues', values.format, ['json'] as const, 'json');
  if (positionals.length === 0) throw new ConfigError('gonogo issues: give at least one tracker file');
  const today = todayOption(values.now, io.today);
  const rules = loadRules(values.config, io.cwd);
  const reports = await readReports(positionals, io.cwd, 'a tracker', (text, source) =>
    parseTracker(text, source, { labels: rules.inputs.labels }),
  );
  const summary = summarizeTrackers(reports, riskSettingsOf(rules), today);
  const document = {
    sources: reports.map((report) => ({
      path: report.source,
      format: report.format,
      items: report.items.length,
    })),
    items: summary.items.map(trackedItemJson),
    warnings: reports.flatMap((report) => report.warnings),
    evaluatedOn: today,
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
