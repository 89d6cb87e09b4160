import type { ParsedFinding } from './sast-parser.js';

/**
 * What identifies a finding apart from its tool, rule and place, line numbers left out so it survives code
 * moving up or down: the tool's own fingerprint when it gives a trustworthy one, else the whitespace-collapsed
 * snippet, else the message.
 */
export function findingIdentity(finding: ParsedFinding): string {
  if (finding.toolFingerprint !== null) return `tool:${finding.toolFingerprint}`;
  const snippet = finding.snippet?.replace(/\s+/g, ' ').trim();
  return snippet ? `snippet:${snippet}` : `message:${finding.message.replace(/\s+/g, ' ').trim()}`;
}
