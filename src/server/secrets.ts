/** Unguessable identifiers: tokens, join codes, and the hashes the database keeps instead of tokens. */
import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from a projector is unambiguous. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random URL-safe token of `bytes` random bytes (base64url). */
export function randomToken(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

/** A random id with a readable prefix, e.g. "team_…" (12 random bytes). */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** A join code: 10 Crockford base32 characters (50 bits), shown as "ABCDE-FGHJK". */
export function newJoinCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const byte of bytes) code += CROCKFORD[byte & 31];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed join code in its stored form: upper case, dash in the middle; O→0 and I/L→1 as Crockford reads them. */
export function normaliseJoinCode(text: string): string | null {
  const plain = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== 10 || [...plain].some((c) => !CROCKFORD.includes(c))) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/** SHA-256 of a token, hex: what the database stores, so a copy of it opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
