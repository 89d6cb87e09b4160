import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';
import { markdownTasksParser } from '../../src/core/trackers/parsers/markdown-tasks-parser.js';

/** Real files from public projects and the seed documents, kept outside the project; never copied in. */
const shared = new URL('../../../shared/', import.meta.url);
const corpus = new URL('corpus/', shared);
const seeds = new URL('seeds/', shared);
const hasCorpus = existsSync(corpus);
const hasSeeds = existsSync(seeds);
if (!hasCorpus || !hasSeeds) {
  console.info(`corpus-trackers: ${shared.pathname}{corpus,seeds} not found, corpus and seed tests skipped`);
}

function filesIn(folder: URL, sub: string, pattern: RegExp): string[] {
  const url = new URL(`${sub}/`, folder);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((name) => pattern.test(name) && statSync(new URL(name, url)).isFile())
    .sort()
    .map((name) => `${sub}/${name}`);
}

const read = (folder: URL, path: string): string => readFileSync(new URL(path, folder), 'utf8');

/** A task item as the reference reads it: its line and the status its box and strikethrough give. */
interface ReferenceTask {
  line: number;
  status: 'todo' | 'done' | 'dropped';
}

/**
 * An independent reading of the task items of a markdown text, line by line with regular expressions, sharing no
 * code with the parser: a list marker (after any indentation and `>` quote markers), a `[ ]`, `[x]` or `[X]` box,
 * whitespace, then text. Lines inside fenced code (closed by a fence of the same character, at least as long) and
 * HTML comments are skipped. A text wholly between `~~` is dropped.
 */
function referenceTasks(text: string): ReferenceTask[] {
  const tasks: ReferenceTask[] = [];
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    const fenceMark = /^[ \t>]*(`{3,}|~{3,})/.exec(content)?.[1];
    if (fence) {
      const closes =
        fenceMark?.[0] === fence.char &&
        fenceMark.length >= fence.length &&
        /^[ \t>]*[`~]+[ \t]*$/.test(content);
      if (closes) fence = null;
      return;
    }
    if (inComment) {
      inComment = !content.includes('-->');
      return;
    }
    if (fenceMark) {
      fence = { char: fenceMark[0] ?? '', length: fenceMark.length };
      return;
    }
    if (/<!--(?!.*-->)/.test(content)) inComment = true;
    const task = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(\S.*)$/.exec(content);
    if (!task) return;
    const struck = /^~~[^~].*~~$/.test(task[2]?.trim() ?? '');
    tasks.push({ line: index + 1, status: struck ? 'dropped' : task[1] === ' ' ? 'todo' : 'done' });
  });
  return tasks;
}

const asReference = (report: TrackerReport): ReferenceTask[] =>
  report.items.map((item) => ({
    line: item.source.line ?? 0,
    status: item.status as ReferenceTask['status'],
  }));

const doneCount = (report: TrackerReport): number => report.items.filter((i) => i.status === 'done').length;

