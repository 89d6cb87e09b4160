/** The commit an event asks the App to judge, and what it is compared with. */
export interface CommitTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** The open pull request whose head it is: its diff, comment and waivers; `null` for pushes and merge groups. */
  pull: { number: number; baseSha: string } | null;
  /** The commit whose stored baseline tells new findings and coverage drops (the PR's or merge group's base). */
  baseSha: string | null;
  /** A push to the default branch: the evaluation is stored as the baseline for later pull requests. */
  defaultBranchPush: boolean;
  /** What asked for it (`pull_request.opened`, `/gonogo by @alice`), for the report's input notes. */
  trigger: string;
}
