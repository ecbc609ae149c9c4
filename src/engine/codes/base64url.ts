/** Base64url (RFC 4648 §5) without padding, with a strict decoder: one alphabet, canonical tails only. */
import type { Result } from '../types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DECODE_TABLE: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Why base64url text could not be decoded. */
export type Base64urlError =
  | { type: 'badCharacter'; index: number; char: string }
  /** One character too many or too few for whole bytes (a cut-off code, most often). */
  | { type: 'badLength' }
  /** The last character carries bits that no encoder writes (an edited or cut-off code). */
  | { type: 'nonCanonical' };

/** Encodes bytes as unpadded base64url text. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/** Index of the first character outside the base64url alphabet, or -1. */
export function findBadBase64urlChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || DECODE_TABLE[code] < 0) return i;
  }
  return -1;
}

/** Decodes unpadded base64url text; refuses padding, other alphabets and non-canonical tails. */
export function decodeBase64url(text: string): Result<Uint8Array, Base64urlError> {
  const bad = findBadBase64urlChar(text);
  if (bad >= 0) return { ok: false, error: { type: 'badCharacter', index: bad, char: charAt(text, bad) } };
  const loose = decodeBase64urlLoose(text);
  if (!loose.ok) return loose;
  if (!loose.value.canonical) return { ok: false, error: { type: 'nonCanonical' } };
  return { ok: true, value: loose.value.bytes };
}

/** Decodes text already known to hold only base64url characters, reporting rather than refusing a
 * non-canonical tail (so that a caller can first tell a cut-off code from an edited one). */
export function decodeBase64urlLoose(
  text: string,
): Result<{ bytes: Uint8Array; canonical: boolean }, Base64urlError> {
  const rest = text.length % 4;
  if (rest === 1) return { ok: false, error: { type: 'badLength' } };
  const out = new Uint8Array(((text.length - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  let i = 0;
  for (; i + 3 < text.length; i += 4) {
    const n =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (sextet(text, i + 2) << 6) |
      sextet(text, i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  let canonical = true;
  if (rest === 2) {
    const n = (sextet(text, i) << 18) | (sextet(text, i + 1) << 12);
    canonical = (n & 0xffff) === 0;
    out[o] = n >> 16;
  } else if (rest === 3) {
    const n = (sextet(text, i) << 18) | (sextet(text, i + 1) << 12) | (sextet(text, i + 2) << 6);
    canonical = (n & 0xff) === 0;
    out[o++] = n >> 16;
    out[o] = (n >> 8) & 255;
  }
  return { ok: true, value: { bytes: out, canonical } };
}

function sextet(text: string, index: number): number {
  return DECODE_TABLE[text.charCodeAt(index)];
}

/** The whole character at index (a surrogate pair stays together, for readable messages). */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  return String.fromCodePoint(code);
}
