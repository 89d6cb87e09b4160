import { evaluate } from '../../core/evaluate/evaluate.js';
import { renderMarkdown } from '../../core/report/render-markdown.js';
import { renderText } from '../../core/report/render-text.js';
import { toCheckJson } from '../../core/report/to-check-json.js';
import type { ReportInput } from '../../core/report/report-input.js';
import type { CliIo } from '../cli-io.js';
import { gatherEvidence } from '../gather-evidence.js';
import { loadRules } from '../load-rules.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { todayOption } from '../today-option.js';
import { writeOutput } from '../write-output.js';

/**
 * `gonogo check`: the whole pipeline.
 * 1. resolve the rules (`--config`, else `.github/gonogo.yml`, else the recommended preset);
 * 2. read and parse every input (flags replace the rules' `inputs` family by family);
 * 3. evaluate gates, score and verdict;
 * 4. render text, markdown or JSON to stdout or `--out`.
 * Exit code 1 on no-go, 0 otherwise.
 */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('check', args, {
    config: { type: 'string' },
    coverage: { type: 'string', multiple: true },
    'base-coverage': { type: 'string', multiple: true },
    'base-sast': { type: 'string', multiple: true },
    sast: { type: 'string', multiple: true },
    tracker: { type: 'string', multiple: true },
    diff: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    now: { type: 'string' },
  });
  const format = formatOption('check', values.format, ['text', 'markdown', 'json'] as const, 'text');
  const today = todayOption(values.now, io.today);

  // 1. Rules.
  const rules = loadRules(values.config, io.cwd);

  // 2. Inputs.
  const bundle = await gatherEvidence(
    {
      coverage: values.coverage ?? [],
      baseCoverage: values['base-coverage'] ?? [],
      baseSast: values['base-sast'] ?? [],
      sast: values.sast ?? [],
      trackers: values.tracker ?? [],
      diff: values.diff ?? null,
    },
    rules,
    io.cwd,
  );

  // 3. Evaluation.
  const verdict = evaluate(rules, bundle, { today });

  // 4. Report.
  const report: ReportInput = { verdict, bundle, rulesSources: rules.sources, today };
  const text =
    format === 'json'
      ? JSON.stringify(toCheckJson(report), null, 2)
      : format === 'markdown'
        ? renderMarkdown(report)
        : renderText(report);
  await writeOutput(io, text, values.out);
  return verdict.verdict === 'no-go' ? 1 : 0;
}
