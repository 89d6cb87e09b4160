// `no-secrets/no-secrets`, `@microsoft/sdl/no-hardcoded-credentials`, custom `no-api-key`... rules that flag
// credentials in code, whose flagged line and message quote them.
const SECRET_RULE = /secret|passw|credential|token|api[-_]?key|private[-_]?key/i;

/**
 * Whether an ESLint rule detects hard-coded secrets: its findings then get no snippet and a redacted message.
 * Errs towards yes: a lost snippet costs little, a leaked credential a lot.
 */
export function isSecretRule(ruleId: string): boolean {
  return SECRET_RULE.test(ruleId);
}
