import { posix } from 'node:path';
import { load } from 'js-yaml';
import { fileRulesLoader } from '../cli/file-rules-loader.js';
import { ConfigError } from '../core/errors/config-error.js';
import { EXTENDS_REPOSITORY, resolveRules } from '../core/rules/resolve-rules.js';
import type { Rules } from '../core/rules/rules.js';
import type { RulesLoader, RulesSource } from '../core/rules/rules-source.js';
import type { GithubClient } from './create-github-client.js';
import { readRepositoryFile } from './read-repository-file.js';

/** Where the App looks for a repository's rules. */
export const RULES_PATH = '.github/gonogo.yml';
/** How deep `_extends` and file `extends` chains may go across repositories. */
const MAX_DEPTH = 5;

/** A file of a repository: `owner/repo:path`. */
interface RepositoryPath {
  owner: string;
  repo: string;
  path: string;
}

const keyOf = (at: RepositoryPath) => `${at.owner}/${at.repo}:${at.path}`;
const isPresetName = (ref: string) => /^[a-z0-9][a-z0-9-]*$/.test(ref);

/** `repo`, `owner/repo`, `owner/repo:path` (Probot's `_extends`), from the repository `from`. */
function extendsTarget(value: string, from: RepositoryPath): RepositoryPath {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::(.+))?$/.exec(value);
  if (!match) throw new ConfigError(`"${value}" is not repo, owner/repo or owner/repo:path`);
  return { owner: match[1] ?? from.owner, repo: match[2] ?? from.repo, path: match[3] ?? RULES_PATH };
}

/** A file `extends` entry, relative to the extending file, in the same repository. */
function relativeTarget(ref: string, from: RepositoryPath): RepositoryPath {
  const path = posix.normalize(posix.join(posix.dirname(from.path), ref));
  if (path.startsWith('../') || path === '..')
    throw new ConfigError(`"${ref}" points outside the repository ${from.owner}/${from.repo}`);
  return { ...from, path };
}

/** The references a rules text makes to other repository files (presets are local and need no fetching). */
function referencesOf(text: string, at: RepositoryPath): RepositoryPath[] {
  let document: unknown;
  try {
    document = load(text);
  } catch {
    return []; // The synchronous resolution reports the syntax error with its place.
  }
  if (typeof document !== 'object' || document === null) return [];
  const { _extends: base, extends: listed } = document as { _extends?: unknown; extends?: unknown };
  const refs: RepositoryPath[] = [];
  if (typeof base === 'string') {
    try {
      refs.push(extendsTarget(base, at));
    } catch {
      // Reported, with its place, by the synchronous resolution.
    }
  }
  for (const ref of typeof listed === 'string' ? [listed] : Array.isArray(listed) ? listed : []) {
    if (typeof ref !== 'string' || isPresetName(ref)) continue;
    try {
      refs.push(relativeTarget(ref, at));
    } catch {
      // Idem.
    }
  }
  return refs;
}

/**
 * A repository's rules as the App sees them: `.github/gonogo.yml` of its default branch — or the `recommended` preset
 * when it has none — with `_extends` followed to other repositories (`_extends: .github` for the organization's),
 * file `extends` followed within each repository, and presets from gonogo's `rules/`. Every file is fetched first;
 * then the same synchronous `resolveRules` as the Action's validates and merges them, so messages name
 * `owner/repo:path:line:col` exactly as the Action names files. Throws `ConfigError` for a broken or missing rules
 * file, `GitHubApiError` when the API fails.
 */
export async function readRepositoryRules(
  client: GithubClient,
  options: { owner: string; repo: string },
): Promise<{ rules: Rules; sources: readonly string[] }> {
  const root: RepositoryPath = { owner: options.owner, repo: options.repo, path: RULES_PATH };
  const texts = new Map<string, string | null>();
  const fetch = async (at: RepositoryPath, depth: number): Promise<void> => {
    const key = keyOf(at);
    if (texts.has(key) || depth > MAX_DEPTH) return;
    const text = await readRepositoryFile(client, at);
    texts.set(key, text);
    if (text !== null) for (const ref of referencesOf(text, at)) await fetch(ref, depth + 1);
  };
  await fetch(root, 0);
  if (texts.get(keyOf(root)) === null) {
    const rules = resolveRules('recommended', fileRulesLoader('/'));
    return { rules, sources: rules.sources };
  }

  const files = fileRulesLoader('/');
  const sourceOf = (at: RepositoryPath): RulesSource => {
    const text = texts.get(keyOf(at));
    if (text === undefined) throw new ConfigError(`${keyOf(at)}: more than ${MAX_DEPTH} levels of extends`);
    if (text === null) throw new ConfigError(`${keyOf(at)}: no such file`);
    return { id: `github:${keyOf(at)}`, name: keyOf(at), text };
  };
  const loader: RulesLoader = (ref, from) => {
    if (from === null) return sourceOf(root);
    if (from.id.startsWith('preset:')) return files(ref, from);
    const at = extendsTargetOf(from);
    if (ref.startsWith(EXTENDS_REPOSITORY))
      return sourceOf(extendsTarget(ref.slice(EXTENDS_REPOSITORY.length), at));
    if (isPresetName(ref)) return files(ref, { ...from, id: 'preset:from-repository' });
    return sourceOf(relativeTarget(ref, at));
  };
  const rules = resolveRules(RULES_PATH, loader);
  return { rules, sources: rules.sources };
}

/** The repository file a loaded source is (`github:owner/repo:path`). */
function extendsTargetOf(source: RulesSource): RepositoryPath {
  const match = /^github:([^/]+)\/([^:]+):(.+)$/.exec(source.id);
  if (!match) throw new Error(`unreachable: a repository source id, got ${source.id}`);
  return { owner: match[1] as string, repo: match[2] as string, path: match[3] as string };
}
