/** Hostile inputs: nothing reads past its cap, nothing unbounded is echoed, and the cheap checks come first.
 * Nothing here is timed: each test proves the order of the work (how much was read, which check refused). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readCapped, readTextFile } from '../../src/cli/io';
import { fieldText, jsonSafe, terminalSafe } from '../../src/cli/terminal-text';
import { runVerify } from '../../src/cli/verify';
import { ENGINE_VERSION } from '../../src/engine';
import { verifyCode, verifyJson } from '../../src/engine/classroom';
import { RESULT_CODE, wrapCode } from '../../src/engine/codes/envelope';
import { codeOf, finishedRecord } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'sop-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('reading through a cap', () => {
  it('stops one byte past the cap of an endless source, like /dev/zero', () => {
    let served = 0;
    const endless = (buffer: Uint8Array) => {
      buffer.fill(0);
      served += buffer.length;
      return buffer.length;
    };
    expect(readCapped(endless, 1000, 64)).toEqual({ ok: false, error: 'tooLarge' });
    expect(served).toBe(1001);
  });

  it('reads a source that says nothing of its size to its end', () => {
    const chunks = [3, 2, 0];
    const source = (buffer: Uint8Array) => {
      const count = chunks.shift() ?? 0;
      buffer.fill(7, 0, count);
      return count;
    };
    const read = readCapped(source, 10, 4);
    expect(read.ok && [...read.value]).toEqual([7, 7, 7, 7, 7]);
  });

  it('refuses devices and FIFOs before opening them', () => {
    expect(readTextFile('/dev/zero')).toEqual({
      ok: false,
      error:
        'cannot read /dev/zero: not a regular file (a device, pipe or socket); save the input to a file first',
    });
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Opening a FIFO without a writer would block for ever: the refusal comes first.
    expect(readTextFile(fifo)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a regular file/),
    });
  });

  it('does not trust the size a file announces (/proc files say 0)', () => {
    expect(readTextFile('/proc/self/status', 16)).toEqual({
      ok: false,
      error: 'cannot read /proc/self/status: larger than 16 bytes',
    });
    const whole = readTextFile('/proc/self/status');
    expect(whole.ok && whole.value).toMatch(/^Name:/);
  });

  it('refuses an oversized file from its size, and a binary file without echoing it', () => {
    expect(readTextFile(file('big.txt', 'x'.repeat(2000)), 1000)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/larger than 1000 bytes/),
    });
    expect(MAX_INPUT_BYTES).toBe(8 * 1024 * 1024);
    const binary = readTextFile(file('bin.dat', Uint8Array.from([0x1b, 0x5b, 0x32, 0x4a, 0, 0xff])));
    expect(binary).toEqual({
      ok: false,
      error: expect.stringMatching(/not a text file \(it holds binary data\)$/),
    });
  });
});

describe('a record with a hostile number of actions', () => {
  const hostile = (actions: unknown[]) =>
    wrapCode(
      RESULT_CODE,
      JSON.stringify([1, ENGINE_VERSION, 'steady-start', '0123456789abcdef', 's', [6, 1], [], actions, {}]),
    );
  /** Action codes 0–8 in a scrambled order, so that the code does not compress like a bomb. */
  const scrambled = (count: number) => Array.from({ length: count }, (_, i) => (i * 7919 + (i >> 3)) % 9);

  it('is refused by its count before any action is looked at', () => {
    // The count is what is reported: no action was unpacked or checked before it.
    expect(verifyCode(hostile(scrambled(3000)))).toMatchObject({
      ok: false,
      message: 'The result code does not hold a valid game record: actions: must hold at most 2000 actions.',
    });
  });

  it('is refused before it is expanded when it compresses like a bomb', () => {
    expect(verifyCode(hostile(Array(300_000).fill(7)))).toMatchObject({
      ok: false,
      message: 'The result code expands to more than 32 times its size, which no game does: refused.',
    });
  });

  it('and other lists too: a team of 100,000 "players" that are not even names is refused by its count', () => {
    const record = { ...finishedRecord(), team: { name: 'T', players: Array(100_000).fill(0) } };
    expect(verifyJson(record)).toMatchObject({
      ok: false,
      message: 'This is not a valid game record: team.players: must name at most 4 players.',
    });
  });

  it('as a raw record too, whose items are not even actions', () => {
    const record = { ...finishedRecord(), actions: Array(300_000).fill('x') };
    expect(verifyJson(record)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at most 2000 actions/),
    });
  });
});

describe('text echoed to a terminal', () => {
  it('shows control characters, C1 controls and bidi overrides as escapes, keeping line ends', () => {
    expect(terminalSafe('a\u001b]0;owned\u0007b\u009b2J\u202ec\r\nd\re\tf\n')).toBe(
      'a\\x1b]0;owned\\x07b\\x9b2J\\u202ec\r\nd\\x0de\tf\n',
    );
    expect(fieldText(`${'x'.repeat(100)}\n`, 10)).toBe(`${'x'.repeat(9)}…`);
    expect(JSON.parse(jsonSafe(JSON.stringify({ t: 'a\u009bb\u202e' })))).toEqual({ t: 'a\u009bb\u202e' });
    expect(jsonSafe(JSON.stringify('a\u009bb'))).toBe('"a\\u009bb"');
  });

  it('never prints a record’s control characters or an unvalidated engine version at length', () => {
    const evil = finishedRecord({ team: '\u001b[2J\u001b]0;pwned\u0007Owls' });
    const paths = [
      file('evil.txt', `${codeOf(evil)}\n`),
      file('version.json', JSON.stringify({ ...evil, engineVersion: `\u001b[31m${'9'.repeat(5000)}` })),
    ];
    for (const format of [[], ['--json'], ['--csv']]) {
      let out = '';
      runVerify([...format, ...paths], { stdout: (t) => (out += t), stderr: (t) => (out += t) });
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u0007');
      expect(out).not.toContain('9'.repeat(100));
    }
  });

  it('ends quietly when the reader of its output goes away (| head -1)', () => {
    // 1000 copies give about 100 KB of JSON: more than a pipe holds, so the writer meets the closed pipe.
    const codes = file('many.txt', `${Array(1000).fill(codeOf(finishedRecord())).join('\n')}\n`);
    const run = spawnSync('sh', ['-c', `npx tsx src/cli/verify.ts --json ${codes} | head -1`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stdout).toBe('{\n');
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 130_000);
});
