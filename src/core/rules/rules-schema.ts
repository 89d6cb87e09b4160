import * as z from 'zod';
import { PRIORITIES } from '../model/priority.js';
import { SEVERITIES } from '../model/severity.js';

// The rules file as users write it. Kept free of `refine` so it exports cleanly to rules/schema.json;
// cross-field checks (one check per gate, known module names) live in `check-rules-semantics.ts`.

const globs = z.union([z.string().min(1), z.array(z.string().min(1))]);
const severity = z.enum(SEVERITIES);
const priority = z.enum(PRIORITIES);
const percent = z.union([
  z.number().min(0).max(100),
  z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a percentage such as 80 or "80%"'),
]);
const count = z.number().int().min(0);
const moduleRefs = z.union([z.literal('critical'), z.array(z.string().min(1))]);

const coverageCheck = z
  .strictObject({
    metric: z.enum(['lines', 'branches']).optional().describe('What to measure (default lines).'),
    min: percent.optional().describe('Minimum coverage in percent.'),
    'max-drop': z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe(
        'Most percentage points overall coverage may drop against the base report (--base-coverage).',
      ),
    scope: z
      .enum(['all', 'patch'])
      .optional()
      .describe('All coverable lines, or only lines the diff changes.'),
    modules: moduleRefs
      .optional()
      .describe('Check each named module on its own; `critical` means every module marked critical.'),
    'min-changed-lines': count
      .optional()
      .describe(
        'Patch scope: below this many changed coverable lines the gate reports "not enough changed lines".',
      ),
  })
  .describe('Coverage of the merged coverage reports.');

const perSeverity = z
  .strictObject(
    Object.fromEntries(SEVERITIES.map((name) => [name, count.optional()])) as Record<
      (typeof SEVERITIES)[number],
      z.ZodOptional<typeof count>
    >,
  )
  .describe('Most findings allowed at each listed severity, e.g. { critical: 0, high: 0, medium: 5 }.');

const sastCheck = z
  .strictObject({
    severity: severity.optional().describe('Count findings of this severity or worse (default high).'),
    max: z
      .union([count, perSeverity], {
        error: 'expected a count, or a limit per severity such as { high: 0, medium: 5 }',
      })
      .optional()
      .describe('Most findings allowed (default 0), or a limit per severity (then leave out `severity`).'),
    scope: z
      .enum(['all', 'new', 'changed-files'])
      .optional()
      .describe(
        'All open findings; only new ones (absent from --base-sast, else on lines the diff adds or changes); or those in files the diff touches (default all).',
      ),
    'min-confidence': z
      .enum(['high', 'medium', 'low'])
      .optional()
      .describe('Leave out findings the tool rates below this confidence (unrated findings always count).'),
    'allow-incomplete': z
      .boolean()
      .optional()
      .describe('Accept scanner runs that did not complete (default false).'),
    tools: z.array(z.string().min(1)).optional().describe('Only findings of these tools (case-insensitive).'),
  })
  .describe('Open, unsuppressed, unwaived SAST findings.');

const issuesCheck = z
  .strictObject({
    state: z.enum(['open', 'closed', 'any']).optional().describe('Item state (default open).'),
    priority: z
      .union([priority, z.array(priority)])
      .optional()
      .describe('A priority means "this or more urgent"; a list means exactly those.'),
    severity: severity.optional().describe('This severity or worse.'),
    overdue: z.boolean().optional().describe('Only items whose due date has passed.'),
    modules: moduleRefs.optional().describe('Only items of these modules.'),
    labels: z.array(z.string().min(1)).optional().describe('Only items carrying one of these labels.'),
    max: count.optional().describe('Most items allowed (default 0).'),
  })
  .describe('Tracked items (issues and checklist items) matching a filter.');

