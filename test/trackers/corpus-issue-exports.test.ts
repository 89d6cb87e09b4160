import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/issue-tracker/', import.meta.url));
const present = existsSync(dir);
if (!present) console.info(`corpus not found at ${dir}: issue-export corpus tests skipped`);

// Issue-tracker exports (JSON, NDJSON, CSV) are read by the tracker-importers issue; until then each one must be
// refused by name, never read as a markdown checklist with zero items.
describe.skipIf(!present)('issue-tracker exports in the corpus', () => {
  const files = present ? readdirSync(dir).sort().filter((file) => !/^(gh|github)-/.test(file)) : [];

  it.each(files)('%s is refused as an issue export, not read as markdown', (file) => {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    let error: unknown;
    try {
      parseTracker(text, file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${file.replace(/\./g, '\\.')}: unknown (JSON|CSV) issue export: expected `),
    );
  });
});
