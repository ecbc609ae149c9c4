/** File reading and writing for the CLI, as values (never throws), and the exit codes it promises. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
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

/** Reads at most `maxBytes` bytes through `read` (which fills a buffer and returns how many bytes it put there,
 * 0 at the end), in chunks; one byte more than the cap means "too large", and reading stops there. Never trusts a
 * size announced beforehand: a device, a pipe or a /proc file says nothing true about its length. */
export function readCapped(
  read: (buffer: Uint8Array) => number,
  maxBytes: number,
  chunkBytes = 64 * 1024,
): Result<Uint8Array, 'tooLarge'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // Ask for no more than one byte past the cap: that byte alone proves the input is too large.
    const buffer = new Uint8Array(Math.min(chunkBytes, maxBytes + 1 - total));
    const count = read(buffer);
    if (count <= 0) break;
    chunks.push(buffer.subarray(0, count));
    total += count;
    if (total > maxBytes) return { ok: false, error: 'tooLarge' };
  }
  return { ok: true, value: Buffer.concat(chunks, total) };
}

/** The text of a regular file of at most MAX_INPUT_BYTES (UTF-8, a byte-order mark dropped), or why it cannot
 * be read ("cannot read x.json: no such file"). Devices, pipes and sockets are refused before they are opened
 * (reading /dev/zero or a FIFO would never end); the file is opened without blocking and read through a cap. */
export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): Result<string, string> {
  const fail = (why: string): Result<string, string> => ({ ok: false, error: `cannot read ${path}: ${why}` });
  const tooLarge = fail(`larger than ${formatBytes(maxBytes)}`);
  let fd: number | null = null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('is a directory');
    if (!stat.isFile()) return fail(NOT_A_FILE);
    if (stat.size > maxBytes) return tooLarge;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    // The path may have been swapped for a device or a pipe between the two checks: check what was opened.
    if (!fstatSync(fd).isFile()) return fail(NOT_A_FILE);
    const opened = fd;
    const bytes = readCapped((buffer) => readSync(opened, buffer, 0, buffer.length, null), maxBytes);
    if (!bytes.ok) return tooLarge;
    return decodeText(bytes.value, path);
  } catch (error) {
    return fail(reason(error));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const NOT_A_FILE = 'not a regular file (a device, pipe or socket); save the input to a file first';

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

/** UTF-8 text (a byte-order mark dropped), or a refusal naming a binary file instead of echoing its bytes. */
function decodeText(bytes: Uint8Array, path: string): Result<string, string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('NUL byte');
    return { ok: true, value: text };
  } catch {
    return { ok: false, error: `cannot read ${path}: not a text file (it holds binary data)` };
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
