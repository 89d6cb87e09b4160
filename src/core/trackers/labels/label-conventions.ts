/**
 * How labels carry priority, severity, module and blocking. Each pattern is matched against the whole label,
 * case-insensitively; its first capture group is the value (`P1` → `1`, `priority::high` → `high`,
 * `area/billing` → `billing`). Configurable per tracker in the rules file.
 */
export interface LabelConventions {
  priority: readonly RegExp[];
  severity: readonly RegExp[];
  module: readonly RegExp[];
  /** Whole-label patterns (no capture) that mark an item as blocking a release. */
  blocking: readonly RegExp[];
}

/**
 * The conventions found in the wild: `P0`–`P4`, `priority/high`, `priority high`, `high-priority`, `priority::1` (GitLab scoped labels, split at
 * the last `::`), `severity/critical`, `sev1`, `S2`, a bare `critical`, `area/…`, `module/…`, `component/…`,
 * `blocker`, `release-blocker`.
 */
export const DEFAULT_LABEL_CONVENTIONS: LabelConventions = {
  priority: [
    /^p([0-4])$/i,
    /^(?:priority|prio|pri)(?:\s*(?:::|[/:=-])\s*|\s+)(?:.*::)?\s*(.+)$/i,
    /^(\w+)[ _-]priority$/i,
  ],
  severity: [
    /^(?:severity|sev)\s*(?:::|[/:=-])\s*(?:.*::)?\s*(.+)$/i,
    /^sev([0-4])$/i,
    /^s([1-4])$/i,
    /^(critical)$/i,
  ],
  module: [/^(?:area|module|component|comp|scope)\s*(?:::|[/:])\s*(?:.*::)?\s*(.+)$/i],
  blocking: [/^(?:release[-_ ]?)?blocker$/i, /^blocks?[-_ ]release$/i, /^ship[-_ ]?blocker$/i],
};
