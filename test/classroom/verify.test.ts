import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine';
import { verifyCode, verifyInput, verifyJson, verifyRecord } from '../../src/engine/classroom';
import { decodeResultCode, encodeResultCode, encodeSessionCode } from '../../src/engine/codes';
import type { GameRecord } from '../../src/engine/types';
import { codeOf, finishedRecord, SESSION_A, SESSION_B, unfinishedRecord } from './fixtures';

const record = finishedRecord({ session: SESSION_A });
const code = codeOf(record);
const refusalOf = (result: ReturnType<typeof verifyCode>) => (result.ok ? 'accepted' : result.reason);

describe('verify accepts a genuine result', () => {
  it('from its code: every number comes from the replay and matches the claim', () => {
    const result = verifyCode(code);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { entry } = result;
    expect(entry.team).toBe('Team One');
    expect(entry.players).toEqual(['Ada', 'Ben']);
    expect(entry.total).toBe(record.claimed?.total);
    expect(entry.profitCents).toBe(record.claimed?.profitCents);
    expect(entry.months).toBe(6);
    expect(entry.monthly).toHaveLength(6);
    expect(entry.fillRate).toBeGreaterThan(0);
    expect(entry.fillRate).toBeLessThanOrEqual(1);
    expect(entry.forecastAccuracy).toBeGreaterThan(0);
    expect(entry.sessionName).toBe('Class A');
    expect(entry.sessionId).toMatch(/^[0-9a-f]{12}$/);
  });

  it('from a result file, a raw record and a result file holding only a code', () => {
    const file = { kind: 'sop-arena-result', code, record };
    expect(verifyJson(file).ok).toBe(true);
    expect(verifyJson(JSON.parse(JSON.stringify(record))).ok).toBe(true);
    expect(verifyJson({ kind: 'sop-arena-result', code }).ok).toBe(true);
  });

  it('against its own session', () => {
    expect(verifyCode(code, { session: SESSION_A }).ok).toBe(true);
  });

  it('a record without a claim, scored by the replay', () => {
    const { claimed: _claimed, ...unclaimed } = record;
    const result = verifyRecord(unclaimed);
    expect(result.ok && result.entry.total).toBe(record.claimed?.total);
  });
});

describe('verify refuses', () => {
  it('a corrupt code: one character changed, cut off, or not a code at all', () => {
    const at = 40;
    const flipped = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(refusalOf(verifyCode(flipped))).toBe('corrupt');
    expect(refusalOf(verifyCode(code.slice(0, code.length - 10)))).toBe('corrupt');
    expect(refusalOf(verifyCode('hello world'))).toBe('corrupt');
    expect(refusalOf(verifyInput({ source: 'x', kind: 'unreadable', message: 'bad JSON' }))).toBe('corrupt');
    expect(refusalOf(verifyJson({ kind: 'something-else' }))).toBe('corrupt');
    expect(refusalOf(verifyJson({ format: 1, actions: 'many' }))).toBe('corrupt');
  });

  it('a code whose claimed score was edited (re-encoded with a valid checksum): tampered', () => {
    const decoded = decodeResultCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    const claimed = decoded.value.claimed!;
    const forged = encodeResultCode({ ...decoded.value, claimed: { ...claimed, total: claimed.total + 5 } });
    const result = verifyCode(forged);
    expect(refusalOf(result)).toBe('tampered');
    expect(!result.ok && result.message).toMatch(/claimed score/);
    expect(!result.ok && result.team).toBe('Team One');
  });

  it('a file whose claimed profit was edited: tampered', () => {
    const claimed = record.claimed!;
    const forged = { ...record, claimed: { ...claimed, profitCents: claimed.profitCents + 100 } };
    expect(refusalOf(verifyJson(forged))).toBe('tampered');
  });

  it('a record whose decisions break the rules: tampered', () => {
    const actions = record.actions.map((action) =>
      action.type === 'submitOpsPlan' ? { ...action, plan: { ...action.plan, overtimeHours: -50 } } : action,
    );
    const result = verifyRecord({ ...record, actions });
    expect(refusalOf(result)).toBe('tampered');
    expect(!result.ok && result.message).toMatch(/refused by the rules/);
  });

  it('a result file whose code and record differ: tampered', () => {
    const other = finishedRecord({
      team: 'Team Two',
      sales: 'optimist',
      ops: 'cautious',
      session: SESSION_A,
    });
    expect(refusalOf(verifyJson({ kind: 'sop-arena-result', code, record: other }))).toBe('tampered');
  });

  it('a record naming a session whose seed it did not play: against the session rules', () => {
    const wrongSeed = finishedRecord({ seed: 'another' });
    const claimsA: GameRecord = {
      ...wrongSeed,
      session: { name: 'Class A', code: encodeSessionCode(SESSION_A) },
    };
    const result = verifyRecord(claimsA);
    expect(refusalOf(result)).toBe('rules');
    expect(!result.ok && result.message).toMatch(/not played by its rules: another seed\./);
  });

  it('a result of another session, or of no session, when checked against a session', () => {
    const fromB = finishedRecord({ session: SESSION_B });
    const result = verifyRecord(fromB, { session: SESSION_A });
    expect(refusalOf(result)).toBe('otherSession');
    expect(!result.ok && result.message).toContain('Class B');
    expect(refusalOf(verifyRecord(finishedRecord(), { session: SESSION_A }))).toBe('otherSession');
  });

  it('a result made by another engine version, as a record and as a code', () => {
    const older = { ...record, engineVersion: '0.9.0' };
    expect(ENGINE_VERSION).not.toBe('0.9.0');
    expect(refusalOf(verifyRecord(older))).toBe('engineVersion');
    expect(refusalOf(verifyJson(older))).toBe('engineVersion');
    expect(refusalOf(verifyCode(encodeResultCode(older)))).toBe('engineVersion');
    expect(refusalOf(verifyCode(code.replace('SOPR1.', 'SOPR2.')))).toBe('engineVersion');
  });

  it('an unfinished game: incomplete', () => {
    const result = verifyCode(codeOf(unfinishedRecord()));
    expect(refusalOf(result)).toBe('incomplete');
    expect(!result.ok && result.message).toMatch(/2 of 6 rounds/);
  });
});

describe('verify checks the scenario by its hash', () => {
  it('refuses a record whose built-in scenario hash does not match: tampered', () => {
    const result = verifyRecord({ ...finishedRecord(), scenarioHash: '0123456789abcdef' });
    expect(refusalOf(result)).toBe('tampered');
    expect(!result.ok && result.message).toMatch(/hash differs/);
  });

  it('refuses a record naming a scenario this version does not have: corrupt', () => {
    expect(refusalOf(verifyRecord({ ...record, scenarioId: 'no-such-scenario', session: undefined }))).toBe(
      'corrupt',
    );
  });
});
