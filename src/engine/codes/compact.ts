/** Compression for codes: deflate at level 9 (fflate), and the project's own inflate that stops at a hard
 * output cap. The inflate checks the cap before every byte or copy it writes, so a bomb is refused after at
 * most `maxBytes` bytes of work and a genuine code is expanded in one pass into one buffer. */
import { deflateSync } from 'fflate';
import type { Result } from '../types';

/** Why inflating failed. */
export type InflateError = { type: 'tooLarge'; limit: number } | { type: 'corrupt'; detail: string };

/** Deflates bytes (raw DEFLATE, level 9). */
export function compress(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

/** Base lengths and extra bits of the length symbols 257–285 (RFC 1951, 3.2.5). */
const LENGTH_BASE = Uint16Array.of(
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  13,
  15,
  17,
  19,
  23,
  27,
  31,
  35,
  43,
  51,
  59,
  67,
  83,
  99,
  115,
  131,
  163,
  195,
  227,
  258,
);
const LENGTH_EXTRA = Uint8Array.of(
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
);
/** Base distances and extra bits of the distance symbols 0–29. */
const DIST_BASE = Uint16Array.of(
  1,
  2,
  3,
  4,
  5,
  7,
  9,
  13,
  17,
  25,
  33,
  49,
  65,
  97,
  129,
  193,
  257,
  385,
  513,
  769,
  1025,
  1537,
  2049,
  3073,
  4097,
  6145,
  8193,
  12289,
  16385,
  24577,
);
const DIST_EXTRA = Uint8Array.of(
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
);
/** The order in which a dynamic block lists its code-length code lengths. */
const CODE_LENGTH_ORDER = Uint8Array.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15);
const MAX_BITS = 15;

/** Codes up to this many bits are decoded by one table lookup; longer ones bit by bit. */
const FAST_BITS = 9;

/** A canonical Huffman code: how many codes of each length, the symbols in code order, and a lookup table
 * indexed by the next FAST_BITS input bits: (symbol << 4) | code length, or 0 for a longer code. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  fast: Uint16Array;
}

/** A Huffman code with room for `symbols` symbols. */
function emptyHuffman(symbols: number): Huffman {
  return {
    count: new Uint16Array(MAX_BITS + 1),
    symbol: new Uint16Array(symbols),
    fast: new Uint16Array(1 << FAST_BITS),
  };
}

/** Thrown inside inflateCapped only, and turned into its result there. */
class Stop {
  constructor(readonly error: InflateError) {}
}
const corrupt = (detail: string) => new Stop({ type: 'corrupt', detail });

const offsets = new Uint16Array(MAX_BITS + 2);

/** Builds into `h` the code for the `n` lengths from `lengths[from]` on (0 = unused symbol); refuses
 * over-subscribed lengths (more codes than bits allow). Only the first `n` symbols and the counts are read back,
 * so `h` may be reused for any code. */
function huffman(lengths: Uint8Array, from: number, n: number, h: Huffman): Huffman {
  const { count, symbol, fast } = h;
  count.fill(0);
  for (let s = 0; s < n; s++) count[lengths[from + s]]++;
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = (left << 1) - count[len];
    if (left < 0) throw corrupt('over-subscribed Huffman code');
  }
  offsets[1] = 0;
  for (let len = 1; len <= MAX_BITS; len++) offsets[len + 1] = offsets[len] + count[len];
  for (let s = 0; s < n; s++) {
    const length = lengths[from + s];
    if (length !== 0) symbol[offsets[length]++] = s;
  }
  count[0] = 0;
  // Canonical codes in order; deflate sends them most significant bit first, so the table is indexed by the
  // code's bits reversed, every entry whose low `len` bits match.
  fast.fill(0);
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let i = 0; i < count[len]; i++, code++) {
      let reversed = 0;
      for (let b = 0; b < len; b++) reversed |= ((code >> b) & 1) << (len - 1 - b);
      const entry = (symbol[index++] << 4) | len;
      for (let at = reversed; at < 1 << FAST_BITS; at += 1 << len) fast[at] = entry;
    }
    code <<= 1;
  }
  return h;
}

let fixedCodes: { lit: Huffman; dist: Huffman } | null = null;
function fixed(): { lit: Huffman; dist: Huffman } {
  if (!fixedCodes) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = {
      lit: huffman(lit, 0, 288, emptyHuffman(288)),
      dist: huffman(new Uint8Array(30).fill(5), 0, 30, emptyHuffman(30)),
    };
  }
  return fixedCodes;
}

