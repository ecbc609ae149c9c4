/** Pasted text and dropped files turned into the separate inputs the verifier checks, one result each. */
import type { Result } from '../types';

/** Largest file the instructor's page reads, in bytes; checked before the file is read. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Longest pasted text, in characters; checked before it is split. */
export const MAX_PASTE_CHARS = 2 * 1024 * 1024;
/** The `kind` of a result file written by the game. */
export const RESULT_FILE_KIND = 'sop-arena-result';
/** Most results one file or one paste may hold. */
export const MAX_INPUTS = 1000;

/** One thing to verify, with where it came from ("paste, line 3", "team-a.json"). */
export type VerifyInput =
  | { source: string; kind: 'code'; text: string }
  | { source: string; kind: 'json'; data: unknown }
  /** Something that could not even be read as a code or JSON: refused as corrupt. */
  | { source: string; kind: 'unreadable'; message: string };

/** A line that starts a code: four letters, a version, a dot (SOPR1., SOPS1., …). */
const CODE_START = /^[A-Za-z]{4}\d{1,4}\./;

/** Splits pasted text into codes, one per line. A line that does not start like a code continues the
 * code above it (a long code wrapped by an e-mail or a chat); blank lines end a code. */
export function splitCodes(text: string): { line: number; text: string }[] {
  const codes: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = null;
      return;
    }
    if (current !== null && !CODE_START.test(line)) {
      current.text += line;
      return;
    }
    current = { line: index + 1, text: line };
    codes.push(current);
  });
  return codes;
}

/** The inputs of a pasted text (codes one per line, or a whole result file's JSON), or why it is refused. */
export function pastedInputs(text: string): Result<VerifyInput[], string> {
  if (text.length > MAX_PASTE_CHARS)
    return { ok: false, error: `The pasted text is too large: at most ${MAX_PASTE_CHARS / 1024 / 1024} MB.` };
  return limited(textInputs('paste', text));
}

/** The inputs a file holds: a result file (`{kind: "sop-arena-result", code, record}`), a raw record
 * (as `npm run sim -- --record-out` writes), a JSON list of either, or a text file of codes one per line. */
export function fileInputs(name: string, text: string): Result<VerifyInput[], string> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, error: `${name} is too large: at most ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
  return limited(textInputs(name, text));
}

function limited(inputs: VerifyInput[]): Result<VerifyInput[], string> {
  if (inputs.length > MAX_INPUTS)
    return { ok: false, error: `Too many results at once (${inputs.length}); at most ${MAX_INPUTS}.` };
  return { ok: true, value: inputs };
}

function textInputs(source: string, text: string): VerifyInput[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return jsonInputs(source, trimmed);
  return splitCodes(trimmed).map((code) => ({
    source: source === 'paste' ? `paste, line ${code.line}` : `${source}, line ${code.line}`,
    kind: 'code',
    text: code.text,
  }));
}

function jsonInputs(source: string, text: string): VerifyInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ source, kind: 'unreadable', message: `This is not valid JSON (${reason}).` }];
  }
  if (!Array.isArray(data)) return [{ source, kind: 'json', data }];
  return data.map((item, index) => ({ source: `${source} [${index + 1}]`, kind: 'json', data: item }));
}

/** What a result file or record JSON holds: a record to check, a code to decode, or both (which must agree). */
export interface ResultFileContent {
  record?: unknown;
  code?: string;
}

/** Reads the JSON of a result file or a raw record; refuses anything else with a sentence. */
export function resultFileContent(data: unknown): Result<ResultFileContent, string> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'This file does not hold a result: it is not a JSON object.' };
  const object = data as Record<string, unknown>;
  if (!('kind' in object)) return { ok: true, value: { record: data } };
  if (object.kind !== RESULT_FILE_KIND)
    return { ok: false, error: `This file does not hold a result (its kind is not "${RESULT_FILE_KIND}").` };
  const { code, record } = object;
  if (code !== undefined && typeof code !== 'string')
    return { ok: false, error: 'This result file is damaged: its code is not text.' };
  if (code === undefined && record === undefined)
    return { ok: false, error: 'This result file is empty: it holds neither a code nor a record.' };
  return { ok: true, value: { ...(record !== undefined ? { record } : {}), ...(code ? { code } : {}) } };
}
