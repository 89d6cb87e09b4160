import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors/input-error.js';

/** A CSV file as rows of cells, with the file line each record starts on. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  lines: number[];
}

/** `;` when the header has more of them than commas (European spreadsheet exports), else `,`. */
function delimiterOf(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV with csv-parse: quoted cells over several lines, `""` escapes, CRLF, a byte-order mark, `,` or `;`.
 * Columns stay arrays (Jira repeats `Labels` once per value). Throws `InputError` with the line of the problem.
 */
export function readCsv(text: string, source: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      const reason = error.message.replace(/^Invalid [^:]*: /, '').replace(/\s+/g, ' ');
      throw new InputError(source, `malformed CSV: ${reason}`, line ? { line } : undefined);
    }
    throw error;
  }
  const [first, ...rest] = records;
  if (!first) throw new InputError(source, 'empty CSV: no header row');
  // info.lines is the line where the record ends; count back its own line breaks to find where it starts.
  const startOf = (entry: { record: string[]; info: { lines: number } }) =>
    entry.info.lines - entry.record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  return {
    header: first.record.map((cell) => cell.trim()),
    rows: rest.map((entry) => entry.record),
    lines: rest.map(startOf),
  };
}
