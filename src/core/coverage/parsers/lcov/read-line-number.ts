/** No source file has ten million lines; a larger number is corrupt data, not a line. */
export const MAX_LINE_NUMBER = 10_000_000;

/** Reads a line number field of a `DA` or `BRDA` record, failing with a reason that names the record. */
export function readLineNumber(raw: string, record: string, fail: (reason: string) => never): number {
  const number = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (number >= 1 && number <= MAX_LINE_NUMBER) return number;
  return fail(
    `${record} record: line number ${JSON.stringify(raw)} is not an integer from 1 to ${MAX_LINE_NUMBER}`,
  );
}
