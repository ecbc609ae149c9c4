import { describe, expect, it } from 'vitest';
import {
  fileInputs,
  MAX_FILE_BYTES,
  MAX_PASTE_CHARS,
  pastedInputs,
  resultFileContent,
  splitCodes,
  verifyInput,
} from '../../src/engine/classroom';
import { codeOf, finishedRecord } from './fixtures';

const A = codeOf(finishedRecord({ team: 'Owls' }));
const B = codeOf(finishedRecord({ team: 'Foxes', sales: 'optimist', ops: 'cautious' }));
const wrap = (code: string, width: number) => code.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '';

describe('splitCodes', () => {
  it('gives one code per line, trimmed, skipping blank lines, with line numbers', () => {
    expect(splitCodes(`  ${A}  \n\n${B}\r\n${A}`).codes).toEqual([
      { line: 1, text: A },
      { line: 3, text: B },
      { line: 4, text: A },
    ]);
  });

  it('joins a code wrapped over several lines exactly up to its length', () => {
    const split = splitCodes(`${wrap(A, 76)}\nThanks\n${wrap(B, 60)}\nabc`);
    expect(split.codes.map((c) => c.text)).toEqual([A, B]);
    // "Thanks" and "abc" are made of code characters, but the codes above them were complete.
    expect(split.ignored).toEqual([
      { line: Math.ceil(A.length / 76) + 1, text: 'Thanks' },
      expect.objectContaining({ text: 'abc' }),
    ]);
  });

  it('accepts labelled lines and keeps the label', () => {
    const split = splitCodes(`Team name: ${A}\nFoxes — ${B}\n- ${A}`);
    expect(split.codes).toEqual([
      { line: 1, text: A, label: 'Team name' },
      { line: 2, text: B, label: 'Foxes' },
      { line: 3, text: A },
    ]);
    expect(split.ignored).toEqual([]);
  });

  it('lists every line that is not a code, so nothing is dropped silently', () => {
    const split = splitCodes(`Hello,\nhere are our results:\n\n${A}\n\nBest, Ada`);
    expect(split.codes.map((c) => c.line)).toEqual([4]);
    expect(split.ignored).toEqual([
      { line: 1, text: 'Hello,' },
      { line: 2, text: 'here are our results:' },
      { line: 6, text: 'Best, Ada' },
    ]);
  });

  it('keeps a broken code as a code (the verifier says why it is refused)', () => {
    expect(splitCodes('SOPR1.abc!def').codes).toEqual([{ line: 1, text: 'SOPR1.abc!def' }]);
  });

  it('counts ignored lines beyond the first hundred', () => {
    const split = splitCodes(Array.from({ length: 130 }, (_, i) => `line ${i}`).join('\n'));
    expect(split.ignored).toHaveLength(100);
    expect(split.ignoredMore).toBe(30);
  });

  it('gives nothing for blank text', () => {
    expect(splitCodes(' \n\n ')).toEqual({ codes: [], ignored: [], ignoredMore: 0 });
  });
});

describe('a pasted code with one character edited', () => {
  it('is reported as edited wherever the character is, never as cut off or with extra characters', () => {
    const messages = new Set<string>();
    for (let at = 'SOPR1.'.length; at < A.length; at++) {
      const replacement = A[at] === 'A' ? 'B' : 'A';
      const edited = `${A.slice(0, at)}${replacement}${A.slice(at + 1)}`;
      const pasted = pastedInputs(`Owls: ${edited}`);
      if (!pasted.ok) throw new Error(pasted.error);
      expect(pasted.value.inputs).toHaveLength(1);
      const result = verifyInput(pasted.value.inputs[0]);
      messages.add(result.ok ? 'accepted' : result.message);
    }
    expect([...messages]).toEqual(['The result code is corrupt or was edited: its checksum does not match.']);
  });
});

describe('pastedInputs and fileInputs', () => {
  it('reads pasted codes as code inputs with their line and label, and lists the other lines', () => {
    const inputs = pastedInputs('SOPR1.a\nOwls: SOPR1.b\nsee you');
    expect(inputs.ok && inputs.value).toEqual({
      inputs: [
        { source: 'paste, line 1', kind: 'code', text: 'SOPR1.a' },
        { source: 'paste, line 2 (“Owls”)', kind: 'code', text: 'SOPR1.b' },
      ],
      ignored: [{ source: 'paste, line 3', text: 'see you' }],
      ignoredMore: 0,
    });
  });

  it('reads a JSON file as one input, a JSON list as several, bad JSON as unreadable', () => {
    const one = fileInputs('a.json', '{"kind":"sop-arena-result","code":"SOPR1.x"}');
    expect(one.ok && one.value.inputs).toEqual([
      { source: 'a.json', kind: 'json', data: { kind: 'sop-arena-result', code: 'SOPR1.x' } },
    ]);
    const list = fileInputs('b.json', '[{"a":1},{"b":2}]');
    expect(list.ok && list.value.inputs.map((i) => i.source)).toEqual(['b.json [1]', 'b.json [2]']);
    const bad = fileInputs('c.json', '{"kind": ');
    expect(bad.ok && bad.value.inputs[0].kind).toBe('unreadable');
  });

  it('reads a text file of codes', () => {
    const inputs = fileInputs('codes.txt', '\uFEFFSOPR1.a\nSOPR1.b\n');
    expect(inputs.ok && inputs.value.inputs.map((i) => i.source)).toEqual([
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
