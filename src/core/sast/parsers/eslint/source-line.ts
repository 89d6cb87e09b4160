/**
 * Line `line` (1-based) of a file's text, trailing whitespace dropped; `null` when there is no such line or it is
 * blank. Splits where ESLint's own `SourceCode.lines` does, so line numbers agree with the report's.
 */
export function sourceLine(source: string, line: number): string | null {
  const text = source.split(/\r\n|[\r\n\u2028\u2029]/)[line - 1]?.trimEnd();
  return text ? text : null;
}
