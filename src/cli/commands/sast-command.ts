import { ConfigError } from '../../core/errors/config-error.js';
import { parseSast } from '../../core/sast/parse-sast.js';
import { summarizeFindings } from '../../core/sast/summarize-findings.js';
import type { CliIo } from '../cli-io.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { writeOutput } from '../write-output.js';

/** `gonogo sast FILE... --format json`: normalized findings and open counts per severity, as the reports state them. */
export async function sastCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('sast', args, {
    format: { type: 'string' },
    out: { type: 'string' },
  });
  formatOption('sast', values.format, ['json'] as const, 'json');
  if (positionals.length === 0) throw new ConfigError('gonogo sast: give at least one SAST report file');
  const reports = await readReports(positionals, io.cwd, 'a SAST report', parseSast);
  const findings = reports.flatMap((report) => report.findings);
  const document = {
    runs: reports.flatMap((report) =>
      report.runs.map((run) => ({
        tool: run.tool,
        format: run.format,
        complete: run.complete,
        incompleteReason: run.incompleteReason,
        source: report.source,
      })),
    ),
    findings,
    summary: summarizeFindings(findings),
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
