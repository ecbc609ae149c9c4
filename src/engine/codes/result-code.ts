/** Result codes: a finished game's record as compact, URL-safe, checksummed text (`SOPR1.…`). */
import { validateRecord } from '../record-schema';
import { recordOfKnownPacked } from '../record-shape';
import type { GameRecord, Result } from '../types';
import { codePrefix, RESULT_CODE, unsupported, unwrapCode, wrapCode } from './envelope';
import { packRecord, unpackRecord } from './record-pack';

/** The text a result code starts with. */
export const RESULT_CODE_PREFIX = codePrefix(RESULT_CODE);

/** Encodes a record as a result code; decodeResultCode gives back an equal record. */
export function encodeResultCode(record: GameRecord): string {
  return wrapCode(RESULT_CODE, JSON.stringify(packRecord(record)));
}

/** Decodes a pasted result code (whitespace and line breaks are ignored) into a validated record, or a
 * sentence saying why it is refused: empty, not a result code, bad characters, cut off, corrupt or
 * edited, too large, an unsupported version, or not a valid record (with the first problem's path). */
export function decodeResultCode(text: string): Result<GameRecord, string> {
  const unwrapped = unwrapCode(RESULT_CODE, text);
  if (!unwrapped.ok) return unwrapped;
  // A plainly valid packed record is read in one pass; anything else is unpacked and validated with its reasons.
  const known = recordOfKnownPacked(unwrapped.value);
  if (known !== undefined) return { ok: true, value: known };
  const unpacked = unpackRecord(unwrapped.value);
  if (!unpacked.ok) {
    if (unpacked.error === 'version') {
      const format = Array.isArray(unwrapped.value) ? String(unwrapped.value[0]) : '?';
      return { ok: false, error: unsupported(RESULT_CODE, `record format ${format}`) };
    }
    return {
      ok: false,
      error: 'The result code does not hold a game record: its content has an unknown layout.',
    };
  }
  const record = validateRecord(unpacked.value);
  if (!record.ok)
    return { ok: false, error: `The result code does not hold a valid game record: ${record.error}.` };
  return record;
}
