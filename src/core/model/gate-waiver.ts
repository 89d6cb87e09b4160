/**
 * A whole gate accepted for one evaluation, granted outside the rules file (a maintainer's `/gonogo waive` on a pull
 * request). The shell decides which apply (the App: those granted on the pull request's current head); the
 * evaluation decides what they do: a failed gate with a live waiver is `waived` instead of failed.
 */
export interface GateWaiver {
  /** The id of the gate it accepts; a waiver for an id the rules do not define is ignored. */
  gate: string;
  /** Why, as the maintainer wrote it (untrusted text: escaped wherever it is shown). */
  reason: string;
  /** Who granted it: a login, without `@` (untrusted text; reports show it as `@login` that pings nobody). */
  owner: string;
  /** Last day it applies (`YYYY-MM-DD`, inclusive), or `null` for as long as the shell applies it. */
  expires: string | null;
  /** When it was granted (ISO 8601): of several live waivers for one gate, the latest granted is the one shown. */
  grantedAt: string;
  /** Where it was granted, shown in reports: a comment URL or a short description such as `comment 123456`. */
  source: string;
}

/** A gate waiver as a gate result carries it: the gate is the result's own. */
export type AppliedGateWaiver = Omit<GateWaiver, 'gate'>;

/**
 * Who granted a waiver, as reports name them: `@alice until 2026-12-31` (just `@alice` without `withExpiry` or when
 * it never expires). The owner is untrusted text: markdown reports escape it, which keeps `@alice` from pinging.
 */
export function waivedBy(waiver: Pick<GateWaiver, 'owner' | 'expires'>, withExpiry = true): string {
  const owner = `@${waiver.owner.replace(/^@+/, '')}`;
  return withExpiry && waiver.expires ? `${owner} until ${waiver.expires}` : owner;
}
