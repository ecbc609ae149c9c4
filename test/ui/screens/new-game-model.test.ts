import { describe, expect, it } from 'vitest';
import { getScenario } from '../../../src/engine';
import { decodeSessionCode, encodeSessionCode } from '../../../src/engine/codes';
import {
  emptyDraft,
  extractSessionCode,
  nameSlots,
  parseWhole,
  readSessionCode,
  validateNewGame,
} from '../../../src/ui/present/new-game-model';

const decode = (text: string) =>
  readSessionCode(text, decodeSessionCode, (id) => getScenario(id) !== undefined);
const draft = (patch: Partial<ReturnType<typeof emptyDraft>> = {}) => ({
  ...emptyDraft('abc123', 'steady-start'),
  players: ['Ana', '', '', ''],
  ...patch,
});

describe('name fields per mode', () => {
  it.each([
    ['solo', 1, 1],
    ['pair', 2, 2],
    ['team', 4, 3],
  ] as const)('%s shows %i fields and needs %i', (mode, shown, required) => {
    expect(nameSlots(mode)).toEqual({ shown, required });
  });
});

describe('parseWhole', () => {
  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['12.5', null],
    ['', null],
    ['1e3', null],
    ['-3', null],
  ])('%j → %j', (text, value) => {
    expect(parseWhole(text)).toBe(value);
  });
});

describe('validateNewGame with a built-in scenario', () => {
  it('accepts a solo game and makes the input', () => {
    const result = validateNewGame(draft(), decode);
    expect(result).toEqual({
      ok: true,
      value: {
        mode: 'solo',
        players: ['Ana'],
        teamName: 'Ana',
        persona: 'incentive',
        scenarioId: 'steady-start',
        seed: 'abc123',
        rounds: 12,
        rotateEvery: 1,
      },
    });
  });

  it('names every wrong field with a reason, and only those', () => {
    const result = validateNewGame(
      draft({
        mode: 'pair',
        players: ['Ana', 'ana', '', ''],
        rounds: '30',
        rotateEvery: '0',
        seed: 'bad seed!',
      }),
      decode,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error).sort()).toEqual(['player1', 'rotateEvery', 'rounds', 'seed']);
    expect(result.error.player1).toMatch(/have this name/);
    expect(result.error.rounds).toMatch(/6 to 24/);
  });

  it('requires three names for a team, the fourth is optional', () => {
    const missing = validateNewGame(draft({ mode: 'team', players: ['A', 'B', '', ''] }), decode);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.player2).toBe('Enter a name.');
    const three = validateNewGame(draft({ mode: 'team', players: ['A', 'B', 'C', ''] }), decode);
    expect(three.ok && three.value.players).toEqual(['A', 'B', 'C']);
  });

  it('refuses fractional rounds and rotation longer than the game', () => {
    const result = validateNewGame(draft({ rounds: '8.5', rotateEvery: '2' }), decode);
    expect(!result.ok && result.error.rounds).toBeTruthy();
    const rotate = validateNewGame(draft({ rounds: '8', rotateEvery: '9' }), decode);
    expect(!rotate.ok && rotate.error.rotateEvery).toMatch(/1 to 8/);
  });
});

describe('validateNewGame with a session code', () => {
  const code = encodeSessionCode({
    name: 'MBA Ops 2025',
    scenarioId: 'supply-crunch',
    seed: 's-42',
    rounds: 8,
    rotateEvery: 2,
    suggest: false,
    timerSeconds: 120,
  });

  it('takes everything but the names from the session', () => {
    const result = validateNewGame(draft({ source: 'session', sessionCode: code, rounds: 'x' }), decode);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      scenarioId: 'supply-crunch',
      seed: 's-42',
      rounds: 8,
      rotateEvery: 2,
      session: { name: 'MBA Ops 2025', code, suggestAllowed: false, timerSeconds: 120 },
    });
  });

  it('accepts a session link as well as the bare code', () => {
    expect(extractSessionCode(`https://example.org/game/?session=${encodeURIComponent(code)}#x`)).toBe(code);
    const result = validateNewGame(
      draft({ source: 'session', sessionCode: `https://x.org/?session=${code}` }),
      decode,
    );
    expect(result.ok && result.value.session?.code).toBe(code);
  });

  it('shows the decoder’s reason next to the field for a bad code', () => {
    const result = validateNewGame(
      draft({ source: 'session', sessionCode: `${code.slice(0, -3)}zzz` }),
      decode,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.sessionCode?.length).toBeGreaterThan(10);
  });

  it('asks for a code when the field is empty', () => {
    const result = validateNewGame(draft({ source: 'session', sessionCode: '  ' }), decode);
    expect(!result.ok && result.error.sessionCode).toMatch(/session code/);
  });

  it('refuses a session naming a scenario this version lacks', () => {
    const unknown = encodeSessionCode({
      name: 'X',
      scenarioId: 'moon-base',
      seed: 's',
      rounds: 6,
      rotateEvery: 1,
    });
    const result = decode(unknown);
    expect(!result.ok && result.error).toMatch(/moon-base/);
  });
});
