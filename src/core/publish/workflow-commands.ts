import type { CheckRunAnnotation } from './check-run-annotation.js';

const COMMAND: Readonly<Record<CheckRunAnnotation['annotation_level'], string>> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice',
};

/** The runner reads `%`, CR and LF in a command's message as escapes and line ends: encode them. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** In a property, `,` would start the next property and `:` end the properties: encode them too. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow-command lines for annotations, and how many were left out. */
export interface WorkflowCommandAnnotations {
  /** `::error file=…,line=…,endLine=…,title=…::message`, most important first within each level. */
  lines: string[];
  /** Annotations beyond `perLevelLimit` of their level, not turned into lines. */
  omitted: number;
}

/**
 * Annotations as workflow commands, for when the token cannot write a check run (a pull request from a fork):
 * the runner turns each line into an annotation on the step. It shows at most 10 of each level per step, so
 * only the first `perLevelLimit` of each level (given most important first) are kept and the rest counted.
 * Paths, titles and messages come from contributors: every one is escaped, so none can end the command early
 * or start another.
 */
export function workflowCommandAnnotations(
  annotations: readonly CheckRunAnnotation[],
  options: { perLevelLimit: number } = { perLevelLimit: 10 },
): WorkflowCommandAnnotations {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  let omitted = 0;
  for (const annotation of annotations) {
    const command = COMMAND[annotation.annotation_level];
    const count = shown.get(command) ?? 0;
    if (count >= options.perLevelLimit) {
      omitted += 1;
      continue;
    }
    shown.set(command, count + 1);
    const properties = [
      `file=${escapeProperty(annotation.path)}`,
      `line=${annotation.start_line}`,
      `endLine=${Math.max(annotation.start_line, annotation.end_line)}`,
      ...(annotation.title ? [`title=${escapeProperty(annotation.title)}`] : []),
    ];
    lines.push(`::${command} ${properties.join(',')}::${escapeData(annotation.message)}`);
  }
  return { lines, omitted };
}
