/** Where the TODO sync tells what it does (`core.info` / `core.warning` in the Action, stderr in the CLI). */
export interface TodoSyncLog {
  info(message: string): void;
  warning(message: string): void;
}
