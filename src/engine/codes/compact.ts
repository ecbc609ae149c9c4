/** Compression for codes: deflate at level 9, and an inflate that stops at a hard output cap. */
import { deflateSync, Inflate } from 'fflate';
import type { Result } from '../types';

/** Compressed input is fed to the inflater at most this many bytes at a time; one step can expand to at most
 * about DEFLATE_MAX_RATIO × its size before the cap is checked again, so the step shrinks with the cap. */
const INPUT_STEP = 1024;
const DEFLATE_MAX_RATIO = 1032;

/** Why inflating failed. */
export type InflateError = { type: 'tooLarge'; limit: number } | { type: 'corrupt'; detail: string };

/** Deflates bytes (raw DEFLATE, level 9). */
export function compress(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

/** Inflates raw DEFLATE bytes, refusing (and stopping early, without allocating it) any output over
 * maxBytes: the input goes in small steps and the running size is checked after each step. */
export function inflateCapped(bytes: Uint8Array, maxBytes: number): Result<Uint8Array, InflateError> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overCap = false;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (overCap) return;
    total += chunk.length;
    if (total > maxBytes) overCap = true;
    else chunks.push(chunk);
  });
  try {
    // Each step is as large as the room left under the cap allows at deflate's best ratio: a bomb meets the
    // cap within a few steps, and each step costs the inflater a copy of its 32 KB window whatever its size.
    for (let at = 0; at < bytes.length && !overCap; ) {
      const room = Math.floor((maxBytes - total) / DEFLATE_MAX_RATIO);
      const end = Math.min(bytes.length, at + Math.max(16, Math.min(INPUT_STEP, room)));
      inflater.push(bytes.subarray(at, end), end === bytes.length);
      at = end;
    }
    if (bytes.length === 0) inflater.push(bytes, true);
  } catch (error) {
    if (!overCap) return { ok: false, error: { type: 'corrupt', detail: errorText(error) } };
  }
  if (overCap) return { ok: false, error: { type: 'tooLarge', limit: maxBytes } };
  return { ok: true, value: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
