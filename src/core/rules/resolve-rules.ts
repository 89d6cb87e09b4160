import { ConfigError } from '../errors/config-error.js';
import { checkGateEntries } from './check-gate-entries.js';
import { mergeRulesFiles } from './merge-rules-files.js';
import { normalizeRules } from './normalize-rules.js';
import { parseRulesFile, placeOf } from './parse-rules-file.js';
import type { Rules } from './rules.js';
import type { ParsedSource, RulesLoader, RulesSource } from './rules-source.js';
import type { RulesFile } from './rules-schema.js';
import { locateYamlPath } from './yaml-locate.js';

/**
 * How `_extends: <repo>` reaches a `RulesLoader`: the ref with this prefix. Loaders without API access (the CLI and
 * the Action read files) refuse it.
 */
export const EXTENDS_REPOSITORY = '_extends:';

interface Resolved {
  file: RulesFile;
  sources: ParsedSource[];
}

function resolveFile(source: RulesSource, load: RulesLoader, chain: readonly RulesSource[]): Resolved {
  const parsed = parseRulesFile(source);
  checkGateEntries(parsed, source);
  const listed =
    parsed.extends === undefined
      ? []
      : typeof parsed.extends === 'string'
        ? [{ ref: parsed.extends, path: ['extends'] }]
        : parsed.extends.map((ref, index) => ({ ref, path: ['extends', index] }));
  // `_extends` (another repository's rules, for the App) is the base; `extends` entries build on it in order.
  const refs: { ref: string; path: (string | number)[] }[] = [
    ...(parsed._extends === undefined
      ? []
      : [{ ref: `${EXTENDS_REPOSITORY}${parsed._extends}`, path: ['_extends'] }]),
    ...listed,
  ];
  let merged: RulesFile = {};
  const sources: ParsedSource[] = [];
  refs.forEach(({ ref, path }) => {
    const at = placeOf(source.name, locateYamlPath(source.text, path));
    let target: RulesSource;
    try {
      target = load(ref, source);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${at}${path[0]}: ${error.message}`);
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
