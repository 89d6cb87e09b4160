import type { TrivyMisconfiguration } from './trivy-schema.js';

const ABOUT_SECRETS = /secret|passw|credential|token|private.?key|api.?key|sensitive|plain.?text/i;

/**
 * Whether a configuration check is about secrets in configuration (`Sensitive data found in user data`,
 * `Secrets passed via build-args`...): its cause lines quote the secret, so they must not become a snippet.
 * Errs towards yes: a lost snippet costs a finding its line-independent identity, a leaked credential a lot more.
 */
export function isSecretCheck(misconfiguration: TrivyMisconfiguration): boolean {
  return [
    misconfiguration.ID,
    misconfiguration.AVDID,
    misconfiguration.Title,
    misconfiguration.Description,
    misconfiguration.Message,
  ].some((text) => text !== undefined && ABOUT_SECRETS.test(text));
}
