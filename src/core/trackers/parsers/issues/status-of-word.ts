import type { ItemStatus } from '../../../model/tracked-item.js';

// Workflow words of Jira's default workflows and the ones teams add most, with the Portuguese and French
// translations Jira and Linear show for them. Linear's defaults (Triage, Backlog, Todo, In Progress, In Review,
// Done, Canceled, Duplicate) are among them, so both importers read statuses through this one table.
const WORDS: Readonly<Record<ItemStatus, readonly string[]>> = {
  todo: [
    'to do',
    'todo',
    'open',
    'new',
    'backlog',
    'triage',
    'selected for development',
    'ready for development',
    'reopened',
    'a fazer',
    'tarefas pendentes',
    'aberto',
    'aberta',
    'à faire',
    'a faire',
    'ouvert',
    'nouveau',
  ],
  'in-progress': [
    'in progress',
    'in review',
    'code review',
    'review',
    'in development',
    'in dev',
    'doing',
    'in testing',
    'in qa',
    'em andamento',
    'em progresso',
    'em revisão',
    'en cours',
    'en revue',
  ],
  partial: [],
  blocked: ['blocked', 'on hold', 'impeded', 'bloqueado', 'bloqueada', 'bloqué', 'bloquée'],
  done: [
    'done',
    'closed',
    'resolved',
    'complete',
    'completed',
    'fixed',
    'released',
    'shipped',
    'concluído',
    'concluída',
    'feito',
    'resolvido',
    'fechado',
    'terminé',
    'fait',
    'résolu',
    'fermé',
  ],
  dropped: [
    'cancelled',
    'canceled',
    'aborted',
    "won't do",
    "won't fix",
    'wont do',
    'wontfix',
    'rejected',
    'declined',
    'duplicate',
    'invalid',
    'obsolete',
    'abandoned',
    'not planned',
    'cancelado',
    'cancelada',
    'annulé',
    'abandonné',
  ],
};

const BY_WORD = new Map<string, ItemStatus>(
  (Object.entries(WORDS) as [ItemStatus, readonly string[]][]).flatMap(([status, words]) =>
    words.map((word) => [word, status] as const),
  ),
);

/**
 * The status a workflow word means (`In Review` → in-progress, `Cancelled` → dropped), case, spacing and the
 * typographic apostrophe aside; `null` for a word it does not know, which callers must not count as done.
 */
export function statusOfWord(word: string): ItemStatus | null {
  const key = word.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
  return BY_WORD.get(key) ?? null;
}
