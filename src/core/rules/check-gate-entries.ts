import { ConfigError } from '../errors/config-error.js';
import { placeOf } from './parse-rules-file.js';
import type { RulesSource } from './rules-source.js';
import type { RulesFile } from './rules-schema.js';
import { locateYamlPath } from './yaml-locate.js';

const CHECK_KEYS = ['coverage', 'sast', 'issues', 'checklist', 'todos'] as const;

/** Checks one file's gates: unique ids, and at most one check per gate. */
export function checkGateEntries(file: RulesFile, source: RulesSource): void {
  const seen = new Set<string>();
  (file.gates ?? []).forEach((gate, index) => {
    const at = (key?: string) =>
      placeOf(source.name, locateYamlPath(source.text, key ? ['gates', index, key] : ['gates', index], true));
    if (seen.has(gate.id))
      throw new ConfigError(`${at('id')}gates[${index}]: duplicate gate id "${gate.id}"`);
    seen.add(gate.id);
    const checks = CHECK_KEYS.filter((key) => gate[key] !== undefined);
    if (checks.length > 1) {
      throw new ConfigError(
        `${at(checks[1])}gates[${index}] (${gate.id}): one check per gate, found ${checks.join(' and ')}; split it into two gates`,
      );
    }
  });
}
