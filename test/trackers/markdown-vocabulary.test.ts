import { describe, expect, it } from 'vitest';
import { planDate } from '../../src/core/trackers/parsers/markdown/plan-date.js';
import { priorityInField } from '../../src/core/trackers/parsers/markdown/priority-in-field.js';
import { priorityInHeading } from '../../src/core/trackers/parsers/markdown/priority-in-heading.js';
import { readHeading } from '../../src/core/trackers/parsers/markdown/read-heading.js';
import { statusOfText } from '../../src/core/trackers/parsers/markdown/status-of-text.js';

describe('statusOfText', () => {
  it.each([
    ['✅ **COMPLÉTÉ ET TESTÉ**', 'done'],
    ['✅ IMPLÉMENTÉ (2026-02-11)', 'done'],
    ['Terminée', 'done'],
    ['fait', 'done'],
    ['complete', 'done'],
    ['🔄 **EN COURS** (structure créée, 3 endpoints validés)', 'in-progress'],
    ['✅ EN COURS', 'in-progress'],
    ['In progress', 'in-progress'],
    ['⚠️ PARTIELLEMENT IMPLÉMENTÉ', 'partial'],
    ['partially done', 'partial'],
    ['Bloqué (attente licence)', 'blocked'],
    ['blocked', 'blocked'],
    ['à faire', 'todo'],
    ['NON IMPLÉMENTÉ', 'todo'],
    ['not started', 'todo'],
    ['⏳ Pending', 'todo'],
    ['N/A', 'dropped'],
    ["won't do", 'dropped'],
    ['Annulé', 'dropped'],
    ['✅', 'done'],
    ['☑️', 'done'],
    ['✔️', 'done'],
    ['🚧', 'in-progress'],
    ['⏳', 'in-progress'],
    ['⚠️', 'partial'],
    ['⚠', 'partial'],
    ['❌', 'blocked'],
    ['⛔', 'blocked'],
    ['🚫', 'blocked'],
  ])('%s → %s', (text, status) => {
    expect(statusOfText(text)).toEqual({ status, unknown: null });
  });

  it('names the first word of a text it cannot read, and none for an empty one', () => {
    expect(statusOfText('🤔 **Peut-être** plus tard')).toEqual({ status: null, unknown: 'Peut-être' });
    expect(statusOfText('incomplete')).toEqual({ status: 'todo', unknown: null });
    expect(statusOfText('**')).toEqual({ status: null, unknown: null });
  });
});

describe('readHeading', () => {
  it.each([
    [
      '✅ 5. Missing Idempotency',
      { title: '5. Missing Idempotency', number: '5', hashed: false, marker: 'done' },
    ],
    [
      '⚠️ 12. No Rate Limiting',
      { title: '12. No Rate Limiting', number: '12', hashed: false, marker: 'partial' },
    ],
    [
      '1.1 Instrumenter latence p50/p95 ✅ COMPLÉTÉ',
      { title: '1.1 Instrumenter latence p50/p95', number: '1.1', hashed: false, marker: 'done' },
    ],
    [
      '3.1 Augmenter couverture à 70% ✅ EN COURS',
      { title: '3.1 Augmenter couverture à 70%', number: '3.1', hashed: false, marker: 'in-progress' },
    ],
    [
      '✅ #12 - Rate Limiting (partiel)',
      { title: '#12 - Rate Limiting', number: '12', hashed: true, marker: 'partial' },
    ],
    [
      '1. Configuration HTTPS/TLS (2-3h)',
      { title: '1. Configuration HTTPS/TLS (2-3h)', number: '1', hashed: false, marker: null },
    ],
    [
      '2026-02-13 - Implémentation Tests (#9)',
      { title: '2026-02-13 - Implémentation Tests (#9)', number: null, hashed: false, marker: null },
    ],
    [
      '🚨 CRITICAL (Bloqueurs) - Score: 4/4 ✅ 100%',
      { title: '🚨 CRITICAL (Bloqueurs) - Score: 4/4 ✅ 100%', number: null, hashed: false, marker: null },
    ],
    ['Sécurité (85% ✅)', { title: 'Sécurité (85% ✅)', number: null, hashed: false, marker: null }],
  ])('%s', (text, expected) => {
    const reading = readHeading(text);
    expect({ ...reading, marker: reading.marker?.status ?? null }).toEqual(expected);
  });
});

describe('priority readings', () => {
  it.each([
    ['🔴 PHASE 1 : CRITIQUE (1-2 semaines)', 'critique', 'P0', 'CRITIQUE'],
    ['🟡 PHASE 3 : MOYENNE PRIORITÉ', 'moyenne', 'P2', 'MOYENNE'],
    ['⚠️ HIGH (Importants)', 'high', null, 'HIGH'],
    ['Sécurité (🔴 Critique)', 'critique', 'P0', '🔴 Critique'],
    ['Infrastructure (🟠 Important)', null, 'P1', '🟠 Important'],
    ['Sprint 1: HIGH Priority Restantes', 'high', null, 'HIGH'],
    ['Priorité haute', 'haute', null, 'haute'],
    ['P1 — before launch', 'p1', null, 'P1'],
  ])('heading %s', (text, word, colour, raw) => {
    expect(priorityInHeading(text)).toEqual({ word, colour, raw });
  });

  it.each(['High availability', 'LOW-LEVEL API', 'MAJOR CHANGES', 'Critical path analysis', 'P95 latency'])(
    'heading %s gives no priority',
    (text) => {
      expect(priorityInHeading(text)).toBeNull();
    },
  );

  it('reads a field value up to its explanation', () => {
    expect(priorityInField('HAUTE - Essentiel pour debugging production')).toEqual({
      word: 'haute',
      colour: null,
      raw: 'HAUTE',
    });
    expect(priorityInField('🔴 CRITIQUE (après HTTPS)')).toEqual({
      word: 'critique',
      colour: 'P0',
      raw: '🔴 CRITIQUE',
    });
    expect(priorityInField('Élevée')).toEqual({ word: 'élevée', colour: null, raw: 'Élevée' });
    expect(priorityInField('whenever')).toEqual({ word: null, colour: null, raw: 'whenever' });
    expect(priorityInField('  ')).toBeNull();
  });
});

describe('planDate', () => {
  it.each([
    ['2025-11-01', '2025-11-01'],
    ['2025-02-03T18:30:00-08:00', '2025-02-03'],
    ['2025-02-03 23:59', '2025-02-03'],
    ['Décembre 2025', '2025-12-31'],
    ['Feb 2024', '2024-02-29'],
    ['T1 2026', '2026-03-31'],
    ['Q4 2025', '2025-12-31'],
    ['H1 2026', '2026-06-30'],
  ])('%s → %s', (text, date) => {
    expect(planDate(text)).toEqual({ date, understood: true });
  });

  it.each(['—', '-', 'TBD', 'À définir', 'n/a', ''])('%s means no date', (text) => {
    expect(planDate(text)).toEqual({ date: null, understood: true });
  });

  it.each(['21/10/2025', 'bientôt', '2025-02-30', 'J+7', 'Q5 2025'])('%s is not understood', (text) => {
    expect(planDate(text)).toEqual({ date: null, understood: false });
  });
});
