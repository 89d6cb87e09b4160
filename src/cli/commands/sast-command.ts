import { parsePathMappings } from '../../core/coverage/paths/path-mapping.js';
import { repositoryIndex } from '../../core/coverage/paths/repository-index.js';
import { ConfigError } from '../../core/errors/config-error.js';
import type { Finding } from '../../core/model/finding.js';
import { parseSast } from '../../core/sast/parse-sast.js';
import { resolveSastPaths } from '../../core/sast/resolve-sast-paths.js';
import { summarizeFindings } from '../../core/sast/summarize-findings.js';
import type { CliIo } from '../cli-io.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readReports } from '../read-reports.js';
import { readRepositoryFacts } from '../read-repository-facts.js';
import { writeOutput } from '../write-output.js';

/** A finding as `gonogo sast` prints it (the DESIGN.md shape, plus what helps to act on it). */
function findingJson(finding: Finding, source: string) {
  return {
    tool: finding.tool,
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    endLine: finding.endLine,
    message: finding.message,
    fingerprint: finding.fingerprint,
    suppressed: finding.suppressed,
    baselineState: finding.baselineState,
    confidence: finding.confidence,
    cwes: finding.cwes,
    runComplete: finding.runComplete,
    source,
    ...(finding.path !== null ? { resolved: finding.resolved !== false } : {}),
    ...(finding.reportPath !== undefined && finding.reportPath !== finding.path
      ? { reportPath: finding.reportPath }
      : {}),
  };
}

/**
 * `gonogo sast FILE... --format json`: normalized findings and open counts per severity, as the reports state
 * them (no merging across tools). Paths that match a repository file are shown repo-relative, fingerprints
 * computed from them, so they are the ones `gonogo check` and waivers use.
 */
export async function sastCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('sast', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    'path-mapping': { type: 'string', multiple: true },
  });
  formatOption('sast', values.format, ['json'] as const, 'json');
  if (positionals.length === 0) throw new ConfigError('gonogo sast: give at least one SAST report file');
  const parsed = await readReports(positionals, io.cwd, 'a SAST report', parseSast);
  const repository = await readRepositoryFacts(io.cwd);
  const { reports } = resolveSastPaths(parsed, repository.files ? repositoryIndex(repository.files) : null, {
    mappings: parsePathMappings(values['path-mapping'] ?? []),
    goModule: repository.goModule,
  });
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
    findings: reports.flatMap((report) =>
      report.findings.map((finding) => findingJson(finding, report.source)),
    ),
    summary: summarizeFindings(reports.flatMap((report) => report.findings)),
  };
  await writeOutput(io, JSON.stringify(document, null, 2), values.out);
  return 0;
}
