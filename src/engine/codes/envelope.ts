/** The frame shared by result and session codes: `PREFIX` + base64url([flags][length][payload][CRC-32]).
 * flags 0: the payload is UTF-8 JSON; flags 1: it is deflated UTF-8 JSON. The length (LEB128) lets a
 * cut-off code be told apart from an edited one; the CRC covers every byte before it. */
import type { Result } from '../types';
import { decodeBase64urlLoose, encodeBase64url, findBadBase64urlChar } from './base64url';
import { crc32, readUint32, writeUint32 } from './checksum';
import { compress, inflateCapped } from './compact';

/** Longest code accepted, in characters once whitespace is removed (checked before any decoding). */
export const MAX_CODE_CHARS = 64 * 1024;
/** Most bytes a code's payload may expand to. */
export const MAX_EXPANDED_BYTES = 1024 * 1024;
/** Most a deflated payload may expand, as a multiple of its own size (genuine codes expand 3 to 6 times):
 * beyond it the code is refused before it is expanded further, so a file of small codes that each unpack to
 * a megabyte costs no more than the file's own size times this. */
const MAX_EXPANSION_RATIO = 32;
/** Any payload may expand to this many bytes whatever its size (a tiny code of a short game). */
const EXPANSION_FLOOR = 64 * 1024;
/** Pasted text longer than this is refused without even removing its whitespace. */
const MAX_PASTED_CHARS = 4 * MAX_CODE_CHARS;
const FLAG_JSON = 0;
const FLAG_DEFLATED = 1;
const CRC_BYTES = 4;

/** What a kind of code is called and how it starts. */
export interface CodeKind {
  /** Four letters before the version digit: SOPR (result) or SOPS (session). */
  family: string;
  version: number;
  /** "result code" or "session code". */
  noun: string;
  /** What to tell someone who pasted the other kind of code here. */
  otherKinds: { family: string; message: string }[];
}

/** Result codes: `SOPR1.…`. */
export const RESULT_CODE: CodeKind = {
  family: 'SOPR',
  version: 1,
  noun: 'result code',
  otherKinds: [
    {
      family: 'SOPS',
      message:
        'This is a session code, not a result code: enter it on the New game screen to play in the session.',
    },
  ],
};

/** Session codes: `SOPS1.…`. */
export const SESSION_CODE: CodeKind = {
  family: 'SOPS',
  version: 1,
  noun: 'session code',
  otherKinds: [
    {
      family: 'SOPR',
      message: "This is a result code, not a session code: it belongs on the instructor's results page.",
    },
  ],
};

/** The text a kind of code starts with, e.g. "SOPR1.". */
export function codePrefix(kind: CodeKind): string {
  return `${kind.family}${kind.version}.`;
}

/** Wraps JSON text as a code of the given kind, deflated when that makes it shorter. */
export function wrapCode(kind: CodeKind, json: string): string {
  const raw = new TextEncoder().encode(json);
  const deflated = compress(raw);
  const useDeflate = deflated.length < raw.length;
  const payload = useDeflate ? deflated : raw;
  const length = writeVarint(payload.length);
  const body = new Uint8Array(1 + length.length + payload.length + CRC_BYTES);
  body[0] = useDeflate ? FLAG_DEFLATED : FLAG_JSON;
  body.set(length, 1);
  body.set(payload, 1 + length.length);
  const crcAt = body.length - CRC_BYTES;
  writeUint32(body, crcAt, crc32(body.subarray(0, crcAt)));
  return codePrefix(kind) + encodeBase64url(body);
}

/** Unwraps a pasted code (whitespace anywhere is ignored) to its parsed JSON, or the reason it is refused. */
export function unwrapCode(kind: CodeKind, text: string): Result<unknown, string> {
  const subject = `The ${kind.noun}`;
  const fail = (error: string): Result<unknown, string> => ({ ok: false, error });
  if (typeof text !== 'string') return fail(`${subject} is empty: paste the whole code.`);
  if (text.length > MAX_PASTED_CHARS)
    return fail(`${subject} is too large: at most ${MAX_CODE_CHARS} characters.`);
  const code = text.replace(/\s+/g, '');
  if (code === '') return fail(`${subject} is empty: paste the whole code.`);
  if (code.length > MAX_CODE_CHARS)
    return fail(`${subject} is too large: ${code.length} characters, at most ${MAX_CODE_CHARS}.`);

  const prefix = /^([A-Za-z]{4})(\d{1,4})\./.exec(code);
  const family = prefix?.[1].toUpperCase();
  const other = kind.otherKinds.find((k) => k.family === family);
  if (other) return fail(other.message);
  if (!prefix || family !== kind.family)
    return fail(`This is not a ${kind.noun}: a ${kind.noun} starts with ${codePrefix(kind)}`);
  if (Number(prefix[2]) !== kind.version) return fail(unsupported(kind, `format ${prefix[2]}`));

  const body = code.slice(prefix[0].length);
  const bad = findBadBase64urlChar(body);
  if (bad >= 0) {
    const char = String.fromCodePoint(body.codePointAt(bad) ?? 0);
    const position = prefix[0].length + bad + 1;
    return fail(
      `${subject} contains a character that cannot be in a code ("${char}" at position ${position}): copy it again exactly.`,
    );
  }
  const framed = readFrame(kind, body);
  if (!framed.ok) return framed;
  return parsePayload(kind, framed.value.flags, framed.value.payload);
}

