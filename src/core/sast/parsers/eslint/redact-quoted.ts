// A quoted span in a rule's message: eslint-plugin-no-secrets writes `Found a string with entropy 4.7 : "<it>"`.
const QUOTED = /"[^"]*"|'[^']*'|`[^`]*`/g;

/** A secret-detection rule's message with every quoted span replaced, since that is where the secret is. */
export function redactQuoted(message: string): string {
  return message.replace(QUOTED, '[redacted]');
}
