/**
 * A flat copy of a string. V8 represents a slice of a long string as a view that keeps the whole parent alive, so
 * a file path sliced out of a 1 MB chunk of a streamed report would keep that chunk in memory for as long as the
 * path lives. Readers call this on the strings they keep.
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
