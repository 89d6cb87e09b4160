import type { RiskedItem } from '../risk/summarize-trackers.js';

/**
 * A tracked item as JSON documents print it: the DESIGN.md fields first (`key` … `risk`, `reasons`), then what
 * else the importers know. The body is left out (it can be long; the tracker has it).
 */
export function trackedItemJson(item: RiskedItem) {
  return {
    key: item.key,
    title: item.title,
    state: item.state,
    status: item.status,
    priority: item.priority,
    severity: item.severity,
    module: item.module,
    due: item.due,
    parent: item.parent,
    risk: item.risk,
    reasons: item.reasons,
    domains: item.domains,
    daysOverdue: item.daysOverdue,
    url: item.url,
    labels: item.labels,
    assignees: item.assignees,
    created: item.created,
    updated: item.updated,
    stateReason: item.stateReason,
    progress: item.progress,
    rawPriority: item.rawPriority,
    blocking: item.blocking,
    section: item.section,
    source: item.source,
  };
}
