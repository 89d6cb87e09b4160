import { describe, expect, it } from 'vitest';
import { decodeWaiverRecord, encodeWaiverRecord } from '../../src/core/commands/waiver-record.js';

const waiver = {
  gate: 'coverage-overall',
  match: '**',
  reason: 'legacy module --> <script>alert(1)</script> @everyone',
  owner: 'alice',
  expires: '2026-12-31',
  grantedAt: '2026-11-22T10:00:00Z',
  headSha: 'ce587453ced02b1526dfb4cb910479d431683101',
};

describe('waiver records', () => {
  it('round-trips a waiver through a hidden line that nothing in the reason can break', () => {
    const line = encodeWaiverRecord(waiver);
    expect(line).toMatch(/^<!-- gonogo:waiver [A-Za-z0-9_-]+ -->$/);
    expect(decodeWaiverRecord(`Waiver recorded.\n${line}\n`)).toEqual(waiver);
  });

  it('reads nothing from a body without a record, or with a damaged or invalid one', () => {
    expect(decodeWaiverRecord('just a comment')).toBeNull();
    expect(decodeWaiverRecord('<!-- gonogo:waiver bm90IGpzb24 -->')).toBeNull();
    const invalid = Buffer.from(JSON.stringify({ ...waiver, gate: 'Bad Gate' })).toString('base64url');
    expect(decodeWaiverRecord(`<!-- gonogo:waiver ${invalid} -->`)).toBeNull();
  });
});
