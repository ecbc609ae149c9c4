/** A scenario's content hash: the same 16 hex characters in Node and every browser, for records and sessions. */
import type { Scenario } from './scenario-types';

/** Object keys as JSON text, kept because a record repeats the same few keys thousands of times. */
const keyTexts = new Map<string, string>();
function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (keyTexts.size < 4096) keyTexts.set(key, text);
  }
  return text;
}

/** The last key lists seen with each first key, and their sorted order: records repeat a few object shapes. */
const sortedShapes = new Map<string, { keys: string[]; sorted: string[] }>();

/** `keys` sorted by UTF-16 code units (the default sort's order), from the cache when the shape was seen. */
function sortedKeys(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  const seen = sortedShapes.get(keys[0]);
  if (seen !== undefined && seen.keys.length === keys.length) {
    let same = true;
    for (let i = 1; i < keys.length && same; i++) same = seen.keys[i] === keys[i];
    if (same) return seen.sorted;
  }
  const sorted = [...keys].sort();
  if (sortedShapes.size < 1024 || seen !== undefined) sortedShapes.set(keys[0], { keys, sorted });
  return sorted;
}

/** JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'number':
      // ECMAScript's exact shortest round-trip rule, as JSON.stringify prints it; NaN and ±Infinity become null.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      // A hole prints as nothing, as [].map(…).join(',') prints it.
      const text = item === undefined && !(i in value) ? '' : canonicalJson(item);
      out += i === 0 ? text : `,${text}`;
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(Object.keys(record));
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out += `${out.length === 1 ? '' : ','}${keyText(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** Murmur3's final mix: spreads every input bit over the 32 output bits. */
function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Two 32-bit FNV-1a lanes with different offsets over UTF-16 code units, cross-mixed to 64 bits of hex. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = mix32(h1 ^ Math.imul(text.length, 0x27d4eb2d));
  h2 = mix32(h2 ^ h1);
  h1 = mix32(h1 ^ h2);
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The content hash of a scenario: equal for equal data whatever the key order, different after any edit. */
export function scenarioHash(scenario: Scenario): string {
  return hashText(canonicalJson(scenario));
}