const checklistCheck = z
  .strictObject({
    file: globs.optional().describe('Only checklists read from files matching these globs.'),
    section: z
      .string()
      .min(1)
      .optional()
      .describe('Only items under a heading with this text (case-insensitive).'),
    'min-done': percent.describe('Minimum share of items done, in percent.'),
  })
  .describe('Completion of markdown checklists.');

const todosCheck = z
  .strictObject({
    scope: z.enum(['all', 'new']).optional(),
    max: count.optional(),
  })
  .describe('TODO/FIXME comments.');

const gate = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id such as "coverage-overall"')
    .describe('Unique id; a gate with the id of an inherited gate overrides it.'),
  level: z
    .enum(['block', 'warn', 'info', 'off'])
    .optional()
    .describe(
      'block → no-go on failure, warn → go-with-warnings, info → shown only, off → removed (default block).',
    ),
  description: z.string().optional(),
  'if-missing': z
    .enum(['fail', 'skip'])
    .optional()
    .describe('When the gate input is configured but missing or empty: fail (default) or skip.'),
  coverage: coverageCheck.optional(),
  sast: sastCheck.optional(),
  issues: issuesCheck.optional(),
  checklist: checklistCheck.optional(),
  todos: todosCheck.optional(),
});

const moduleDef = z.strictObject({
  paths: z.array(z.string().min(1)).min(1).describe('Globs of repo-relative paths.'),
  critical: z.boolean().optional(),
});

const waiver = z.strictObject({
  gate: z.string().optional().describe('Only for this gate id.'),
  match: z.string().min(1).describe('A fingerprint, a rule id, `rule:path-glob`, or a path glob.'),
  reason: z.string().min(1),
  owner: z.string().min(1).optional().describe('Who accepted the risk (shown in the report).'),
  expires: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
    .optional()
    .describe('Last day the waiver applies.'),
});

const weight = z.number().min(0);

const patterns = z
  .array(z.string().min(1))
  .describe(
    'Regular expressions matched against whole labels, case-insensitive; the first group is the value.',
  );

const labelConventions = z
  .strictObject({
    priority: patterns
      .optional()
      .describe('Labels carrying a priority, e.g. "^P([0-4])$" (tried before the defaults).'),
    severity: patterns.optional().describe('Labels carrying a severity, e.g. "^severity/(.+)$".'),
    module: patterns.optional().describe('Labels naming a module, e.g. "^area/(.+)$".'),
    blocking: patterns.optional().describe('Labels that mark a release blocker, e.g. "^blocker$".'),
  })
  .describe(
    'How tracker labels carry priority, severity, module and blocking; the defaults are always tried after.',
  );

const fileTracker = z.strictObject({ file: globs.describe('Markdown checklists or issue exports (globs).') });

const labelPattern = z.union([z.string().min(1), z.array(z.string().min(1))]);
const githubTracker = z.strictObject({
  github: z
    .strictObject({
      repo: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name')
        .optional()
        .describe('owner/name; default: the repository the Action or App runs for.'),
      state: z
        .enum(['open', 'all'])
        .optional()
        .describe('Which issues to read (default all: closed ones count as done).'),
      'priority-labels': labelPattern.optional(),
      'severity-labels': labelPattern.optional(),
      'module-labels': labelPattern.optional(),
      'blocking-labels': labelPattern.optional(),
    })
    .describe('The issues of a GitHub repository, read through the API by the Action and the App.'),
});

const days = z.number().int().positive();
const risk = z
  .strictObject({
    'sla-days': z
      .strictObject({
        P0: days.optional(),
        P1: days.optional(),
        P2: days.optional(),
        P3: days.optional(),
        P4: days.optional(),
      })
      .optional()
      .describe('Days an item may stay open per priority when it has no due date (default 7/30/90/120/180).'),
  })
  .describe('Risk scoring of open tracked items.');

