/** A field an export should have, and what is lost without it. */
export interface ExpectedField {
  /** The field, then other fields that carry the same fact (gh `closed` for `state`). */
  names: readonly string[];
  /** What gonogo does without it (`every issue is read as open`). */
  consequence: string;
  /** Only worth a warning when some record needs it (the close reason matters only for closed issues). */
  neededBy?: (record: Readonly<Record<string, unknown>>) => boolean;
}

/** The fields no record has, and a warning for each expected fact the whole export lacks. */
export interface MissingFields {
  /** Names (of `expected`) that no record has. */
  absent: Set<string>;
  warnings: string[];
}

/**
 * Checks which expected fields the export lacks altogether: gh writes only the fields asked for with `--json`,
 * and hand-made dumps keep what their author chose. One warning per missing fact for the whole file, so the user
 * learns once what to re-export instead of once per issue.
 */
export function missingFieldWarnings(
  records: readonly Readonly<Record<string, unknown>>[],
  source: string,
  expected: readonly ExpectedField[],
): MissingFields {
  const absent = new Set(
    expected
      .flatMap((field) => field.names)
      .filter((name) => records.every((record) => record[name] === undefined)),
  );
  if (records.length === 0) return { absent, warnings: [] };
  const warnings = expected
    .filter((field) => field.names.every((name) => absent.has(name)))
    .filter((field) => field.neededBy === undefined || records.some(field.neededBy))
    .map((field) => `${source}: the export has no "${field.names[0]}" field: ${field.consequence}`);
  return { absent, warnings };
}
