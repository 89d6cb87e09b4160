import type { GithubClient } from '../github/create-github-client.js';

/** Where the App logs: Probot's `context.log` (pino) fits. */
export interface AppLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What every handler works with for one delivery. */
export interface AppEnvironment {
  /** The installation's client (Probot's `context.octokit`). */
  client: GithubClient;
  log: AppLog;
  /** The clock, passed in so tests fix it. */
  now: () => Date;
  /** The App's id: only its own comments are trusted as waiver records. */
  appId?: number;
  /** The check run's name, as branch protection requires it. */
  checkName: string;
}

/** The check-run name the App publishes under. */
export const APP_CHECK_NAME = 'gonogo';
