import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, encodeSessionCode } from '../../src/engine/codes';
import { codeOf, finishedRecord, SESSION_A, SESSION_B } from './fixtures';

/** Runs `npx tsx src/cli/verify.ts ARGS` as a grader would. */
function verify(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/verify.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sop-verify-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
let good: { resultFile: string; record: string; codes: string; forged: string };

beforeAll(() => {
  const one = finishedRecord({ session: SESSION_A, team: 'Owls' });
  const two = finishedRecord({ session: SESSION_A, team: 'Foxes', sales: 'optimist', ops: 'cautious' });
  const decoded = decodeResultCode(codeOf(two));
  if (!decoded.ok) throw new Error(decoded.error);
  const claimed = decoded.value.claimed!;
  const forgedCode = encodeResultCode({ ...decoded.value, claimed: { ...claimed, total: 99.9 } });
  good = {
    resultFile: file(
      'owls.json',
      JSON.stringify({ kind: 'sop-arena-result', code: codeOf(one), record: one }),
    ),
    record: file('foxes-record.json', JSON.stringify(two)),
    codes: file('codes.txt', `${codeOf(one)}\n${codeOf(two)}\n`),
    forged: file('forged.txt', `${forgedCode}\n`),
  };
});

describe('npm run verify', () => {
  it('exits 0 and prints the ranked table when every result is valid; repeats are counted once', () => {
    const run = verify(good.resultFile, good.record, good.codes);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /2 verified \(2 ranked, 0 played under other rules\), 0 refused, 2 duplicates/,
    );
    expect(run.stdout).toMatch(/rank\s+team\s+players\s+score/);
    expect(run.stdout).toMatch(/Owls/);
    expect(run.stdout).toMatch(/Foxes/);
  }, 130_000);

  it('exits 1 and lists the refusal with its reason when a claimed score was edited', () => {
    const run = verify(good.codes, good.forged);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Refused:\n\s+.*forged\.txt, line 1: tampered: The claimed score 99\.9/);
  }, 130_000);

  it('prints JSON and CSV', () => {
    const json = verify('--json', good.codes, good.forged);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.leaderboard).toHaveLength(2);
    expect(parsed.leaderboard[0].rank).toBe(1);
    expect(parsed.refused[0].reason).toBe('tampered');
    const csv = verify('--csv', good.codes);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFFRank,Team,Players,Score \(0–100\)/);
    expect(csv.stdout.split('\r\n')).toHaveLength(4);
  }, 130_000);

  it('refuses results of another session with --session', () => {
    const run = verify('--session', encodeSessionCode(SESSION_B), good.codes);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /another session: The result belongs to the session "Class A", not to "Class B"/,
    );
  }, 130_000);

  it.each([
    [[], /no files to verify/],
    [['--nope', 'x.json'], /unknown flag "--nope"/],
    [[join(dir, 'missing.json')], /cannot read .*missing\.json: no such file/],
    [['--csv', '--json', 'x'], /not both/],
    [['--session', 'SOPS1.garbage', 'x'], /--session: /],
  ])(
    'exits 2 with one line on stderr and no stack trace for bad usage: %j',
    (args, message) => {
      const run = verify(...(args as string[]));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    },
    130_000,
  );
});
