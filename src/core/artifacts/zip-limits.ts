/** How much an archive may hold before it is refused as a zip bomb rather than read. */
export interface ZipLimits {
  /** Entries in the central directory, directories and skipped entries included. */
  maxEntries: number;
  /** Inflated bytes of one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of every entry read. */
  maxTotalBytes: number;
  /** Inflated size over compressed size of one entry (entries under 1 MiB inflated are exempt). */
  maxRatio: number;
}

/**
 * Room for the largest real reports (a SARIF or Cobertura file of a big monorepo runs to tens of MB and compresses
 * 10–30×), far below what would exhaust a small App instance's memory.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 100,
};
