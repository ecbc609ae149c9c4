/** A scenario's content hash: the same 16 hex characters in Node and every browser, for records and sessions. */
import type { Scenario } from './scenario-types';

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Numbers print by ECMAScript's exact shortest round-trip rule; NaN and ±Infinity become null as in JSON.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort(compareKeys)) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
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
