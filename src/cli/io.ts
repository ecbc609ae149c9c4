/** File reading and writing for the CLI, as values (never throws), and the exit codes it promises. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Result } from '../engine/types';

/** Exit codes of `sim` and `bench`. */
export const EXIT = {
  ok: 0,
  /** A replayed record does not give the result it claims. */
  mismatch: 1,
  /** Bad arguments or a bad input file. */
  usage: 2,
  /** A bug: something the CLI did not expect (reported in one line, without a stack). */
  internal: 3,
} as const;

/** Largest input file the CLI reads, in bytes (scenarios and records are far smaller). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** The text of a file, or why it cannot be read ("cannot read x.json: no such file"). */
export function readTextFile(path: string): Result<string, string> {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: `cannot read ${path}: is a directory` };
    if (stat.size > MAX_INPUT_BYTES)
      return { ok: false, error: `cannot read ${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` };
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, error: `cannot read ${path}: ${reason(error)}` };
  }
}

/** The parsed JSON of a file, or why not ("x.json is not valid JSON (…)"). */
export function readJsonFile(path: string): Result<unknown, string> {
  const text = readTextFile(path);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return { ok: false, error: `${path} is not valid JSON (${reason(error)})` };
  }
}

/** Writes a text file, or says why it could not. */
export function writeTextFile(path: string, text: string): Result<null, string> {
  try {
    writeFileSync(path, text, 'utf8');
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, error: `cannot write ${path}: ${reason(error)}` };
  }
}

/** Joins a list of problems into one line, keeping at most `max` of them. */
export function problemLine(problems: readonly string[], max = 8): string {
  const shown = problems.slice(0, max).join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}
