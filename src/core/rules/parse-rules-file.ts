import { load, YAMLException } from 'js-yaml';
import type * as z from 'zod';
import { ConfigError } from '../errors/config-error.js';
import type { FileLocation } from '../errors/input-error.js';
import type { RulesSource } from './rules-source.js';
import { rulesFileSchema } from './rules-schema.js';
import type { RulesFile } from './rules-schema.js';
import { schemaKeysAt } from './schema-keys-at.js';
import { suggestNearest } from './suggest-nearest.js';
import { formatPath, locateYamlPath } from './yaml-locate.js';

/** `file:line:col: ` for messages. */
export function placeOf(name: string, location: FileLocation | undefined): string {
  if (!location) return `${name}: `;
  return `${name}:${location.line}${location.column ? `:${location.column}` : ''}: `;
}

function describeIssue(issue: z.core.$ZodIssue): {
  message: string;
  preferKey: boolean;
  path: PropertyKey[];
} {
  const path = [...issue.path];
  const at = formatPath(path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = schemaKeysAt(rulesFileSchema, path);
    const suggestion = suggestNearest(key, known);
    const hint = suggestion
      ? ` (did you mean "${suggestion}"?)`
      : known.length
        ? ` (valid keys: ${known.join(', ')})`
        : '';
    return {
      message: `${at ? `${at}: ` : ''}unknown key "${key}"${hint}`,
      preferKey: true,
      path: [...path, key],
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const values = issue.values.map(String);
    const suggestion = suggestNearest(String(issue.input ?? ''), values);
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
    return { message: `${at}: expected one of ${values.join(', ')}${hint}`, preferKey: false, path };
  }
  if (issue.input === undefined && path.length > 0) {
    const parent = formatPath(path.slice(0, -1));
    return {
      message: `${parent ? `${parent}: ` : ''}required key "${String(path.at(-1))}" missing`,
      preferKey: true,
      path: path.slice(0, -1),
    };
  }
  if (issue.code === 'invalid_union' && !/^Invalid input/.test(issue.message)) {
    return { message: `${at}: ${issue.message}`, preferKey: false, path }; // the schema's own wording
  }
  if (issue.code === 'invalid_union') {
    // "expected number, received string" / "expected a percentage such as 80 or "80%"" → one sentence.
    const expected = issue.errors
      .flat()
      .map((inner) => inner.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, ''))
      .filter((message, index, all) => all.indexOf(message) === index);
    return { message: `${at}: ${expected.join(', or ')}`, preferKey: false, path };
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return { message: `${at || 'rules'}: ${message}`, preferKey: false, path };
}

/**
 * Parses and validates one rules file. Throws `ConfigError` with `file:line:col: path: cause`,
 * suggesting the nearest valid key for a typo.
 */
export function parseRulesFile(source: RulesSource): RulesFile {
  let raw: unknown;
  if (/^\s*$/.test(source.text.replace(/^\s*#.*$/gm, ''))) {
    throw new ConfigError(`${source.name}: empty rules file (start with "extends: recommended")`);
  }
  try {
    raw = load(source.text, { filename: source.name });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const location = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined;
      throw new ConfigError(`${placeOf(source.name, location)}invalid YAML: ${error.reason}`);
    }
    throw error;
  }
  if (raw === null || raw === undefined || raw === '') {
    throw new ConfigError(`${source.name}: empty rules file (start with "extends: recommended")`);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      `${source.name}:1:1: expected a mapping of rules (keys such as extends, gates, modules)`,
    );
  }
  const result = rulesFileSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  // An unknown key is usually the cause of the other problems ("mni" is why "min" is missing): report it first.
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const first = issues[0];
  if (!first) throw new ConfigError(`${source.name}: invalid rules`);
  const { message, preferKey, path } = describeIssue(first);
  const others = issues.length - 1;
  const more = others > 0 ? ` (and ${others} more ${others === 1 ? 'problem' : 'problems'})` : '';
  throw new ConfigError(
    `${placeOf(source.name, locateYamlPath(source.text, path, preferKey))}${message}${more}`,
  );
}
