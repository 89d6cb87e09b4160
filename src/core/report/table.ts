/** One markdown table row; cells must already be escaped and non-empty. */
export const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A markdown table: header, separator, rows. */
export const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]) => [
  tableRow(header),
  tableRow(header.map(() => '---')),
  ...rows.map(tableRow),
];