function itemTitled(report: TrackerReport, title: string): TrackedItem {
  const item = report.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item "${title}" in ${report.source}`);
  return item;
}

/** Task items and checked ones per file, from MANIFEST.tsv notes (jelly counted by hand: 9 items, 1 checked). */
const KNOWN_COUNTS: Readonly<Record<string, { items: number; done: number }>> = {
  'markdown-checklist/issue-template-fr-domains.md': { items: 15, done: 0 },
  'markdown-checklist/prod-ready-roadmap-datamortem.md': { items: 77, done: 5 },
  'markdown-checklist/production-checklist-fr-uranus.md': { items: 87, done: 0 },
  'markdown-checklist/roadmap-fr-mymozaica.md': { items: 86, done: 17 },
  'markdown-checklist/todo-setext-jelly.md': { items: 9, done: 1 },
  'seeds/000_d67674ef775966a0.txt': { items: 0, done: 0 },
  'seeds/001_282474eb57e9f76a.txt': { items: 71, done: 57 },
  'seeds/002_a253bbde7a105626.txt': { items: 0, done: 0 },
  'seeds/003_e4917ffb260c2d33.txt': { items: 7, done: 0 },
  'seeds/004_cc6e448aaeb7677d.txt': { items: 14, done: 3 },
};

/** Checks a parsed file against the independent reading and, when known, the expected counts. */
function expectMatchesReference(report: TrackerReport, text: string, path: string): void {
  expect(asReference(report)).toEqual(referenceTasks(text));
  const known = KNOWN_COUNTS[path];
  if (known) expect({ items: report.items.length, done: doneCount(report) }).toEqual(known);
  for (const item of report.items) {
    expect(item.title).not.toBe('');
    expect(item.title).not.toMatch(/\[[ xX]\]|\s{2}|^\s|\s$/);
  }
  if (report.items.length === 0)
    expect(report.warnings).toEqual([`${report.source}: no task-list items found`]);
  else expect(report.warnings).toEqual([]);
}

describe.skipIf(!hasCorpus)('corpus: markdown checklists', () => {
  const files = filesIn(corpus, 'markdown-checklist', /\.md$/i);
  const parse = (path: string): TrackerReport => parseTracker(read(corpus, path), path);

  it('holds markdown checklists', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: items and their status match an independent reading', (path) => {
    const report = parse(path);
    expect(report.format).toBe('markdown');
    expectMatchesReference(report, read(corpus, path), path);
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

  it('roadmap-fr-mymozaica.md: bold titles, parents through plain bullets and ordered lists', () => {
    const path = 'markdown-checklist/roadmap-fr-mymozaica.md';
    const report = parse(path);
    const gitRemote = itemTitled(report, 'Vérifier le remote Git');
    expect(gitRemote).toMatchObject({
      status: 'done',
      parent: null,
      section: [
        '🗺️ ROADMAP V1 - My Mozaïca',
        '🧹 PHASE 1 : ASSAINISSEMENT (CLEANUP)',
        '1.1 Configuration Git & Remote',
      ],
    });
    const refactor = itemTitled(report, 'Refactorisation complète avec Admin Client');
    expect(itemTitled(report, 'Dans signupWithProfile() :').parent).toBe(refactor.key);
    const endToEnd = itemTitled(report, 'Test du parcours complet');
    expect(itemTitled(report, 'Aller sur https://votre-app.vercel.app/').parent).toBe(endToEnd.key);
  });

  it('production-checklist-fr-uranus.md: inline code flattened, emoji headings kept', () => {
    const report = parse('markdown-checklist/production-checklist-fr-uranus.md');
    expect(report.items[0]).toMatchObject({
      title: 'DEBUG = False dans les settings de production',
      status: 'todo',
      section: ['✅ Checklist de Production - Uranus Group', '🔐 Sécurité', 'Configuration de Base'],
    });
  });

  it('prod-ready-roadmap-datamortem.md: ✅ bullets are not task items', () => {
    const report = parse('markdown-checklist/prod-ready-roadmap-datamortem.md');
    expect(report.items.some((item) => item.title.includes('Rate Limiting'))).toBe(false);
    expect(itemTitled(report, 'Rate limiting implémenté')).toMatchObject({
      status: 'done',
      section: [
        'Roadmap Production Ready - Requiem',
        '✅ Checklist finale avant production',
        'Sécurité (🔴 Critique)',
      ],
    });
  });
});

describe.skipIf(!hasSeeds)('seeds: markdown trackers', () => {
  const files = filesIn(seeds, '.', /\.txt$/).map((path) => path.replace(/^\.\//, ''));
  const parse = (path: string): TrackerReport => parseTracker(read(seeds, path), `seeds/${path}`);

  it.each(files)('%s: items and their status match an independent reading', (path) => {
    expectMatchesReference(parse(path), read(seeds, path), `seeds/${path}`);
  });

  it('001: every task item, done or not, under its section path', () => {
    const report = parse('001_282474eb57e9f76a.txt');
    const text = read(seeds, '001_282474eb57e9f76a.txt');
    expect(report.items).toHaveLength(text.match(/^- \[[ x]\] /gm)?.length ?? -1);
    expect(doneCount(report)).toBe(text.match(/^- \[x\] /gm)?.length);
    expect(report.items.length - doneCount(report)).toBe(text.match(/^- \[ \] /gm)?.length);
    // The file opens with two level-1 headings; the second one ("# Generated: …") replaces the first as the
    // outermost section, as in any outline.
    const title = 'Generated: Sprint 5 — Stabilisation Technique 90 jours';
    expect(itemTitled(report, 'Health endpoint (/health) — DB + Redis checks')).toMatchObject({
      status: 'done',
      state: 'closed',
      parent: null,
      section: [title, 'Infrastructure', 'FastAPI Backend'],
      source: { file: 'seeds/001_282474eb57e9f76a.txt', line: 7, kind: 'checklist' },
    });
    expect(itemTitled(report, 'Prometheus/Datadog integration (Sprint 6+)')).toMatchObject({
      status: 'todo',
      state: 'open',
      section: [title, 'Monitoring & Observability', 'Metrics'],
    });
    expect(itemTitled(report, 'API versioning strategy').section).toEqual([title, 'Remaining for Sprint 6+']);
    const bySection = new Map<string, string>();
    for (const item of report.items) {
      const section = item.section.slice(1).join(' › ');
      bySection.set(section, `${bySection.get(section) ?? ''}${item.status === 'done' ? 'x' : '.'}`);
    }
    expect(bySection.get('CI/CD › Tests')).toBe('xxx.');
    expect(bySection.get('CI/CD › Pipeline')).toBe('...');
    expect(bySection.get('Security › Database')).toBe('xxxx');
    expect(bySection.size).toBe(16);
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
