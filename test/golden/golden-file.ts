/**
 * Golden data files (test/golden/*.json): exact figures the engine must reproduce, written by
 * `npm run golden` (scripts/golden.ts) and read by the tests. Each file names the engine version
 * it was written for, so a stale file fails with the command that renews it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The command that rewrites every golden file. */
export const GOLDEN_COMMAND = 'npm run golden';

/** The folder holding the golden JSON files. */
export const GOLDEN_DIR = join(import.meta.dirname, '.');

/** One golden file: the engine version it was written for, how to renew it, and its figures. */
export interface GoldenFile<T> {
  engineVersion: string;
  regenerate: string;
  figures: T;
}

/** Wraps figures for writing, stamped with the engine version that computed them. */
export function goldenFile<T>(engineVersion: string, figures: T): GoldenFile<T> {
  return { engineVersion, regenerate: GOLDEN_COMMAND, figures };
}

/** Reads test/golden/<name>.json. */
export function readGolden<T>(name: string): GoldenFile<T> {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.json`), 'utf8')) as GoldenFile<T>;
}

/** Null when the file was written for this engine, else the sentence a failing test prints. */
export function staleGoldenMessage(file: GoldenFile<unknown>, engineVersion: string): string | null {
  if (file.engineVersion === engineVersion) return null;
  return `golden figures are for engine ${file.engineVersion}, engine is ${engineVersion}: run ${GOLDEN_COMMAND}`;
}

/** Throws the stale-golden sentence when the file was written for another engine version. */
export function assertGoldenCurrent(file: GoldenFile<unknown>, engineVersion: string): void {
  const message = staleGoldenMessage(file, engineVersion);
  if (message) throw new Error(message);
}
