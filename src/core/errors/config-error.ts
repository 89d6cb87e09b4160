/** A problem in the rules file or in how gonogo was invoked, that the user can fix. Exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
