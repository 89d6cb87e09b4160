import type { SemgrepResult } from './semgrep-schema.js';

const SECRETS_SEGMENT = /(^|[.\-_])secrets?([.\-_]|$)/i;

const mentionsSecrets = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(mentionsSecrets)
    : typeof value === 'string' && value.trim().toLowerCase() === 'secrets';

/**
 * Whether a match comes from a secret-detection rule (the registry's `generic.secrets.*`, Semgrep Secrets, a
 * rule tagged `technology: secrets`): its matched lines quote the secret, so they must not become a snippet.
 * Errs towards yes: a lost snippet costs little, a leaked credential a lot.
 */
export function isSecretRule(result: SemgrepResult): boolean {
  const metadata = result.extra.metadata ?? {};
  return (
    SECRETS_SEGMENT.test(result.check_id) ||
    result.extra.validation_state !== undefined ||
    mentionsSecrets(metadata.technology) ||
    mentionsSecrets(metadata.category) ||
    mentionsSecrets(metadata.product)
  );
}
