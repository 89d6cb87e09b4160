import * as z from 'zod';
import { ConfigError } from '../core/errors/config-error.js';

/** The Action's inputs (action.yml), validated. */
export interface ActionInputs {
  config: string | undefined;
  coverage: string[];
  sast: string[];
  trackers: string[];
  token: string;
  checkName: string;
  comment: 'update' | 'off';
  failOnNoGo: boolean;
  failOnPublishError: boolean;
  todoIssues: 'off' | 'dry-run' | 'on';
  /** Most TODO issues one run opens; `null` takes the rules' `todos.max-new-issues` (25). */
  maxNewIssues: number | null;
}

const list = (value: string) =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

const flag = (name: string) =>
  z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(['true', 'false', ''], { error: `${name}: expected true or false` }))
    .transform((value) => value !== 'false');

const schema = z.object({
  config: z.string().transform((value) => value.trim() || undefined),
  coverage: z.string().transform(list),
  sast: z.string().transform(list),
  trackers: z.string().transform(list),
  token: z.string(),
  'check-name': z
    .string()
    .transform((value) => value.trim() || 'gonogo')
    .pipe(
      z
        .string()
        .max(100, 'check-name: at most 100 characters')
        // It is written into hidden HTML comments that find the check run and the comment again.
        .regex(/^[^<>]*$/, 'check-name: no "<" or ">"')
        .refine((value) => !value.includes('--'), 'check-name: no "--"'),
    ),
  comment: z
    .string()
    .transform((value) => value.trim().toLowerCase() || 'update')
    .pipe(z.enum(['update', 'off'], { error: 'comment: expected "update" or "off"' })),
  'fail-on-no-go': flag('fail-on-no-go'),
  'fail-on-publish-error': flag('fail-on-publish-error'),
  'todo-issues': z
    .string()
    .transform((value) => value.trim().toLowerCase() || 'off')
    .pipe(z.enum(['off', 'dry-run', 'on'], { error: 'todo-issues: expected "off", "dry-run" or "on"' })),
  'max-new-issues': z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().regex(/^\d*$/, 'max-new-issues: expected a whole number such as 25'))
    .transform((value) => (value === '' ? null : Number(value))),
});

/**
 * Reads and validates the inputs through `getInput` (`core.getInput` in the Action). An invalid value is a
 * `ConfigError` naming the input and what it accepts.
 */
export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, getInput(name)]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`action input ${issue?.message ?? 'invalid'}`);
  }
  const value = parsed.data;
  return {
    config: value.config,
    coverage: value.coverage,
    sast: value.sast,
    trackers: value.trackers,
    token: value.token,
    checkName: value['check-name'],
    comment: value.comment,
    failOnNoGo: value['fail-on-no-go'],
    failOnPublishError: value['fail-on-publish-error'],
    todoIssues: value['todo-issues'],
    maxNewIssues: value['max-new-issues'],
  };
}
