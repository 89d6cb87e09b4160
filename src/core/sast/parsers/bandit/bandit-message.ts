import { BANDIT_SECRET_TESTS } from './bandit-secret.js';
import type { BanditResult } from './bandit-schema.js';

/**
 * An issue's message: Bandit's `issue_text`, else its test name, else its test id. For the hardcoded-password
 * tests the quoted value is cut: it is the password.
 */
export function banditMessage(result: BanditResult): string {
  const message = result.issue_text?.trim() || result.test_name || result.test_id;
  if (!BANDIT_SECRET_TESTS.has(result.test_id)) return message;
  const colon = message.indexOf(':');
  return `${colon >= 0 ? message.slice(0, colon) : message} (value withheld)`;
}
