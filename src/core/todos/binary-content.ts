/** How far git looks for a NUL byte before calling a file binary (`FIRST_FEW_BYTES` in git's `xdiff-interface.c`). */
const FIRST_FEW_BYTES = 8000;

/**
 * Whether the bytes are binary by git's rule: a NUL byte in the first 8,000 bytes. UTF-16 text counts as binary
 * too, as it does for `git diff` and `grep`.
 */
export function binaryContent(bytes: Uint8Array): boolean {
  return bytes.subarray(0, FIRST_FEW_BYTES).indexOf(0) !== -1;
}
