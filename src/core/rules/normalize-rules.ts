import { DEFAULT_TODO_KEYWORDS } from '../todos/todo-options.js';
import { ConfigError } from '../errors/config-error.js';
import { PRIORITIES } from '../model/priority.js';
import type { Priority } from '../model/priority.js';
import { SEVERITIES } from '../model/severity.js';
import { placeOf } from './parse-rules-file.js';
import type { GateCheck, GateRule, ModuleRule, ModuleSelector, Rules, WaiverRule } from './rules.js';
import { DEFAULT_WEIGHTS } from './rules.js';
import type { ParsedSource, RulesSource } from './rules-source.js';
import type { GateFile, RulesFile } from './rules-schema.js';
import { prependLabelPatterns } from './prepend-label-patterns.js';
import { suggestNearest } from './suggest-nearest.js';
import { DEFAULT_SLA_DAYS } from '../risk/risk-settings.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../trackers/labels/label-conventions.js';
import type { LabelConventions } from '../trackers/labels/label-conventions.js';
import { locateYamlPath } from './yaml-locate.js';

const toList = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : [...value];

/** `80`, `"80%"` → 80. The schema already checked the shape. */
function percentOf(value: number | string): number {
  return typeof value === 'number' ? value : Number.parseFloat(value);
}

type KnownPriority = Exclude<Priority, null>;

/** `P1` means P1 or more urgent; a list means exactly those priorities. */
function prioritiesOf(value: KnownPriority | readonly KnownPriority[] | undefined): KnownPriority[] | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return [...value];
  return PRIORITIES.slice(0, PRIORITIES.indexOf(value) + 1);
}