/** The codes of the dynamic block being read, built into the same tables for every block (each block's codes
 * are built before it is read and never needed after it). */
const dynamicCodes = { lengths: emptyHuffman(19), lit: emptyHuffman(286), dist: emptyHuffman(30) };
const codeLengths = new Uint8Array(320);

/** Inflates raw DEFLATE bytes (RFC 1951), refusing any output over maxBytes: the size is checked before each
 * literal and each copy is written, so no more than maxBytes are ever produced or allocated. */
export function inflateCapped(bytes: Uint8Array, maxBytes: number): Result<Uint8Array, InflateError> {
  if (bytes.length === 0) return { ok: true, value: new Uint8Array(0) };
  const inflater = new Inflater(bytes, maxBytes);
  try {
    inflater.blocks();
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
  return { ok: true, value: inflater.out.subarray(0, inflater.size) };
}

/** The state of one inflation: input position and bit buffer, output so far. */
class Inflater {
  out: Uint8Array;
  size = 0;
  pos = 0;
  bitBuf = 0;
  bitCount = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly maxBytes: number,
  ) {
    this.out = new Uint8Array(Math.min(maxBytes, Math.max(1024, bytes.length * 8)));
  }

  blocks(): void {
    let last = 0;
    while (last === 0) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(fixed().lit, fixed().dist);
      else if (type === 2) this.dynamic();
      else throw corrupt('invalid block type');
    }
  }

  /** `need` bits (at most 16), least significant first. */
  bits(need: number): number {
    while (this.bitCount < need) {
      if (this.pos >= this.bytes.length) throw corrupt('unexpected end of data');
      this.bitBuf |= this.bytes[this.pos++] << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuf & ((1 << need) - 1);
    this.bitBuf >>>= need;
    this.bitCount -= need;
    return value;
  }

  /** One symbol: by the lookup table when its code is short and the bits are there, else bit by bit. */
  decode(h: Huffman): number {
    const bytes = this.bytes;
    while (this.bitCount <= 16 && this.pos < bytes.length) {
      this.bitBuf |= bytes[this.pos++] << this.bitCount;
      this.bitCount += 8;
    }
    const entry = h.fast[this.bitBuf & ((1 << FAST_BITS) - 1)];
    const length = entry & 15;
    if (entry !== 0 && length <= this.bitCount) {
      this.bitBuf >>>= length;
      this.bitCount -= length;
      return entry >> 4;
    }
    return this.decodeSlowly(h);
  }

  /** One symbol of a canonical code, read bit by bit. */
  decodeSlowly(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      if (this.bitCount === 0) {
        if (this.pos >= this.bytes.length) throw corrupt('unexpected end of data');
        this.bitBuf = this.bytes[this.pos++];
        this.bitCount = 8;
      }
      code |= this.bitBuf & 1;
      this.bitBuf >>>= 1;
      this.bitCount--;
      const count = h.count[len];
      if (code - first < count) return h.symbol[index + code - first];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw corrupt('invalid Huffman code');
  }

  /** Room for `more` bytes, within the cap. */
  reserve(more: number): void {
    const needed = this.size + more;
    if (needed > this.maxBytes) throw new Stop({ type: 'tooLarge', limit: this.maxBytes });
    if (needed > this.out.length) {
      const grown = new Uint8Array(Math.min(this.maxBytes, Math.max(needed, this.out.length * 2)));
      grown.set(this.out.subarray(0, this.size));
      this.out = grown;
    }
  }

  stored(): void {
    const bytes = this.bytes;
    // The rest of the current byte is skipped; whole bytes read ahead into the bit buffer are given back.
    this.pos -= this.bitCount >> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    const pos = this.pos;
    if (pos + 4 > bytes.length) throw corrupt('unexpected end of data');
    const length = bytes[pos] | (bytes[pos + 1] << 8);
    const check = bytes[pos + 2] | (bytes[pos + 3] << 8);
    this.pos += 4;
    if (length !== (~check & 0xffff)) throw corrupt('stored block length does not match its complement');
    if (this.pos + length > bytes.length) throw corrupt('unexpected end of data');
    this.reserve(length);
    this.out.set(bytes.subarray(this.pos, this.pos + length), this.size);
    this.size += length;
    this.pos += length;
  }

  /** One block's symbols to its end-of-block code. The hot loop of a code's decoding: the bit buffer, position
   * and output live in locals, written back before anything that reads them from the object (and thrown errors
   * leave the object as it is: inflateCapped then only reports the error). */
  codes(lit: Huffman, dist: Huffman): void {
    const bytes = this.bytes;
    const end = bytes.length;
    const litFast = lit.fast;
    const distFast = dist.fast;
    const mask = (1 << FAST_BITS) - 1;
    let { pos, bitBuf, bitCount, out, size } = this;
    for (;;) {
      while (bitCount <= 16 && pos < end) {
        bitBuf |= bytes[pos++] << bitCount;
        bitCount += 8;
      }
      let symbol: number;
      const entry = litFast[bitBuf & mask];
      if (entry !== 0 && (entry & 15) <= bitCount) {
        bitBuf >>>= entry & 15;
        bitCount -= entry & 15;
        symbol = entry >> 4;
      } else {
        this.pos = pos;
        this.bitBuf = bitBuf;
        this.bitCount = bitCount;
        symbol = this.decodeSlowly(lit);
        ({ pos, bitBuf, bitCount } = this);
      }
      if (symbol < 256) {
        if (size === out.length) {
          this.size = size;
          this.reserve(1);
          out = this.out;
        }
        out[size++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      const at = symbol - 257;
      if (at >= 29) throw corrupt('invalid length symbol');
      let need = LENGTH_EXTRA[at];
      while (bitCount < need) {
        if (pos >= end) throw corrupt('unexpected end of data');
        bitBuf |= bytes[pos++] << bitCount;
        bitCount += 8;
      }
      const length = LENGTH_BASE[at] + (bitBuf & ((1 << need) - 1));
      bitBuf >>>= need;
      bitCount -= need;
      while (bitCount <= 16 && pos < end) {
        bitBuf |= bytes[pos++] << bitCount;
        bitCount += 8;
      }
      let d: number;
      const distEntry = distFast[bitBuf & mask];
      if (distEntry !== 0 && (distEntry & 15) <= bitCount) {
        bitBuf >>>= distEntry & 15;
        bitCount -= distEntry & 15;
        d = distEntry >> 4;
      } else {
        this.pos = pos;
        this.bitBuf = bitBuf;
        this.bitCount = bitCount;
        d = this.decodeSlowly(dist);
        ({ pos, bitBuf, bitCount } = this);
      }
      if (d >= 30) throw corrupt('invalid distance symbol');
      need = DIST_EXTRA[d];
      while (bitCount < need) {
        if (pos >= end) throw corrupt('unexpected end of data');
        bitBuf |= bytes[pos++] << bitCount;
        bitCount += 8;
      }
      const distance = DIST_BASE[d] + (bitBuf & ((1 << need) - 1));
      bitBuf >>>= need;
      bitCount -= need;
      if (distance > size) throw corrupt('distance too far back');
      // The buffer never exceeds the cap, so a copy that fits it is within the cap too.
      if (size + length > out.length) {
        this.size = size;
        this.reserve(length);
        out = this.out;
      }
      for (let i = 0; i < length; i++, size++) out[size] = out[size - distance];
    }
    this.pos = pos;
    this.bitBuf = bitBuf;
    this.bitCount = bitCount;
    this.size = size;
  }

  dynamic(): void {
    const litCount = this.bits(5) + 257;
    const distCount = this.bits(5) + 1;
    const lengthCount = this.bits(4) + 4;
    if (litCount > 286 || distCount > 30) throw corrupt('too many length or distance symbols');
    const lengths = codeLengths.fill(0);
    for (let i = 0; i < lengthCount; i++) lengths[CODE_LENGTH_ORDER[i]] = this.bits(3);
    const lengthCode = huffman(lengths, 0, 19, dynamicCodes.lengths);
    lengths.fill(0);
    for (let i = 0; i < litCount + distCount; ) {
      const symbol = this.decode(lengthCode);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (symbol === 16) {
        if (i === 0) throw corrupt('repeat with no previous length');
        value = lengths[i - 1];
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (i + repeat > litCount + distCount) throw corrupt('too many lengths');
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw corrupt('no end-of-block code');
    this.codes(
      huffman(lengths, 0, litCount, dynamicCodes.lit),
      huffman(lengths, litCount, distCount, dynamicCodes.dist),
    );
  }
}
