import type { NpmVulnerability } from './npm-audit-schema.js';

/** npm 7+'s `fixAvailable` in words: `fix: vercel@32.3.0, semver-major`; `undefined` when the report does not say. */
export function fixText(fix: NpmVulnerability['fixAvailable']): string | undefined {
  if (fix === true) return 'fix available';
  if (fix === false) return 'no fix available';
  if (fix === undefined) return undefined;
  const target = [fix.name, fix.version].filter(Boolean).join('@');
  if (!target) return 'fix available';
  return `fix: ${target}${fix.isSemVerMajor === true ? ', semver-major' : ''}`;
}
