/** canonicalJson against the plain definition it was sped up from: the same text for any data, so every
 * scenario hash, session id and record key stays what it was. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, hashText } from '../../src/engine/scenario-hash';

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The definition: JSON.stringify for values, keys sorted by UTF-16 code units, undefined members left out. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => reference(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort(compareKeys)) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${reference(item)}`);
  }
  return `{${parts.join(',')}}`;
}

describe('canonicalJson', () => {
  it('equals its definition for any data', () => {
    const data = fc.anything({
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: false,
      withBigInt: false,
      key: fc.oneof(fc.string(), fc.constantFrom('10', '2', '__proto__', 'é', '\u{1F600}', '\ud800', 'a"b')),
    });
    fc.assert(
      fc.property(data, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('prints numbers as JSON does', () => {
    for (const n of [
      0,
      -0,
      1e21,
      1e-7,
      0.1 + 0.2,
      -5e-324,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53 + 2,
    ])
      expect(canonicalJson([n])).toBe(JSON.stringify([n]));
  });
});

describe('canonicalHash', () => {
  it('is hashText of canonicalJson, for any data', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (value) => {
        expect(canonicalHash(value)).toBe(hashText(canonicalJson(value)));
      }),
      { numRuns: 1000 },
    );
  });
});
