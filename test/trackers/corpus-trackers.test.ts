import { existsSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';
import { markdownTasksParser } from '../../src/core/trackers/parsers/markdown-tasks-parser.js';
import {
  expectWellFormed,
  filesIn,
  read,
  referenceHeadings,
  referenceTasks,
  shared,
  tally,
} from './markdown-reference.js';

const corpus = new URL('corpus/', shared);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-trackers: ${corpus.pathname} not found, corpus tests skipped`);

function itemTitled(report: TrackerReport, title: string): TrackedItem {
  const item = report.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item "${title}" in ${report.source}`);
  return item;
}

/**
 * Per file: task items and checked ones (MANIFEST.tsv notes; jelly counted by hand: 9 items, 1 checked) and heading
 * items (headings with their own `**Priorité** :` line: datamortem's 13 numbered actions).
 */
const KNOWN_COUNTS: Readonly<Record<string, { tasks: number; done: number; headings: number }>> = {
  'markdown-checklist/issue-template-fr-domains.md': { tasks: 15, done: 0, headings: 0 },
  'markdown-checklist/prod-ready-roadmap-datamortem.md': { tasks: 77, done: 5, headings: 13 },
  'markdown-checklist/production-checklist-fr-uranus.md': { tasks: 87, done: 0, headings: 0 },
  'markdown-checklist/roadmap-fr-mymozaica.md': { tasks: 86, done: 17, headings: 0 },
  'markdown-checklist/todo-setext-jelly.md': { tasks: 9, done: 1, headings: 0 },
};

