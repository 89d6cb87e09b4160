/** What a `Name: value` line or a table column says about an item. */
export type FieldKind = 'status' | 'priority' | 'severity' | 'owner' | 'due' | 'module' | 'title';

/**
 * Field names in English and French, as `matchable` text, by what they give. `title` names only table columns
 * (the column that names each row's task). Other names (`Effort`, `Impact`, `DDL`) are read as body text.
 */
export const FIELD_NAMES: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ...(['status', 'statut', 'state', 'etat'] as const).map((name) => [name, 'status'] as const),
  ...(['priority', 'priorite', 'prio'] as const).map((name) => [name, 'priority'] as const),
  ...(['severity', 'severite', 'sev', 'gravite'] as const).map((name) => [name, 'severity'] as const),
  ...(
    [
      'owner',
      'owners',
      'assignee',
      'assignees',
      'assigned to',
      'assigne',
      'assigne a',
      'responsable',
      'porteur',
    ] as const
  ).map((name) => [name, 'owner'] as const),
  ...(
    ['due', 'due date', 'deadline', 'echeance', 'date limite', "date d'echeance", 'target date'] as const
  ).map((name) => [name, 'due'] as const),
  ...(['module', 'component', 'composant', 'area', 'domain', 'domaine'] as const).map(
    (name) => [name, 'module'] as const,
  ),
  ...(
    [
      'action',
      'task',
      'tache',
      'item',
      'title',
      'titre',
      'issue',
      'ticket',
      'feature',
      'fonctionnalite',
      'story',
      'deliverable',
      'livrable',
    ] as const
  ).map((name) => [name, 'title'] as const),
]);
