import type { TrackedItem } from '../model/tracked-item.js';
import { DOMAIN_VOCABULARY, DOMAINS } from './domains.js';
import type { Domain } from './domains.js';

/** Lower case, accents removed, every run of non-letters and non-digits one space, padded for phrase search. */
function normalize(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

const PHRASES = DOMAINS.map((domain) => ({
  domain,
  phrases: DOMAIN_VOCABULARY[domain].map((phrase) => ` ${normalize(phrase).trim()} `),
}));

/** The domains whose vocabulary a text mentions, in `DOMAINS` order. */
function domainsIn(text: string): Domain[] {
  const normalized = normalize(text);
  return PHRASES.filter(({ phrases }) => phrases.some((phrase) => normalized.includes(phrase))).map(
    ({ domain }) => domain,
  );
}

/**
 * The readiness domains of an item: from its labels when they name any (`security`, `area/gdpr`), else from its
 * title, else from its body (its section headings count with the title). Labels are the team's own
 * classification, so they win over words that merely appear in the text.
 */
export function classifyDomains(item: TrackedItem): {
  domains: Domain[];
  from: 'labels' | 'title' | 'body' | null;
} {
  const fromLabels = domainsIn(item.labels.join(' , '));
  if (fromLabels.length) return { domains: fromLabels, from: 'labels' };
  const fromTitle = domainsIn([item.title, ...item.section].join(' , '));
  if (fromTitle.length) return { domains: fromTitle, from: 'title' };
  const fromBody = item.body ? domainsIn(item.body) : [];
  if (fromBody.length) return { domains: fromBody, from: 'body' };
  return { domains: [], from: null };
}
