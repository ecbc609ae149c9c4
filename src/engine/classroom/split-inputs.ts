/** Pasted text and dropped files turned into the separate inputs the verifier checks, one result each. */
import { expectedCodeChars, RESULT_CODE, SESSION_CODE } from '../codes/envelope';
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

/** Where a code starts in a line: four letters, a version and a dot (SOPR1., SOPS1., …), not inside a word. */
const CODE_START = /(?:^|[^A-Za-z0-9_-])([A-Za-z]{4}\d{1,4}\.)/;
/** A line that may continue a wrapped code: code characters only, no space. */
const CODE_CHARS = /^[A-Za-z0-9_-]+$/;
/** Most ignored lines listed one by one; the rest are counted. */
const MAX_IGNORED_LISTED = 100;

/** A code found in pasted text: the line it starts on, its text, and the label before it ("Team name:"). */
export interface FoundCode {
  line: number;
  text: string;
  label?: string;
}

/** A line that holds no code, shown to the instructor so that nothing pasted is dropped silently. */
export interface IgnoredLine {
  line: number;
  /** The line as pasted, clipped to 80 characters. */
  text: string;
}

/** Every line of a paste accounted for: the codes (with their labels) and the lines that are not codes. */
export interface SplitText {
  codes: FoundCode[];
  ignored: IgnoredLine[];
  /** Ignored lines beyond the ones listed. */
  ignoredMore: number;
}

/** Splits pasted text into codes. A line holding a code start begins a code (text before it is its label, as in
 * "Team Owls: SOPR1.…"); a code wrapped over lines (by an e-mail or a chat) goes on while it is shorter than its
 * length field says and the next line is made of code characters only; blank lines end a code. Every other
 * non-blank line is listed as ignored. */
export function splitCodes(text: string): SplitText {
  const out: SplitText = { codes: [], ignored: [], ignoredMore: 0 };
  let current: (FoundCode & { expected: number | null }) | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = null;
      return;
    }
    const start = CODE_START.exec(line);
    if (start) {
      const at = start.index + start[0].length - start[1].length;
      const label = line
        .slice(0, at)
        .replace(/[\s:=>\-–—|]+$/, '')
        .trim();
      const code = line.slice(at).replace(/\s+/g, '');
      current = { line: index + 1, text: code, expected: codeLength(code) };
      if (label !== '') current.label = label.length > 40 ? `${label.slice(0, 39)}…` : label;
      out.codes.push(current);
      return;
    }
    if (current !== null && CODE_CHARS.test(line) && wantsMore(current)) {
      current.text += line;
      current.expected ??= codeLength(current.text);
      return;
    }
    current = null;
    if (out.ignored.length < MAX_IGNORED_LISTED)
      out.ignored.push({ line: index + 1, text: line.length > 80 ? `${line.slice(0, 79)}…` : line });
    else out.ignoredMore++;
  });
  for (const code of out.codes) delete (code as { expected?: unknown }).expected;
  return out;
}

/** A code wants another line while it is shorter than its length field says (or, unreadable, always). */
function wantsMore(code: { text: string; expected: number | null }): boolean {
  return code.expected === null || code.text.length < code.expected;
}

function codeLength(code: string): number | null {
  return expectedCodeChars(RESULT_CODE, code) ?? expectedCodeChars(SESSION_CODE, code);
}

/** What a paste or a file gave: the inputs to verify and the lines that held no code. */
export interface ReadInputs {
  inputs: VerifyInput[];
  ignored: { source: string; text: string }[];
  /** Ignored lines beyond the ones listed. */
  ignoredMore: number;
}

/** The inputs of a pasted text (codes one per line, or a whole result file's JSON), or why it is refused. */
export function pastedInputs(text: string): Result<ReadInputs, string> {
  if (text.length > MAX_PASTE_CHARS)
    return { ok: false, error: `The pasted text is too large: at most ${MAX_PASTE_CHARS / 1024 / 1024} MB.` };
  return limited(textInputs('paste', text));
}

/** The inputs a file holds: a result file (`{kind: "sop-arena-result", code, record}`), a raw record
 * (as `npm run sim -- --record-out` writes), a JSON list of either, or a text file of codes one per line. */
export function fileInputs(name: string, text: string): Result<ReadInputs, string> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, error: `${name} is too large: at most ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
  return limited(textInputs(name, text));
}

function limited(read: ReadInputs): Result<ReadInputs, string> {
  if (read.inputs.length > MAX_INPUTS)
    return { ok: false, error: `Too many results at once (${read.inputs.length}); at most ${MAX_INPUTS}.` };
  return { ok: true, value: read };
}

function textInputs(source: string, text: string): ReadInputs {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('['))
    return { inputs: jsonInputs(source, trimmed), ignored: [], ignoredMore: 0 };
  const where = (line: number) => (source === 'paste' ? `paste, line ${line}` : `${source}, line ${line}`);
  const split = splitCodes(trimmed);
  return {
    inputs: split.codes.map((code) => ({
      source: code.label ? `${where(code.line)} (“${code.label}”)` : where(code.line),
      kind: 'code',
      text: code.text,
    })),
    ignored: split.ignored.map((line) => ({ source: where(line.line), text: line.text })),
    ignoredMore: split.ignoredMore,
  };
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
