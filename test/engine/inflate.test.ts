/** The project's capped inflate against fflate's: the same bytes for every deflate stream fflate writes (all
 * levels, stored, fixed and dynamic blocks, long copies), the cap exact to the byte, and damaged streams refused
 * without a crash. */
import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped } from '../../src/engine/codes/compact';

/** Bytes that compress in every way: runs, repeats of earlier text, and noise. */
const compressible = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 700 }))
        .map(([b, n]) => new Uint8Array(n).fill(b)),
      fc.constantFrom(
        new TextEncoder().encode('[1,"1.2.0","steady-start",'),
        new TextEncoder().encode('forecast promotion '),
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  });

describe('inflateCapped', () => {
  it('gives back exactly what fflate deflated, at every level', () => {
    fc.assert(
      fc.property(compressible, fc.integer({ min: 0, max: 9 }), (data, level) => {
        const deflated = deflateSync(data, { level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });
        const inflated = inflateCapped(deflated, 1 << 20);
        expect(inflated).toEqual({ ok: true, value: data });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses one byte over the cap and accepts the cap itself', () => {
    fc.assert(
      fc.property(
        compressible.filter((d) => d.length > 0),
        (data) => {
          const deflated = deflateSync(data, { level: 9 });
          expect(inflateCapped(deflated, data.length).ok).toBe(true);
          expect(inflateCapped(deflated, data.length - 1)).toEqual({
            ok: false,
            error: { type: 'tooLarge', limit: data.length - 1 },
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never crashes on damaged data, and agrees with fflate whenever both read it', () => {
    fc.assert(
      fc.property(
        compressible,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (data, edits, cut) => {
          const damaged = deflateSync(data, { level: 9 }).slice();
          for (const [at, byte] of edits) if (damaged.length > 0) damaged[at % damaged.length] = byte;
          const input = damaged.subarray(0, damaged.length - (cut % 3));
          const ours = inflateCapped(input, 1 << 20);
          let theirs: Uint8Array | null = null;
          try {
            theirs = inflateSync(input);
          } catch {
            theirs = null;
          }
          if (ours.ok && theirs !== null) expect(ours.value).toEqual(theirs);
          if (!ours.ok) expect(['corrupt', 'tooLarge']).toContain(ours.error.type);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a stored block after a compressed one (the bytes read ahead are given back)', () => {
    // Bits least significant first; Huffman codes most significant bit first (RFC 1951, 3.1.1).
    const bits: number[] = [];
    const put = (value: number, count: number) => {
      for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
    };
    const code = (value: number, count: number) => {
      for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1);
    };
    put(0, 1); // not the last block
    put(1, 2); // fixed Huffman codes
    for (const c of 'Hi!') code(0x30 + c.charCodeAt(0), 8); // literals 0-143: 8 bits from 0x30
    code(0, 7); // end of block (256): 7 zero bits
    put(1, 1); // the last block
    put(0, 2); // stored
    while (bits.length % 8 !== 0) bits.push(0);
    const head = Uint8Array.from({ length: bits.length / 8 }, (_, i) =>
      bits.slice(i * 8, i * 8 + 8).reduce((byte, bit, b) => byte | (bit << b), 0),
    );
    const body = new TextEncoder().encode(' stored bytes');
    const stream = Uint8Array.from([...head, body.length, 0, ~body.length & 0xff, 0xff, ...body]);
    const expected = new TextEncoder().encode('Hi! stored bytes');
    expect(inflateSync(stream)).toEqual(expected);
    expect(inflateCapped(stream, 1024)).toEqual({ ok: true, value: expected });
  });
});
