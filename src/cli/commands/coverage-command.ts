import { branchTotals, coverageTotals, lineTotals } from '../../core/coverage/coverage-totals.js';
import { mergeCoverage } from '../../core/coverage/merge-coverage.js';
import { parsePathMappings } from '../../core/coverage/paths/path-mapping.js';
import { repositoryIndex } from '../../core/coverage/paths/repository-index.js';
import { resolveCoveragePaths } from '../../core/coverage/paths/resolve-coverage-paths.js';
import { ConfigError } from '../../core/errors/config-error.js';
import type { CliIo } from '../cli-io.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { streamCoverageFile } from '../stream-coverage-file.js';
import { readRepositoryFacts } from '../read-repository-facts.js';
import { writeOutput } from '../write-output.js';

/**
 * `gonogo coverage FILE... --format json`: the reports as given, merged, with totals recomputed from line records.
 * Every file counts, resolved or not; a path that matches a repository file is shown repo-relative, one that does
 * not keeps the report's path with `resolved: false`.
 */
export async function coverageCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('coverage', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    'path-mapping': { type: 'string', multiple: true },
  });
  formatOption('coverage', values.format, ['json'] as const, 'json');
  if (positionals.length === 0)
    throw new ConfigError('gonogo coverage: give at least one coverage report file');
  const reports = await readReports(positionals, io.cwd, 'a coverage report', {
    stream: streamCoverageFile,
  });
  const repository = await readRepositoryFacts(io.cwd);
  const paths = resolveCoveragePaths(reports, repository.files ? repositoryIndex(repository.files) : null, {
    mappings: parsePathMappings(values['path-mapping'] ?? []),
    goModule: repository.goModule,
  });
  const files = [...mergeCoverage(paths.reports).values()].sort((a, b) => a.path.localeCompare(b.path));
  const document = {
    reports: reports.map((report) => ({
      path: report.source,
      format: report.format,
      ...(report.totalsOnly ? { totalsOnly: true } : {}),
    })),
    totals: coverageTotals(files),
    files: files.map((file) => ({
      path: file.path,
      lines: lineTotals(file),
      branches: branchTotals(file),
      ...(file.statements ? { statements: file.statements } : {}),
      resolved: file.resolved !== false,
      ...(file.reportPath !== undefined && file.reportPath !== file.path
        ? { reportPath: file.reportPath }
        : {}),
    })),
    unresolved: paths.unresolved.length,
    ...(paths.suggestion ? { suggestedPathMapping: paths.suggestion } : {}),
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
