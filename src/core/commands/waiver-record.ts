import { z } from 'zod';
import type { CommandWaiver } from './command-waiver.js';

const PREFIX = '<!-- gonogo:waiver ';
const RECORD = /<!-- gonogo:waiver ([A-Za-z0-9_-]+) -->/;

const recordSchema = z.object({
  gate: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  match: z.string().min(1),
  reason: z.string().min(1).max(2000),
  owner: z.string().min(1).max(100),
  expires: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  grantedAt: z.string().min(1),
  headSha: z.string().regex(/^[0-9a-f]{7,64}$/),
});

/**
 * The hidden line that records a waiver in the App's reply to `/gonogo waive`: the waiver as base64url JSON inside
 * an HTML comment. Encoded so that nothing in the reason (`-->`, markdown) can end the comment or forge another.
 */
export function encodeWaiverRecord(waiver: CommandWaiver): string {
  const json = JSON.stringify({
    gate: waiver.gate,
    match: waiver.match,
    reason: waiver.reason,
    owner: waiver.owner,
    expires: waiver.expires,
    grantedAt: waiver.grantedAt,
    headSha: waiver.headSha,
  });
  return `${PREFIX}${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}

/** The waiver a reply records, or `null` when the body holds no valid record. */
export function decodeWaiverRecord(body: string): CommandWaiver | null {
  const encoded = RECORD.exec(body)?.[1];
  if (!encoded) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
