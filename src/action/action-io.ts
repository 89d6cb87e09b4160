/** What the Action touches of the outside world, passed in so the pipeline can run in tests. */
export interface ActionIo {
  env: Readonly<Record<string, string | undefined>>;
  /** The workspace the reports are read from. */
  cwd: string;
  today: () => string;
  getInput: (name: string) => string;
  setOutput: (name: string, value: string) => void;
  /** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
  writeSummary: (markdown: string) => Promise<void>;
  /** Writes the report file and returns its path. */
  writeReport: (markdown: string) => Promise<string>;
  info: (message: string) => void;
  warning: (message: string) => void;
  error: (message: string) => void;
  /** A raw workflow command line (`::error file=…::…`), for annotations when the check run cannot be written. */
  command: (line: string) => void;
  /** The event payload (`GITHUB_EVENT_PATH`, parsed), `{}` when there is none. */
  payload: unknown;
  /** `fetch` for the GitHub client (tests point it at a loopback server through `GITHUB_API_URL` instead). */
  fetch?: typeof fetch;
}
