import { coverageTotals, branchTotals, lineTotals } from '../../core/coverage/coverage-totals.js';
import { mergeCoverage } from '../../core/coverage/merge-coverage.js';
import { parseCoverage } from '../../core/coverage/parse-coverage.js';
import { ConfigError } from '../../core/errors/config-error.js';
import type { CliIo } from '../cli-io.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { writeOutput } from '../write-output.js';

/** `gonogo coverage FILE... --format json`: the reports as given, merged, with totals recomputed from lines. */
export async function coverageCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('coverage', args, {
    format: { type: 'string' },
    out: { type: 'string' },
  });
  formatOption('coverage', values.format, ['json'] as const, 'json');
  if (positionals.length === 0)
    throw new ConfigError('gonogo coverage: give at least one coverage report file');
  const reports = await readReports(positionals, io.cwd, 'a coverage report', parseCoverage);
  const files = [...mergeCoverage(reports).values()].sort((a, b) => a.path.localeCompare(b.path));
  const document = {
    reports: reports.map((report) => ({ path: report.source, format: report.format })),
    totals: coverageTotals(files),
    files: files.map((file) => ({ path: file.path, lines: lineTotals(file), branches: branchTotals(file) })),
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
