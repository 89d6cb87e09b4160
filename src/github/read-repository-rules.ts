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
/** How many files away from the repository's own rules `_extends` and file `extends` may reach. */
const MAX_DEPTH = 5;

/** A file of a repository: `owner/repo:path`, at `ref` (the default branch when absent). */
interface RepositoryPath {
  owner: string;
  repo: string;
  path: string;
  ref?: string;
}

const keyOf = (at: RepositoryPath) => `${at.owner}/${at.repo}:${at.path}`;
const isPresetName = (ref: string) => /^[a-z0-9][a-z0-9-]*$/.test(ref);

/**
 * `repo`, `owner/repo`, `owner/repo:path` (Probot's `_extends`), seen from the file `from`. Another repository is
 * read at its default branch; the same repository stays at the ref being read.
 */
function extendsTarget(value: string, from: RepositoryPath): RepositoryPath {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::(.+))?$/.exec(value);
  if (!match) throw new ConfigError(`"${value}" is not repo, owner/repo or owner/repo:path`);
  const owner = match[1] ?? from.owner;
  const repo = match[2] as string;
  const path = match[3] ?? RULES_PATH;
  const same = owner === from.owner && repo === from.repo;
  return { owner, repo, path, ...(same && from.ref ? { ref: from.ref } : {}) };
}

/** A file `extends` entry: relative to the extending file, or to the root with a leading `/`, in its repository. */
function relativeTarget(ref: string, from: RepositoryPath): RepositoryPath {
  const path = posix.normalize(
    ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(from.path), ref),
  );
  if (path === '..' || path.startsWith('../'))
    throw new ConfigError(`"${ref}" points outside the repository ${from.owner}/${from.repo}`);
  return { ...from, path };
}

/** The repository files a rules text refers to (presets ship with gonogo and need no fetching). */
function referencesOf(text: string, at: RepositoryPath): RepositoryPath[] {
  let document: unknown;
  try {
    document = load(text);
  } catch {
    return []; // The synchronous resolution reports the syntax error at its place.
  }
  if (typeof document !== 'object' || document === null) return [];
  const { _extends: base, extends: listed } = document as { _extends?: unknown; extends?: unknown };
  const refs: RepositoryPath[] = [];
  const add = (target: () => RepositoryPath) => {
    try {
      refs.push(target());
    } catch {
      // A malformed reference is reported, at its place, by the synchronous resolution.
    }
  };
  if (typeof base === 'string') add(() => extendsTarget(base, at));
  for (const ref of typeof listed === 'string' ? [listed] : Array.isArray(listed) ? listed : [])
    if (typeof ref === 'string' && !isPresetName(ref)) add(() => relativeTarget(ref, at));
  return refs;
}

/**
 * Fetches `root` and every file it reaches, one level at a time (each level's files in parallel), up to
 * `MAX_DEPTH` levels away. Breadth first, so a file is fetched once, at its shortest distance; a cycle simply finds
 * its files already fetched. `null` marks a file that does not exist.
 */
async function prefetch(client: GithubClient, root: RepositoryPath): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  let level = [root];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const fetched = await Promise.all(
      level.map(async (at) => ({ at, text: await readRepositoryFile(client, at) })),
    );
    const next = new Map<string, RepositoryPath>();
    for (const { at, text } of fetched) {
      texts.set(keyOf(at), text);
      for (const ref of text === null ? [] : referencesOf(text, at)) next.set(keyOf(ref), ref);
    }
    level = [...next.values()].filter((at) => !texts.has(keyOf(at)));
  }
  return texts;
}

/**
 * A repository's rules as the App sees them: `.github/gonogo.yml` at `ref` (the default branch when not given) —
 * or the `recommended` preset when there is none — with `_extends` followed to other repositories (`_extends:
 * .github` for the organization's), file `extends` followed within each repository, and presets from gonogo's
 * `rules/`. Every file is fetched first; then the Action's own synchronous `resolveRules` validates and merges
 * them, so messages name `owner/repo:path:line:col` as the Action names files. Throws `ConfigError` for a broken
 * or missing rules file, `GitHubApiError` when the API fails.
 */
export async function readRepositoryRules(
  client: GithubClient,
  options: { owner: string; repo: string; ref?: string },
): Promise<{ rules: Rules; sources: readonly string[] }> {
  const { owner, repo } = options;
  const root: RepositoryPath = {
    owner,
    repo,
    path: RULES_PATH,
    ...(options.ref ? { ref: options.ref } : {}),
  };
  const texts = await prefetch(client, root);
  const presets = fileRulesLoader('/');
  if (texts.get(keyOf(root)) === null) {
    const rules = resolveRules('recommended', presets);
    return { rules, sources: [`${rules.sources.join(', ')} (${owner}/${repo} has no ${RULES_PATH})`] };
  }

  const located = new Map<string, RepositoryPath>();
  const sourceOf = (at: RepositoryPath): RulesSource => {
    const key = keyOf(at);
    const text = texts.get(key);
    if (text === undefined) throw new ConfigError(`${key}: more than ${MAX_DEPTH} levels of extends`);
    if (text === null) {
      const other = at.owner !== owner || at.repo !== repo;
      const hint = other ? ` (or the App is not installed on ${at.owner}/${at.repo})` : '';
      throw new ConfigError(`${key}: no such file${hint}`);
    }
    located.set(`github:${key}`, at);
    return { id: `github:${key}`, name: key, text };
  };
  const loader: RulesLoader = (ref, from) => {
    if (from === null) return sourceOf(root);
    const at = located.get(from.id);
    // A preset's own `extends`, or a preset named from a repository file, comes from gonogo's `rules/`.
    if (at === undefined || isPresetName(ref)) return presets(ref, from);
    if (ref.startsWith(EXTENDS_REPOSITORY))
      return sourceOf(extendsTarget(ref.slice(EXTENDS_REPOSITORY.length), at));
    return sourceOf(relativeTarget(ref, at));
  };
  const rules = resolveRules(RULES_PATH, loader);
  return { rules, sources: rules.sources };
}
