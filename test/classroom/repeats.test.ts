/** findRepeats: the repeats findDuplicates finds by record keys, hashing only results that share their traits. */
import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  findRepeats,
  type VerifiedEntry,
  verifyCode,
  verifyJson,
} from '../../src/engine/classroom';
import { decodeResultCode } from '../../src/engine/codes';
import type { GameRecord } from '../../src/engine/types';
import { codeOf, finishedRecord } from './fixtures';

const entryOf = (verification: ReturnType<typeof verifyCode>): VerifiedEntry => {
  if (!verification.ok) throw new Error(verification.message);
  return verification.entry;
};

/** The record with every object's keys in reverse order: the same content. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('findRepeats', () => {
  const a = finishedRecord({ seed: 's1' });
  const b = finishedRecord({ seed: 's2' });
  const sameTraits = finishedRecord({ seed: 's1', sales: 'naive' });
  const entries = [
    entryOf(verifyCode(codeOf(a))),
    entryOf(verifyCode(codeOf(b))),
    null,
    entryOf(verifyJson(reversed(a) as GameRecord)),
    entryOf(verifyCode(codeOf(sameTraits))),
    entryOf(verifyCode(codeOf(b))),
  ];

  it('marks the same repeats as findDuplicates over every key', () => {
    const byKeys = findDuplicates(entries.map((e) => ({ key: e?.key ?? null, item: e })));
    expect(byKeys).toEqual([null, null, null, 0, null, 1]);
    expect(findRepeats(entries)).toEqual(byKeys);
  });

  it('hashes no record that shares its traits with no other', () => {
    const fresh = [a, b].map((r) => entryOf(verifyCode(codeOf(r))));
    const spied = fresh.map((entry) => {
      let reads = 0;
      return {
        entry: new Proxy(entry, {
          get(target, name, receiver) {
            if (name === 'key') reads++;
            return Reflect.get(target, name, receiver);
          },
        }),
        reads: () => reads,
      };
    });
    expect(findRepeats(spied.map((s) => s.entry))).toEqual([null, null]);
    expect(spied.map((s) => s.reads())).toEqual([0, 0]);
  });

  it("gives a code's record, read again from the code, and the same one each time", () => {
    const code = codeOf(a);
    const entry = entryOf(verifyCode(code));
    const decoded = decodeResultCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(entry.record).toEqual(decoded.value);
    expect(entry.record).toBe(entry.record);
    expect(entry.key).toBe(entryOf(verifyJson(reversed(a) as GameRecord)).key);
  });
});
