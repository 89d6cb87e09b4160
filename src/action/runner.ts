import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from '../core/errors/config-error.js';
import { getErrorMessage } from '../core/errors/get-error-message.js';
import { InputError } from '../core/errors/input-error.js';
import { GitHubApiError } from '../github/github-api-error.js';
import { actionMain } from './action-main.js';

/** The event payload, or `{}` outside a workflow; a payload that cannot be read is a clear error. */
async function readPayload(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH ${path}: cannot read the event payload (${getErrorMessage(error)})`,
    );
  }
}

/**
 * The Action's shell: wires `@actions/core` and the runner's environment into the pipeline, and turns every
 * failure into one `::error::` line and a failed step — never a stack trace, never a silent pass.
 */
export async function run(): Promise<void> {
  try {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const code = await actionMain({
      env,
      cwd: workspace,
      today: () => new Date().toISOString().slice(0, 10),
      getInput: (name) => core.getInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      writeSummary: async (markdown) => {
        if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
      },
      writeReport: async (markdown) => {
        const path = join(env.RUNNER_TEMP ?? workspace, 'gonogo-report.md');
        await writeFile(path, markdown);
        return path;
      },
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      error: (message) => core.error(message),
      command: (line) => process.stdout.write(`${line}\n`),
      payload: await readPayload(env.GITHUB_EVENT_PATH),
    });
    if (code !== 0) process.exitCode = code;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof GitHubApiError) {
      core.setFailed(`gonogo: ${error.message}`);
    } else {
      core.setFailed(`gonogo: internal error: ${getErrorMessage(error)} (this is a bug in gonogo)`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}
