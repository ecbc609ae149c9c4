import { describe, expect, it } from 'vitest';
import {
  fileInputs,
  MAX_FILE_BYTES,
  MAX_PASTE_CHARS,
  pastedInputs,
  resultFileContent,
  splitCodes,
} from '../../src/engine/classroom';

describe('splitCodes', () => {
  it('gives one code per line, trimmed, skipping blank lines, with line numbers', () => {
    expect(splitCodes('  SOPR1.abc  \n\nSOPR1.def\r\nSOPR1.ghi')).toEqual([
      { line: 1, text: 'SOPR1.abc' },
      { line: 3, text: 'SOPR1.def' },
      { line: 4, text: 'SOPR1.ghi' },
    ]);
  });

  it('joins a code wrapped over several lines', () => {
    expect(splitCodes('SOPR1.abc\ndef\nghi\nSOPR1.xyz')).toEqual([
      { line: 1, text: 'SOPR1.abcdefghi' },
      { line: 4, text: 'SOPR1.xyz' },
    ]);
  });

  it('keeps a stray line as its own item (the verifier refuses it)', () => {
    expect(splitCodes('hello\n\nSOPR1.abc')).toEqual([
      { line: 1, text: 'hello' },
      { line: 3, text: 'SOPR1.abc' },
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitCodes(' \n\n ')).toEqual([]);
  });
});

describe('pastedInputs and fileInputs', () => {
  it('reads pasted codes as code inputs with their line', () => {
    const inputs = pastedInputs('SOPR1.a\nSOPR1.b');
    expect(inputs.ok && inputs.value).toEqual([
      { source: 'paste, line 1', kind: 'code', text: 'SOPR1.a' },
      { source: 'paste, line 2', kind: 'code', text: 'SOPR1.b' },
    ]);
  });

  it('reads a JSON file as one input, a JSON list as several, bad JSON as unreadable', () => {
    const one = fileInputs('a.json', '{"kind":"sop-arena-result","code":"SOPR1.x"}');
    expect(one.ok && one.value).toEqual([
      { source: 'a.json', kind: 'json', data: { kind: 'sop-arena-result', code: 'SOPR1.x' } },
    ]);
    const list = fileInputs('b.json', '[{"a":1},{"b":2}]');
    expect(list.ok && list.value.map((i) => i.source)).toEqual(['b.json [1]', 'b.json [2]']);
    const bad = fileInputs('c.json', '{"kind": ');
    expect(bad.ok && bad.value[0].kind).toBe('unreadable');
  });

  it('reads a text file of codes', () => {
    const inputs = fileInputs('codes.txt', '\uFEFFSOPR1.a\nSOPR1.b\n');
    expect(inputs.ok && inputs.value.map((i) => i.source)).toEqual([
      'codes.txt, line 1',
      'codes.txt, line 2',
    ]);
  });

  it('refuses oversized input before parsing it', () => {
    const pasted = pastedInputs('x'.repeat(MAX_PASTE_CHARS + 1));
    expect(pasted.ok).toBe(false);
    expect(!pasted.ok && pasted.error).toMatch(/too large/);
    const file = fileInputs('big.json', `{"a":"${'x'.repeat(MAX_FILE_BYTES)}"}`);
    expect(!file.ok && file.error).toMatch(/big\.json is too large/);
  });

  it('refuses more than 1000 codes at once', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `SOPR1.${i}`).join('\n');
    expect(pastedInputs(many).ok).toBe(false);
  });
});

describe('resultFileContent', () => {
  it('takes a raw record as the record', () => {
    expect(resultFileContent({ format: 1 })).toEqual({ ok: true, value: { record: { format: 1 } } });
  });

  it('takes a result file with a code, a record or both', () => {
    expect(resultFileContent({ kind: 'sop-arena-result', code: 'SOPR1.x', record: { format: 1 } })).toEqual({
      ok: true,
      value: { code: 'SOPR1.x', record: { format: 1 } },
    });
  });

  it('refuses other kinds, empty result files, codes that are not text, and non-objects', () => {
    expect(resultFileContent({ kind: 'scenario' }).ok).toBe(false);
    expect(resultFileContent({ kind: 'sop-arena-result' }).ok).toBe(false);
    expect(resultFileContent({ kind: 'sop-arena-result', code: 5 }).ok).toBe(false);
    expect(resultFileContent([1, 2]).ok).toBe(false);
    expect(resultFileContent('SOPR1.x').ok).toBe(false);
  });
});
