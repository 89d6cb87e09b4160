/**
 * A whole gate accepted for one evaluation, granted outside the rules file (a maintainer's `/gonogo waive` on a pull
 * request). The shell decides which apply (the App: those granted on the pull request's current head).
 */
export interface GateWaiver {
  /** The gate id. */
  gate: string;
  /** Why, as written (untrusted text: escaped wherever it is shown). */
  reason: string;
  /** Who granted it (a login, untrusted text). */
  owner: string;
  /** Last day it applies (`YYYY-MM-DD`), or `null` for as long as the shell applies it. */
  expires: string | null;
  /** When it was granted (ISO 8601). */
  grantedAt: string;
  /** Where it was granted (a comment URL), shown in reports. */
  source: string;
}
