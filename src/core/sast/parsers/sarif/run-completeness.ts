import type { SarifMessage, SarifRun } from './sarif-schema.js';

/** Whether a run finished, and why not. */
export interface RunCompleteness {
  complete: boolean;
  incompleteReason: string | null;
}

const MAX_QUOTE = 160;

/** A notification's text on one line, shortened: some tools list hundreds of missing classes. */
function quote(message: SarifMessage | undefined): string {
  const text = (message?.text ?? message?.markdown ?? '(no message)').replace(/\s+/g, ' ').trim();
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

/** The first error-level notification of the run's invocations, as `tool execution error: …`. */
function firstErrorNotification(run: SarifRun): string | null {
  for (const invocation of run.invocations ?? []) {
    const groups = [
      ['tool execution error', invocation?.toolExecutionNotifications],
      ['tool configuration error', invocation?.toolConfigurationNotifications],
    ] as const;
    for (const [label, notifications] of groups) {
      const error = notifications?.find((notification) => notification?.level === 'error');
      if (error) return `${label}: ${quote(error.message)}`;
    }
  }
  return null;
}

/**
 * Whether a run is complete. It is not when an invocation reports `executionSuccessful: false`, when a tool
 * execution or configuration notification has level `error`, or when `results` is null or absent (SARIF's
 * way to say the tool produced none): a gate must not read "no findings" from a scan that did not finish.
 */
export function runCompleteness(run: SarifRun): RunCompleteness {
  const failed = run.invocations?.some((invocation) => invocation?.executionSuccessful === false) ?? false;
  const error = firstErrorNotification(run);
  let reason: string | null = null;
  if (failed) reason = `invocation reported executionSuccessful: false${error ? `; ${error}` : ''}`;
  else if (error) reason = error;
  else if (run.results === undefined)
    reason = 'the run has no results array: the tool did not report its results';
  else if (run.results === null) reason = 'the run has results null: the tool did not report its results';
  return { complete: reason === null, incompleteReason: reason };
}
