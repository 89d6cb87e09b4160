import type { RulesFile } from './rules-schema.js';

/** The text of one rules file and how to name it. */
export interface RulesSource {
  /** Identity used to detect `extends` cycles (an absolute path, or `preset:<name>`). */
  id: string;
  /** How messages name it: a path as the user gave it, or `preset recommended (rules/recommended.yml)`. */
  name: string;
  text: string;
}

/** A rules file and what it says on its own, before merging. */
export interface ParsedSource {
  source: RulesSource;
  file: RulesFile;
}

/**
 * Loads what an `extends` entry (or the root config, with `from` null) refers to. Implemented by shells over the
 * file system; throws `ConfigError` when the target does not exist.
 */
export type RulesLoader = (ref: string, from: RulesSource | null) => RulesSource;
