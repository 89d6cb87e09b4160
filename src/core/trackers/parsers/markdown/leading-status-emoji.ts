import type { ItemStatus } from '../../../model/tracked-item.js';
import { STATUS_EMOJI } from './status-vocabulary.js';

/** The status emoji a text starts with (`✅ Table créée`, `⚠️ /ds-metrics non présent`), or `null`. */
export function leadingStatusEmoji(text: string): ItemStatus | null {
  const first = text.replace(/^[\s\uFE0E\uFE0F]+/u, '').codePointAt(0);
  return first === undefined ? null : (STATUS_EMOJI.get(String.fromCodePoint(first)) ?? null);
}
