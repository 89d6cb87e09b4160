import type { SemgrepResult } from './semgrep-schema.js';

// Metavariable values shorter than this are names and keywords, not credentials worth hiding.
const MIN_SECRET_LENGTH = 4;

/**
 * A match's message: Semgrep's rendered `extra.message`, else the rule id. For a secret-detection rule, every
 * metavariable value the message quotes is replaced by `[redacted]`: Semgrep renders `$SECRET` into messages.
 */
export function semgrepMessage(result: SemgrepResult, secret: boolean): string {
  let message = result.extra.message?.trim() || result.check_id;
  if (!secret) return message;
  const values = Object.values(result.extra.metavars ?? {})
    .map((metavar) => metavar?.abstract_content ?? '')
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  for (const value of values) message = message.split(value).join('[redacted]');
  return message;
}