/** Splits the decoded bytes into flags and payload after the length and checksum checks. */
function readFrame(kind: CodeKind, body: string): Result<{ flags: number; payload: Uint8Array }, string> {
  const subject = `The ${kind.noun}`;
  const truncated = {
    ok: false as const,
    error: `${subject} is incomplete: it looks cut off. Copy the whole code.`,
  };
  const edited = {
    ok: false as const,
    error: `${subject} is corrupt or was edited: its checksum does not match.`,
  };
  const decoded = decodeBase64urlLoose(body);
  if (!decoded.ok) return truncated;
  const bytes = decoded.value.bytes;
  const length = readVarint(bytes, 1);
  if (length === 'short') return truncated;
  if (length === 'bad') return edited;
  const end = length.next + length.value + CRC_BYTES;
  if (bytes.length !== end && lengthFieldEdited(bytes)) return edited;
  if (bytes.length < end) return truncated;
  if (bytes.length > end)
    return { ok: false, error: `${subject} is corrupt or was edited: it has extra characters at the end.` };
  const crcAt = end - CRC_BYTES;
  if (crc32(bytes.subarray(0, crcAt)) !== readUint32(bytes, crcAt) || !decoded.value.canonical) return edited;
  return { ok: true, value: { flags: bytes[0], payload: bytes.subarray(length.next, crcAt) } };
}

/** Whether a code whose length field disagrees with its size is whole but for an edit in its first bytes (the
 * flags and the length): some flags byte and the length that fits its size give back the checksum it ends with.
 * Then an edited character is reported as an edit, not as a cut-off code or extra characters. */
function lengthFieldEdited(bytes: Uint8Array): boolean {
  if (bytes.length < 1 + 1 + CRC_BYTES) return false;
  const crcAt = bytes.length - CRC_BYTES;
  const stored = readUint32(bytes, crcAt);
  for (let lengthBytes = 1; lengthBytes <= 3; lengthBytes++) {
    const payloadStart = 1 + lengthBytes;
    const length = writeVarint(crcAt - payloadStart);
    if (crcAt < payloadStart || length.length !== lengthBytes) continue;
    for (const flags of [FLAG_JSON, FLAG_DEFLATED]) {
      const candidate = bytes.slice(0, crcAt);
      candidate[0] = flags;
      candidate.set(length, 1);
      if (crc32(candidate) === stored) return true;
    }
  }
  return false;
}

/** How many characters (whitespace removed) the code starting `text` should have, read from its length field;
 * null when the start is not a code of this kind or too short to tell. Lets a paste join a code wrapped over
 * lines exactly up to its end. */
export function expectedCodeChars(kind: CodeKind, text: string): number | null {
  const prefix = codePrefix(kind);
  const code = text.replace(/\s+/g, '');
  if (code.slice(0, prefix.length).toUpperCase() !== prefix.toUpperCase()) return null;
  const head = code.slice(prefix.length, prefix.length + 8);
  if (head.length < 8 || findBadBase64urlChar(head) >= 0) return null;
  const decoded = decodeBase64urlLoose(head);
  if (!decoded.ok) return null;
  const length = readVarint(decoded.value.bytes, 1);
  if (typeof length !== 'object') return null;
  const bytes = length.next + length.value + CRC_BYTES;
  return prefix.length + Math.ceil((bytes * 4) / 3);
}

/** Strict UTF-8 (a malformed byte throws); one decoder serves every code, as each decode() is a whole text. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Expands (within the cap) and parses a checked payload. */
function parsePayload(kind: CodeKind, flags: number, payload: Uint8Array): Result<unknown, string> {
  const subject = `The ${kind.noun}`;
  let raw = payload;
  if (flags === FLAG_DEFLATED) {
    const byRatio = Math.max(EXPANSION_FLOOR, MAX_EXPANSION_RATIO * payload.length);
    const inflated = inflateCapped(payload, Math.min(MAX_EXPANDED_BYTES, byRatio));
    if (!inflated.ok) {
      if (inflated.error.type === 'tooLarge')
        return {
          ok: false,
          error:
            byRatio < MAX_EXPANDED_BYTES
              ? `${subject} expands to more than ${MAX_EXPANSION_RATIO} times its size, which no game does: refused.`
              : `${subject} expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB of data: refused.`,
        };
      return { ok: false, error: `${subject} holds damaged compressed data: it cannot be read.` };
    }
    raw = inflated.value;
  } else if (flags !== FLAG_JSON) {
    return { ok: false, error: unsupported(kind, `encoding ${flags}`) };
  }
  if (raw.length > MAX_EXPANDED_BYTES)
    return {
      ok: false,
      error: `${subject} expands to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB of data: refused.`,
    };
  try {
    const json = UTF8.decode(raw);
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: `${subject} does not hold valid data: its content is not JSON.` };
  }
}

/** The refusal for a code written by another version of the game. */
export function unsupported(kind: CodeKind, what: string): string {
  return `This ${kind.noun} uses an unsupported format version (${what}); this version of S&OP Arena reads ${codePrefix(kind)} codes only.`;
}

/** Unsigned LEB128, at most 3 bytes (enough for any payload under 2 MB). */
function writeVarint(value: number): Uint8Array {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } | 'short' | 'bad' {
  let value = 0;
  let scale = 1;
  for (let i = at; i < at + 3; i++) {
    if (i >= bytes.length) return 'short';
    value += (bytes[i] & 0x7f) * scale;
    if ((bytes[i] & 0x80) === 0) return { value, next: i + 1 };
    scale *= 128;
  }
  return 'bad';
}
