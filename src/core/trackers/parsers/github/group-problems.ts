const SHOWN_KEYS = 5;

/**
 * One warning per distinct problem, naming the issues that have it (`file: #3, #7 and 12 more: label "High
 * Priority" looks like a priority…`), in the order problems were first met: a label on 200 issues is one line,
 * not 200.
 */
export function groupProblems(
  source: string,
  issues: readonly { key: string; problems: readonly string[] }[],
): string[] {
  const keysByProblem = new Map<string, string[]>();
  for (const { key, problems } of issues) {
    for (const problem of problems) {
      const keys = keysByProblem.get(problem) ?? [];
      if (!keys.includes(key)) keys.push(key);
      keysByProblem.set(problem, keys);
    }
  }
  return [...keysByProblem].map(([problem, keys]) => {
    const shown = keys.slice(0, SHOWN_KEYS).join(', ');
    const more = keys.length > SHOWN_KEYS ? ` and ${keys.length - SHOWN_KEYS} more` : '';
    return `${source}: ${shown}${more}: ${problem}`;
  });
}
