import { ConfigError } from '../errors/config-error.js';
import { checkGateEntries } from './check-gate-entries.js';
import { mergeRulesFiles } from './merge-rules-files.js';
import { normalizeRules } from './normalize-rules.js';
import { parseRulesFile, placeOf } from './parse-rules-file.js';
import type { Rules } from './rules.js';
import type { ParsedSource, RulesLoader, RulesSource } from './rules-source.js';
import type { RulesFile } from './rules-schema.js';
import { locateYamlPath } from './yaml-locate.js';

interface Resolved {
  file: RulesFile;
  sources: ParsedSource[];
}

function resolveFile(source: RulesSource, load: RulesLoader, chain: readonly RulesSource[]): Resolved {
  const parsed = parseRulesFile(source);
  checkGateEntries(parsed, source);
  const refs =
    parsed.extends === undefined
      ? []
      : typeof parsed.extends === 'string'
        ? [parsed.extends]
        : parsed.extends;
  let merged: RulesFile = {};
  const sources: ParsedSource[] = [];
  refs.forEach((ref, index) => {
    const path = typeof parsed.extends === 'string' ? ['extends'] : ['extends', index];
    const at = placeOf(source.name, locateYamlPath(source.text, path));
    let target: RulesSource;
    try {
      target = load(ref, source);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${at}extends: ${error.message}`);
      throw error;
    }
    const cycle = [...chain, source].findIndex((seen) => seen.id === target.id);
    if (cycle !== -1) {
      const names = [...chain, source].slice(cycle).map((s) => s.name);
      throw new ConfigError(`${at}extends cycle: ${[...names, target.name].join(' → ')}`);
    }
    const parent = resolveFile(target, load, [...chain, source]);
    merged = mergeRulesFiles(merged, parent.file);
    sources.push(...parent.sources.filter((p) => !sources.some((known) => known.source.id === p.source.id)));
  });
  return { file: mergeRulesFiles(merged, parsed), sources: [...sources, { source, file: parsed }] };
}

/**
 * Loads a rules file and everything it extends, merges them (see `mergeRulesFiles`) and validates the result.
 * Throws `ConfigError` naming the file, line and column for any problem, including missing targets and cycles.
 */
export function resolveRules(ref: string, load: RulesLoader): Rules {
  const root = load(ref, null);
  const { file, sources } = resolveFile(root, load, []);
  return normalizeRules(file, root, sources);
}