/** Turns a merged rules file into effective rules: defaults applied, references checked. */
export function normalizeRules(file: RulesFile, root: RulesSource, sources: readonly ParsedSource[]): Rules {
  const modules: Record<string, ModuleRule> = {};
  for (const [name, module] of Object.entries(file.modules ?? {})) {
    modules[name] = { paths: module.paths, critical: module.critical ?? false };
  }

  // Errors about a gate point at the last file that wrote that gate id.
  const fail = (gateId: string, key: readonly PropertyKey[], message: string): never => {
    for (const { source, file: written } of [...sources].reverse()) {
      const index = (written.gates ?? []).findIndex((gate) => gate.id === gateId);
      if (index !== -1) {
        throw new ConfigError(
          `${placeOf(source.name, locateYamlPath(source.text, ['gates', index, ...key]))}${message}`,
        );
      }
    }
    throw new ConfigError(`${root.name}: ${message}`);
  };

  const moduleSelector = (gate: GateFile, kind: 'coverage' | 'issues', value: unknown): ModuleSelector => {
    if (value === undefined) return null;
    if (value === 'critical') return 'critical';
    const names = value as string[];
    names.forEach((name, index) => {
      if (modules[name]) return;
      const suggestion = suggestNearest(name, Object.keys(modules));
      const known = Object.keys(modules);
      const hint = suggestion
        ? ` (did you mean "${suggestion}"?)`
        : known.length
          ? ` (defined: ${known.join(', ')})`
          : ' (no modules are defined: add a "modules" section)';
      fail(gate.id, [kind, 'modules', index], `gate ${gate.id}: unknown module "${name}"${hint}`);
    });
    return names;
  };

  const labelConventionsOf = (
    labels: NonNullable<NonNullable<RulesFile['inputs']>['labels']>,
  ): LabelConventions =>
    prependLabelPatterns(DEFAULT_LABEL_CONVENTIONS, labels, (kind, index) => {
      const pattern = labels[kind]?.[index];
      const owner = sources.find(({ file: written }) =>
        pattern === undefined ? false : written.inputs?.labels?.[kind]?.includes(pattern),
      ) ?? { source: root };
      const location = locateYamlPath(owner.source.text, ['inputs', 'labels', kind, index]);
      return `${placeOf(owner.source.name, location)}inputs.labels.${kind}[${index}]`;
    });

  const checkOf = (gate: GateFile): GateCheck => {
    if (gate.coverage) {
      const c = gate.coverage;
      if (c.min === undefined && c['max-drop'] === undefined) {
        fail(gate.id, ['coverage'], `gate ${gate.id}: a coverage check needs "min" or "max-drop"`);
      }
      if (c['max-drop'] !== undefined && (c.scope === 'patch' || c.modules !== undefined)) {
        fail(
          gate.id,
          ['coverage', 'max-drop'],
          `gate ${gate.id}: "max-drop" compares overall coverage; put it in a gate without scope: patch or modules`,
        );
      }
      return {
        kind: 'coverage',
        metric: c.metric ?? 'lines',
        min: c.min === undefined ? null : percentOf(c.min),
        maxDrop: c['max-drop'] ?? null,
        scope: c.scope ?? 'all',
        modules: moduleSelector(gate, 'coverage', c.modules),
        minChangedLines: c['min-changed-lines'] ?? 1,
      };
    }
    if (gate.sast) {
      const c = gate.sast;
      const max = c.max ?? 0;
      if (typeof max === 'object' && c.severity !== undefined) {
        fail(
          gate.id,
          ['sast', 'severity'],
          `gate ${gate.id}: "max" already gives a limit per severity; leave out "severity"`,
        );
      }
      const limits =
        typeof max === 'number'
          ? [{ severity: c.severity ?? 'high', max, orWorse: true }]
          : SEVERITIES.flatMap((severity) =>
              max[severity] === undefined ? [] : [{ severity, max: max[severity], orWorse: false }],
            );
      if (limits.length === 0)
        fail(gate.id, ['sast', 'max'], `gate ${gate.id}: "max" lists no severity; give at least one limit`);
      return {
        kind: 'sast',
        limits,
        scope: c.scope ?? 'all',
        minConfidence: c['min-confidence'] ?? null,
        allowIncomplete: c['allow-incomplete'] ?? false,
        tools: c.tools ?? null,
      };
    }
    if (gate.issues) {
      const c = gate.issues;
      return {
        kind: 'issues',
        state: c.state ?? 'open',
        priorities: prioritiesOf(c.priority),
        severity: c.severity ?? null,
        overdue: c.overdue ?? false,
        modules: moduleSelector(gate, 'issues', c.modules),
        labels: c.labels ?? null,
        max: c.max ?? 0,
      };
    }
    if (gate.checklist) {
      const c = gate.checklist;
      return {
        kind: 'checklist',
        files: c.file === undefined ? null : toList(c.file),
        section: c.section ?? null,
        minDone: percentOf(c['min-done']),
      };
    }
    if (gate.todos) return { kind: 'todos', scope: gate.todos.scope ?? 'all', max: gate.todos.max ?? 0 };
    return fail(
      gate.id,
      ['id'],
      `gate ${gate.id}: no check and no inherited gate of that id; add one of coverage, sast, issues, checklist, todos`,
    );
  };

  const gates: GateRule[] = [];
  for (const gate of file.gates ?? []) {
    if (gate.level === 'off') continue;
    gates.push({
      id: gate.id,
      level: gate.level ?? 'block',
      description: gate.description ?? null,
      ifMissing: gate['if-missing'] ?? 'fail',
      check: checkOf(gate),
    });
  }

  const gateIds = (file.gates ?? []).map((gate) => gate.id);
  const waivers: WaiverRule[] = (file.waivers ?? []).map((waiver, index) => {
    if (waiver.gate !== undefined && !gateIds.includes(waiver.gate)) {
      const suggestion = suggestNearest(waiver.gate, gateIds);
      const owner = sources.find(({ file: written }) => written.waivers?.includes(waiver)) ?? {
        source: root,
        file,
      };
      const at = owner.file.waivers?.indexOf(waiver) ?? index;
      const location = locateYamlPath(owner.source.text, ['waivers', at, 'gate']);
      throw new ConfigError(
        `${placeOf(owner.source.name, location)}waivers[${at}]: unknown gate "${waiver.gate}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      );
    }
    return {
      gate: waiver.gate ?? null,
      match: waiver.match,
      reason: waiver.reason,
      owner: waiver.owner ?? null,
      expires: waiver.expires ?? null,
    };
  });

  const labels = labelConventionsOf(file.inputs?.labels ?? {});
  const trackerEntries = file.inputs?.trackers === undefined ? [] : [file.inputs.trackers].flat();
  /** A `github:` entry's `*-labels` patterns, tried before the rules' conventions. */
  const withLabelPatterns = (
    base: LabelConventions,
    github: Record<string, unknown>,
    index: number,
  ): LabelConventions => {
    const written = (kind: keyof LabelConventions) => github[`${kind}-labels`];
    const patterns = Object.fromEntries(
      (['priority', 'severity', 'module', 'blocking'] as const).map((kind) => [
        kind,
        [written(kind) ?? []].flat().map(String),
      ]),
    );
    return prependLabelPatterns(base, patterns, (kind, at) => {
      const path = ['inputs', 'trackers', index, 'github', `${kind}-labels`];
      const place = placeOf(root.name, locateYamlPath(root.text, path));
      return `${place}inputs.trackers[${index}].github.${kind}-labels${Array.isArray(written(kind)) ? `[${at}]` : ''}`;
    });
  };

  return {
    sources: sources.map(({ source }) => source.name),
    inputs: {
      coverage: toList(file.inputs?.coverage),
      sast: toList(file.inputs?.sast),
      trackers: trackerEntries.flatMap((entry) =>
        typeof entry === 'string' ? [entry] : 'file' in entry ? toList(entry.file) : [],
      ),
      githubTrackers: trackerEntries.flatMap((entry, index) =>
        typeof entry === 'object' && 'github' in entry
          ? [
              {
                repo: entry.github.repo ?? null,
                state: entry.github.state ?? 'all',
                labels: withLabelPatterns(labels, entry.github, index),
              },
            ]
          : [],
      ),
      pathMappings: file.inputs?.['path-mappings'] ?? [],
      maxUnresolvedPaths: file.inputs?.['max-unresolved-paths'] ?? 50,
      labels,
    },
    risk: { slaDays: { ...DEFAULT_SLA_DAYS, ...file.risk?.['sla-days'] } },
    modules,
    gates,
    readiness: {
      minScore: file.readiness?.go?.['min-score'] ?? 0,
      weights: { ...DEFAULT_WEIGHTS, ...file.readiness?.weights },
    },
    waivers,
    app: {
      workflows: file.app?.workflows ?? [],
      artifacts: file.app?.artifacts ?? [],
      timeoutMinutes: file.app?.['timeout-minutes'] ?? 60,
    },
    todos: {
      keywords: file.todos?.keywords ?? DEFAULT_TODO_KEYWORDS,
      caseSensitive: file.todos?.['case-sensitive'] ?? true,
      exclude: file.todos?.exclude ?? [],
      labels: file.todos?.labels ?? [],
      maxNewIssues: file.todos?.['max-new-issues'] ?? 25,
      issues: file.todos?.issues ?? 'off',
    },
  };
}
