/**
 * How messages name each artifact: its name, unless another artifact of the commit has the same one (two workflows
 * both uploading `coverage`), then `coverage (CI)` with its workflow, and a counter when even that repeats. Without
 * it two reports would share a source and a problem could not say which one it is about.
 */
export function artifactLabels(artifacts: readonly { name: string; runName: string }[]): string[] {
  const count = (labels: readonly string[], label: string) =>
    labels.filter((other) => other === label).length;
  const names = artifacts.map((artifact) => artifact.name);
  const withRun = artifacts.map((artifact) =>
    count(names, artifact.name) > 1 ? `${artifact.name} (${artifact.runName})` : artifact.name,
  );
  const seen = new Map<string, number>();
  return withRun.map((label) => {
    if (count(withRun, label) === 1) return label;
    const index = (seen.get(label) ?? 0) + 1;
    seen.set(label, index);
    return `${label} #${index}`;
  });
}
