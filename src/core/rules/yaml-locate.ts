import { EVENT_ID, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import type { FileLocation } from '../errors/input-error.js';
import { locationAt } from '../text/location-at.js';

/** Offsets of the nodes of a YAML document, by path: where each value starts, and where its key starts. */
export interface YamlPositions {
  value: Map<string, number>;
  key: Map<string, number>;
}

type Frame =
  | { kind: 'map'; path: string; isKey: boolean; awaitingKey: boolean; key: string }
  | { kind: 'seq'; path: string; isKey: boolean; index: number };

/** Joins a path the way zod reports it: `gates[2].coverage.min`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out === '' ? String(part) : `${out}.${String(part)}`;
  }, '');
}

function startOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  return 0;
}

/** Indexes the positions of every node of a YAML text. Returns empty maps when the text does not parse. */
export function indexYamlPositions(text: string): YamlPositions {
  const positions: YamlPositions = { value: new Map(), key: new Map() };
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return positions;
  }
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      const closed = stack.pop();
      const parent = stack.at(-1);
      // After a collection used as a key comes its value; after a collection used as a value, the next key.
      if (parent?.kind === 'map') parent.awaitingKey = !closed?.isKey;
      continue;
    }
    const parent = stack.at(-1);
    let path = '';
    if (parent?.kind === 'map') {
      if (parent.awaitingKey) {
        // A key: remember it and where it is; complex (non-scalar) keys are not addressed by paths.
        parent.key =
          event.type === EVENT_ID.SCALAR
            ? text.slice(event.valueStart, event.valueEnd).replace(/^["']|["']$/g, '')
            : '';
        parent.awaitingKey = false;
        positions.key.set(parent.path === '' ? parent.key : `${parent.path}.${parent.key}`, startOf(event));
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
          stack.push({ kind: 'seq', path: '\0', isKey: true, index: 0 });
        }
        continue;
      }
      path = parent.path === '' ? parent.key : `${parent.path}.${parent.key}`;
      parent.awaitingKey = event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS;
    } else if (parent?.kind === 'seq') {
      path = `${parent.path}[${parent.index}]`;
      parent.index++;
    }
    positions.value.set(path, startOf(event));
    if (event.type === EVENT_ID.MAPPING)
      stack.push({ kind: 'map', path, isKey: false, awaitingKey: true, key: '' });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', path, isKey: false, index: 0 });
  }
  return positions;
}

/**
 * The line and column of a path in a YAML text: the key when `preferKey` (unknown keys), else the value.
 * Falls back to the nearest enclosing path that has a position.
 */
export function locateYamlPath(
  text: string,
  path: readonly PropertyKey[],
  preferKey = false,
): FileLocation | undefined {
  const positions = indexYamlPositions(text);
  for (let length = path.length; length >= 0; length--) {
    const key = formatPath(path.slice(0, length));
    const offset =
      (preferKey ? positions.key.get(key) : undefined) ?? positions.value.get(key) ?? positions.key.get(key);
    if (offset !== undefined) return locationAt(text, offset);
  }
  return undefined;
}