/** Schema of one rules file, before `extends` is resolved. */
export const rulesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    _extends: z
      .string()
      .regex(
        /^(?:[\w.-]+\/)?[\w.-]+(?::[^\s:]+)?$/,
        'expected repo, owner/repo or owner/repo:path/to/file.yml',
      )
      .optional()
      .describe(
        'For the App: the rules of another repository to build on (`repo`, `owner/repo`, `owner/repo:path`; `.github` is the organization’s), read from its default branch.',
      ),
    app: z
      .strictObject({
        workflows: z
          .array(z.string().min(1))
          .optional()
          .describe(
            'Workflows (names or files) whose runs for the commit the App waits for; default: every run.',
          ),
        artifacts: z
          .array(z.string().min(1))
          .optional()
          .describe('Artifact names (globs) the App reads reports from; default: every artifact.'),
        'timeout-minutes': z
          .number()
          .int()
          .positive()
          .optional()
          .describe('Minutes to wait for the workflows before concluding "action required" (default 60).'),
      })
      .optional()
      .describe('How the GitHub App finds the reports of a commit.'),
    todos: z
      .strictObject({
        keywords: z
          .array(z.string().regex(/^[\p{L}\p{N}_-]+$/u, 'expected a word such as TODO'))
          .min(1)
          .optional()
          .describe('Words that mark a TODO (default TODO, FIXME, HACK, XXX, BUG), matched as whole words.'),
        'case-sensitive': z
          .boolean()
          .optional()
          .describe('Match the keywords’ case exactly (default true: "Todo list" and "todos" are prose).'),
        exclude: z
          .array(z.string().min(1))
          .optional()
          .describe(
            'Globs of files never scanned, besides .gitignore’d, vendored, generated, minified and binary files.',
          ),
        labels: z
          .array(z.string().min(1).max(50))
          .optional()
          .describe('Labels put on every TODO issue, besides `todo` and those of the TODO’s metadata.'),
        'max-new-issues': z
          .number()
          .int()
          .min(0)
          .optional()
          .describe('Most issues one run opens (default 25); the rest wait for the next runs.'),
        issues: z
          .enum(['off', 'dry-run', 'on'])
          .optional()
          .describe(
            'For the App: keep one issue per TODO of the default branch on each push (default off). The Action uses its `todo-issues` input.',
          ),
      })
      .optional()
      .describe('TODO/FIXME comments: what counts, what is scanned, and their issues.'),
    extends: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .describe('Presets (recommended, mvp-plus, production-readiness) or paths relative to this file.'),
    inputs: z
      .strictObject({
        coverage: globs.optional(),
        sast: globs.optional(),
        trackers: z
          .union([z.string().min(1), z.array(z.union([z.string().min(1), fileTracker, githubTracker]))])
          .optional()
          .describe(
            'Tracker files (globs), `{ file: … }` entries, and `{ github: { … } }` for the repository’s issues.',
          ),
        'path-mappings': z
          .array(z.string().min(1))
          .optional()
          .describe(
            'Coverage path rewrites "before::after", applied before matching report paths to repository files.',
          ),
        'max-unresolved-paths': z
          .number()
          .min(0)
          .max(100)
          .optional()
          .describe(
            'Coverage gates fail when more than this percent of report files match no repository file (default 50).',
          ),
        labels: labelConventions.optional(),
      })
      .optional()
      .describe('Report globs, relative to the repository root.'),
    risk: risk.optional(),
    modules: z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/), moduleDef).optional(),
    gates: z.array(gate).optional(),
    readiness: z
      .strictObject({
        go: z.strictObject({ 'min-score': z.number().min(0).max(100).optional() }).optional(),
        weights: z
          .strictObject({
            coverage: weight.optional(),
            security: weight.optional(),
            issues: weight.optional(),
            checklist: weight.optional(),
          })
          .optional(),
      })
      .optional(),
    waivers: z.array(waiver).optional(),
  })
  .describe('gonogo gating rules');

/** One rules file as written. */
export type RulesFile = z.infer<typeof rulesFileSchema>;
/** One gate as written. */
export type GateFile = z.infer<typeof gate>;
