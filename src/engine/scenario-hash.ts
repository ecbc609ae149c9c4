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

/** Where canonical JSON goes: into a string, or straight into the hash. */
interface Sink {
  add(text: string): void;
}

class TextSink implements Sink {
  text = '';
  add(text: string): void {
    this.text += text;
  }
}

/** Two 32-bit FNV-1a lanes with different offsets over UTF-16 code units, cross-mixed to 64 bits of hex. */
class HashSink implements Sink {
  private h1 = 0x811c9dc5;
  private h2 = 0x9747b28c;
  private length = 0;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
  }

  digest(): string {
    let h1 = mix32(this.h1 ^ Math.imul(this.length, 0x27d4eb2d));
    const h2 = mix32(this.h2 ^ h1);
    h1 = mix32(h1 ^ h2);
    return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
  }
}

/** JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  const sink = new TextSink();
  writeCanonical(value, sink);
  return sink.text;
}

/** hashText(canonicalJson(value)), without building the text. */
export function canonicalHash(value: unknown): string {
  const sink = new HashSink();
  writeCanonical(value, sink);
  return sink.digest();
}

/** The hash of a text: 16 hex characters. */
export function hashText(text: string): string {
  const sink = new HashSink();
  sink.add(text);
  return sink.digest();
}

function writeCanonical(value: unknown, sink: Sink): void {
  switch (typeof value) {
    case 'number':
      // ECMAScript's exact shortest round-trip rule, as JSON.stringify prints it; NaN and ±Infinity become null.
      sink.add(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'string':
      sink.add(JSON.stringify(value));
      return;
    case 'object':
      if (value === null) {
        sink.add('null');
        return;
      }
      break;
    default:
      sink.add(JSON.stringify(value) ?? 'null');
      return;
  }
  if (Array.isArray(value)) {
    sink.add('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) sink.add(',');
      const item = value[i];
      // A hole prints as nothing, as [].map(…).join(',') prints it.
      if (item !== undefined || i in value) writeCanonical(item, sink);
    }
    sink.add(']');
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  sink.add('{');
  for (const key of sortedKeys(Object.keys(record))) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) sink.add(',');
    sink.add(keyText(key));
    sink.add(':');
    writeCanonical(item, sink);
    first = false;
  }
  sink.add('}');
}

/** Murmur3's final mix: spreads every input bit over the 32 output bits. */
function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The content hash of a scenario: equal for equal data whatever the key order, different after any edit. */
export function scenarioHash(scenario: Scenario): string {
  return canonicalHash(scenario);
}
