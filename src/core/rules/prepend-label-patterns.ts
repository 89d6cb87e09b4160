import { ConfigError } from '../errors/config-error.js';
import { getErrorMessage } from '../errors/get-error-message.js';
import type { LabelConventions } from '../trackers/labels/label-conventions.js';

const KINDS = ['priority', 'severity', 'module', 'blocking'] as const;

/**
 * Label conventions with the rules' own patterns tried before `base`'s. A pattern that is not a regular
 * expression is a `ConfigError` starting with `placeOf(kind, index)` (`rules.yml:3:15: inputs.labels.module[0]`).
 */
export function prependLabelPatterns(
  base: LabelConventions,
  patterns: Partial<Record<keyof LabelConventions, readonly string[]>>,
  placeOf: (kind: keyof LabelConventions, index: number) => string,
): LabelConventions {
  const compile = (kind: keyof LabelConventions) =>
    (patterns[kind] ?? []).map((pattern, index) => {
      try {
        return new RegExp(pattern, 'i');
      } catch (error) {
        const cause = getErrorMessage(error).replace(/^Invalid regular expression: \/.*\/\w*: /, '');
        throw new ConfigError(`${placeOf(kind, index)}: invalid regular expression: ${cause}`);
      }
    });
  return Object.fromEntries(KINDS.map((kind) => [kind, [...compile(kind), ...base[kind]]])) as Record<
    keyof LabelConventions,
    RegExp[]
  >;
}
