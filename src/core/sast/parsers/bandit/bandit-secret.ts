/**
 * Bandit's hardcoded-password tests (B105 string, B106 function argument, B107 default value): their
 * `issue_text` is `Possible hardcoded password: '<the value>'` and their code quotes it.
 */
export const BANDIT_SECRET_TESTS: ReadonlySet<string> = new Set(['B105', 'B106', 'B107']);
