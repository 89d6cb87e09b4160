import { ConfigError } from '../../core/errors/config-error.js';
import { parseTracker } from '../../core/trackers/parse-tracker.js';
import type { CliIo } from '../cli-io.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { writeOutput } from '../write-output.js';

/** `gonogo issues FILE... --format json`: tracked items in the normalized model, with data-quality warnings. */
export async function issuesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('issues', args, {
    format: { type: 'string' },
    out: { type: 'string' },
  });
  formatOption('issues', values.format, ['json'] as const, 'json');
  if (positionals.length === 0) throw new ConfigError('gonogo issues: give at least one tracker file');
  const reports = await readReports(positionals, io.cwd, 'a tracker', parseTracker);
  const document = {
    sources: reports.map((report) => ({
      path: report.source,
      format: report.format,
      items: report.items.length,
    })),
    items: reports.flatMap((report) => report.items),
    warnings: reports.flatMap((report) => report.warnings),
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
