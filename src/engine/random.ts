/**
 * Named, seeded random streams. A draw is a pure function of (game key, month, stream, index):
 * what one stream draws never depends on another stream, on earlier months, or on decisions.
 */
import alea from 'seedrandom/lib/alea';

/** The 32-bit key of a game, from the seed text (any string a class agrees on). */
export function gameKey(seed: string): number {
  return alea(`sop-arena:${seed}`).int32() >>> 0;
}

/** A stable 32-bit id for a stream name (FNV-1a). */
export function streamId(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mix, as a signed 32-bit integer: the same bits as its unsigned value, but a small integer to V8 (an
 * unsigned value of 2^31 or more is a boxed number, allocated on every call in code not yet optimised). Callers
 * XOR it (which reads the same bits either way) or take `>>> 0` where the unsigned value counts. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}

/** One stream for one month: draws are numbered, so the n-th draw is always the same number. */
export interface MonthStream {
  /** The stream's 32 mixed bits (read only through XOR, so signed or unsigned alike). */
  base: number;
  index: number;
}

/** Opens the stream `id` of month `month` for a game key. */
export function openStream(key: number, month: number, id: number): MonthStream {
  return { base: mix32(key ^ Math.imul(month + 1, 0x9e3779b1) ^ mix32(id)), index: 0 };
}

/** Turns `stream` into the stream `openStream(key, month, id)` would give, in place: a world draws hundreds of
 * streams one after another, and needs no object for each. */
export function reopenStream(stream: MonthStream, key: number, month: number, id: number): MonthStream {
  stream.base = mix32(key ^ Math.imul(month + 1, 0x9e3779b1) ^ mix32(id));
  stream.index = 0;
  return stream;
}

/** Counts every draw made, so the benchmark can time the same number of draws alone. */
export const drawCounter = { count: 0 };

/** The next uniform number in [0, 1) of a stream. */
export function nextUniform(stream: MonthStream): number {
  drawCounter.count++;
  const n = stream.index++;
  const h = mix32(stream.base ^ Math.imul(n + 1, 0x85ebca77));
  return (mix32(h ^ 0x27d4eb2f) >>> 0) / 4294967296;
}

/** A uniform number in [min, max]. */
export function nextBetween(stream: MonthStream, min: number, max: number): number {
  return min + (max - min) * nextUniform(stream);
}

/** A whole number in [min, max]. */
export function nextInt(stream: MonthStream, min: number, max: number): number {
  return min + Math.floor((max - min + 1) * nextUniform(stream));
}

const SQRT_3 = Math.sqrt(3);

/** An approximately standard-normal number (sum of four uniforms, rescaled): exact IEEE arithmetic. */
export function nextNormal(stream: MonthStream): number {
  const sum = nextUniform(stream) + nextUniform(stream) + nextUniform(stream) + nextUniform(stream);
  return (sum - 2) * SQRT_3;
}