describe.skipIf(!hasCorpus)('corpus: markdown checklists', () => {
  const files = filesIn(corpus, 'markdown-checklist', /\.md$/i);
  const parse = (path: string): TrackerReport => parseTracker(read(corpus, path), path);

  it('holds the five markdown checklists', () => {
    expect(files).toEqual(Object.keys(KNOWN_COUNTS));
  });

  it.each(files)('%s: task and heading items match an independent reading', (path) => {
    const text = read(corpus, path);
    const report = parse(path);
    expect(report.format).toBe('markdown');
    expectWellFormed(report);
    const tasks = referenceTasks(text);
    const headings = referenceHeadings(text);
    expect(report.items.map((item) => item.source.line)).toEqual(
      [...tasks.map((task) => task.line), ...headings.map((heading) => heading.line)].sort((a, b) => a - b),
    );
    const byLine = new Map(report.items.map((item) => [item.source.line, item]));
    expect(tasks.map((task) => byLine.get(task.line)?.status)).toEqual(tasks.map((task) => task.status));
    const known = KNOWN_COUNTS[path];
    expect({
      tasks: tasks.length,
      done: tasks.filter((task) => task.status === 'done').length,
      headings: headings.length,
    }).toEqual(known);
    expect(report.warnings).toEqual([]);
  });

  it('todo-setext-jelly.md: setext sections, items indented by one space', () => {
    const report = parse('markdown-checklist/todo-setext-jelly.md');
    expect(itemTitled(report, 'Add repeat loop')).toMatchObject({
      status: 'done',
      section: ['TODO', 'Library', 'core'],
    });
    expect(itemTitled(report, 'Refactor ExpressionParser.').section).toEqual(['TODO', 'Parser']);
    // Indented by two spaces under a one-space item whose text starts at column 4: a sibling, not a child.
    const hidden = report.items.find((item) => item.title.startsWith('hidden variables'));
    expect(hidden).toMatchObject({ parent: null, source: { line: 13 } });
  });

  it('roadmap-fr-mymozaica.md: bold titles, parents through plain bullets, ✅ details as progress', () => {
    const path = 'markdown-checklist/roadmap-fr-mymozaica.md';
    const report = parse(path);
    const gitRemote = itemTitled(report, 'Vérifier le remote Git');
    expect(gitRemote).toMatchObject({
      status: 'done',
      parent: null,
      priority: null,
      progress: { done: 1, total: 1 },
      section: [
        '🗺️ ROADMAP V1 - My Mozaïca',
        '🧹 PHASE 1 : ASSAINISSEMENT (CLEANUP)',
        '1.1 Configuration Git & Remote',
      ],
    });
    // Its "Statut : OK" sub-bullet is a detail of the task, not a field of section 1.1: no heading item.
    expect(gitRemote.body).toContain('Statut : OK');
    const refactor = itemTitled(report, 'Refactorisation complète avec Admin Client');
    expect(itemTitled(report, 'Dans signupWithProfile() :').parent).toBe(refactor.key);
    const endToEnd = itemTitled(report, 'Test du parcours complet');
    expect(itemTitled(report, 'Aller sur https://votre-app.vercel.app/').parent).toBe(endToEnd.key);
    // The "Vue d'ensemble" table (Phase | Statut | Progression) restates the phases: not items.
    expect(report.items.some((item) => item.title.includes('Phase 1'))).toBe(false);
  });

  it('production-checklist-fr-uranus.md: inline code flattened, emoji headings kept', () => {
    const report = parse('markdown-checklist/production-checklist-fr-uranus.md');
    expect(report.items[0]).toMatchObject({
      title: 'DEBUG = False dans les settings de production',
      status: 'todo',
      priority: null,
      section: ['✅ Checklist de Production - Uranus Group', '🔐 Sécurité', 'Configuration de Base'],
    });
  });

  it('prod-ready-roadmap-datamortem.md: numbered actions are items, their tasks their children', () => {
    const path = 'markdown-checklist/prod-ready-roadmap-datamortem.md';
    const text = read(corpus, path);
    const report = parse(path);
    const headings = referenceHeadings(text);
    const tasks = referenceTasks(text);
    // Each action's tasks are the task lines between its heading and the next heading.
    const sections = referenceHeadings(text, false);
    for (const heading of headings) {
      const next = sections.find((section) => section.line > heading.line)?.line ?? Infinity;
      const own = tasks.filter((task) => task.line > heading.line && task.line < next);
      const item = report.items.find((candidate) => candidate.source.line === heading.line);
      expect(item?.title).toBe(heading.heading.replace(/`/g, '').trim());
      expect(item?.progress).toEqual({
        done: own.filter((t) => t.status === 'done').length,
        total: own.length,
      });
      for (const task of own)
        expect(report.items.find((i) => i.source.line === task.line)?.parent).toBe(item?.key);
    }
    // Priorité lines: 🔴 CRITIQUE, 🟠 IMPORTANT, 🟡 RECOMMANDÉ; the colour ranks the words the ladder lacks.
    const wordOf = (value: string | null): string =>
      /CRITIQUE|IMPORTANT|RECOMMAND/.exec(value ?? '')?.[0] ?? '?';
    expect(tally(headings.map((heading) => wordOf(heading.priority)))).toEqual({
      CRITIQUE: 4,
      IMPORTANT: 4,
      RECOMMAND: 5,
    });
    const headingItems = report.items.filter((item) => headings.some((h) => h.line === item.source.line));
    expect(tally(headingItems.map((item) => item.priority))).toEqual({ P0: 4, P1: 4, P2: 5 });
    expect(tally(headingItems.map((item) => item.status))).toEqual({ todo: 13 });
    expect(itemTitled(report, '5. Backups automatiques (3-4h)').rawPriority).toBe('🟠 IMPORTANT');
  });

  it('prod-ready-roadmap-datamortem.md: ✅ bullets are not task items, section priorities reach the tasks', () => {
    const report = parse('markdown-checklist/prod-ready-roadmap-datamortem.md');
    expect(report.items.some((item) => item.title.includes('Rate Limiting'))).toBe(false);
    expect(itemTitled(report, 'Rate limiting implémenté')).toMatchObject({
      status: 'done',
      priority: 'P0',
      rawPriority: '🔴 Critique',
      parent: null,
      section: [
        'Roadmap Production Ready - Requiem',
        '✅ Checklist finale avant production',
        'Sécurité (🔴 Critique)',
      ],
    });
    expect(itemTitled(report, 'Runbook opérationnel')).toMatchObject({
      priority: 'P2',
      rawPriority: '🟡 Recommandé',
    });
  });
});

describe.skipIf(!hasCorpus)('corpus: JSON and XML reports are not taken for markdown', () => {
  const folders = hasCorpus
    ? readdirSync(corpus).filter((name) => statSync(new URL(name, corpus)).isDirectory())
    : [];
  const files = folders.flatMap((folder) => filesIn(corpus, folder, /\.(json|sarif|xml)$/i));

  it.each(files)('%s', (path) => {
    expect(markdownTasksParser.detect(read(corpus, path).slice(0, 8192))).toBe(false);
  });
});
