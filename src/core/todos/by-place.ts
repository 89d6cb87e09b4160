/** Orders TODOs by path (code-unit order, as git lists files), then line: the order every TODO list is in. */
export const byPlace = (a: { path: string; line: number }, b: { path: string; line: number }) =>
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
