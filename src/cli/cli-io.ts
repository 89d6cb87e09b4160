/** What the CLI touches of the outside world, passed in so tests can drive it in-process. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date, `YYYY-MM-DD`, unless `--now` overrides it. */
  today: () => string;
}
