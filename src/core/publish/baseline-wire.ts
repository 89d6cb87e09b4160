import * as z from 'zod';

/** A pair of non-negative counts, flattened: `[covered, total, covered, total, …]`. */
const counts = z.array(z.number().int().nonnegative());

/**
 * The baseline as stored: columns rather than a record per file, paths sorted so gzip finds their shared
 * prefixes (5,000 files take about 38 KB once encoded, against 42 KB as a record and twice that with branches).
 */
export const baselineWire = z
  .object({
    version: z.literal(1),
    sha: z.string().min(1),
    paths: z.array(z.string()),
    lines: counts,
    branches: counts.nullable(),
    fingerprints: z.array(z.string()),
    complete: z.boolean(),
    omitted: z.array(z.enum(['branches', 'coverage', 'fingerprints'])),
  })
  .refine((wire) => wire.lines.length === wire.paths.length * 2, 'lines do not match paths')
  .refine(
    (wire) => wire.branches === null || wire.branches.length === wire.paths.length * 2,
    'branches do not match paths',
  );

/** The stored form of a baseline. */
export type BaselineWire = z.infer<typeof baselineWire>;
