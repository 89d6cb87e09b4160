import type { ItemStatus } from '../../../model/tracked-item.js';

/**
 * Status words in English and French, as `matchable` text (no accents, lower case), by the status they mean.
 * Negated and partial forms (`non implémenté`, `partiellement implémenté`) start earlier in the text than the word
 * they qualify, and the earliest word wins, so they are read as written.
 */
export const STATUS_WORDS: readonly (readonly [ItemStatus, RegExp])[] = [
  [
    'dropped',
    /n\/a|won'?t (?:do|fix)|wontfix|dropped|abandon(?:ne|nee|nes|nees|ed)?|cancell?ed|annulee?s?|out of scope|hors (?:scope|perimetre)|obsolete|duplicate|doublon|not planned|skipped/,
  ],
  [
    'todo',
    /to ?do|a faire|reste a faire|not (?:started|done|implemented|complete|completed|finished|yet)|(?:non|pas) (?:commencee?s?|demarree?s?|faite?s?|implementee?s?|terminee?s?|traitee?s?|realisee?s?)|incomplete|open|pending|planned|planifiee?s?|prevue?s?|backlog|new|nouveau|draft|proposed|en attente/,
  ],
  ['blocked', /blocked|bloquee?s?|on hold|en pause|stuck/],
  ['partial', /partial(?:ly)?|partiel(?:le)?s?|partiellement/],
  [
    'in-progress',
    /in progress|en cours|wip|ongoing|doing|started|in review|en revue|en test|testing|in development|en developpement|demarree?|commencee?/,
  ],
  [
    'done',
    /done|complete[ds]?|completee?s?|complet|terminee?s?|finie?s?|faite?s?|implemented|implementee?s?|resolved|resolue?s?|fixed|corrigee?s?|closed|fermee?s?|cloturee?s?|validated|validee?s?|ok|shipped|livree?s?|merged|deployed|deployee?s?|finished|achieved|reussie?s?/,
  ],
];

/** Status emoji, by the status they mean (variation selectors stripped). */
export const STATUS_EMOJI: ReadonlyMap<string, ItemStatus> = new Map<string, ItemStatus>([
  ['✅', 'done'],
  ['☑', 'done'],
  ['✔', 'done'],
  ['✓', 'done'],
  ['🔄', 'in-progress'],
  ['🚧', 'in-progress'],
  ['⏳', 'in-progress'],
  ['⌛', 'in-progress'],
  ['⚠', 'partial'],
  ['❌', 'blocked'],
  ['⛔', 'blocked'],
  ['🚫', 'blocked'],
  ['🛑', 'blocked'],
]);
