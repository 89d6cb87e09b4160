import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/core/diff/changed-lines.js';

const diff = `diff --git a/src/a.ts b/src/a.ts
index 1111111..2222222 100644
--- a/src/a.ts
+++ b/src/a.ts
@@ -1,3 +1,4 @@
 one
-two
+TWO
+two and a half
 three
@@ -10,2 +11,3 @@ function f() {
 ten
+eleven
 twelve
diff --git a/old/name.ts b/new/name.ts
similarity index 90%
rename from old/name.ts
rename to new/name.ts
--- a/old/name.ts
+++ b/new/name.ts
@@ -1 +1 @@
-x
+y
diff --git a/gone.ts b/gone.ts
deleted file mode 100644
--- a/gone.ts
+++ /dev/null
@@ -1 +0,0 @@
-bye
`;

describe('changedLines', () => {
  it('lists added and modified lines per new path, renames under the new name, deletions left out', () => {
    const changed = changedLines(diff, 'pr.diff');
    expect([...changed.keys()]).toEqual(['src/a.ts', 'new/name.ts']);
    expect([...(changed.get('src/a.ts') ?? [])]).toEqual([2, 3, 12]);
    expect([...(changed.get('new/name.ts') ?? [])]).toEqual([1]);
  });

  it('reads an empty diff as no change, and refuses text that is not a diff', () => {
    expect(changedLines('', 'empty.diff').size).toBe(0);
    expect(() => changedLines('hello world\n', 'notes.txt')).toThrow('notes.txt: not a unified diff');
  });
});
