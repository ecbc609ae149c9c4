import { describe, expect, it } from 'vitest';
import { getScenario } from '../../../src/engine';
import { decodeSessionCode, encodeSessionCode } from '../../../src/engine/codes';
import { emptyDraft } from '../../../src/store/new-game';
import {
  defaultTeamName,
  draftSessionRules,
  extractSessionCode,
  nameSlots,
  parseWhole,
  readSessionCode,
  scenarioDifficulty,
  sessionRulePhrases,
  validateNewGame,
  withinRules,
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

  it('takes everything but the team from the session: the store reads the rest from its code', () => {
    const result = validateNewGame(draft({ source: 'session', sessionCode: code, rounds: 'x' }), decode);
    expect(result.ok && result.value).toEqual({
      mode: 'solo',
      players: ['Ana'],
      teamName: 'Ana',
      persona: 'incentive',
      sessionCode: code,
    });
  });

  it('accepts a session link as well as the bare code', () => {
    expect(extractSessionCode(`https://example.org/game/?session=${encodeURIComponent(code)}#x`)).toBe(code);
    const result = validateNewGame(
      draft({ source: 'session', sessionCode: `https://x.org/?session=${code}` }),
      decode,
    );
    expect(result.ok && 'sessionCode' in result.value && result.value.sessionCode).toBe(code);
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

describe('a session fixes the mode and the bot colleague', () => {
  const pairOnly = encodeSessionCode({
    name: 'Pairs only',
    scenarioId: 'steady-start',
    seed: 's-1',
    rounds: 6,
    rotateEvery: 1,
    modes: ['pair'],
    suggest: false,
    timerSeconds: 90,
  });
  const textbookOnly = encodeSessionCode({
    name: 'Textbook',
    scenarioId: 'steady-start',
    seed: 's-1',
    rounds: 6,
    rotateEvery: 1,
    modes: ['solo', 'team'],
    personas: ['textbook'],
  });

  it('plays a mode the session does not allow as its allowed one', () => {
    const typed = draft({
      source: 'session',
      sessionCode: pairOnly,
      mode: 'solo',
      players: ['Ana', 'Ben', '', ''],
    });
    const rules = draftSessionRules(typed, decode);
    expect(rules?.modes).toEqual(['pair']);
    expect(withinRules(typed, rules).mode).toBe('pair');
    const result = validateNewGame(typed, decode);
    expect(result.ok && result.value).toMatchObject({
      mode: 'pair',
      players: ['Ana', 'Ben'],
      teamName: 'Ana & Ben',
    });
  });

  it('gives a solo player only the colleagues the session allows', () => {
    const typed = draft({ source: 'session', sessionCode: textbookOnly, persona: 'incentive' });
    const result = validateNewGame(typed, decode);
    expect(result.ok && result.value).toMatchObject({ mode: 'solo', persona: 'textbook' });
  });

  it('ignores the rules of a session that is not chosen, or whose code does not decode', () => {
    expect(draftSessionRules(draft({ sessionCode: pairOnly }), decode)).toBeNull();
    expect(draftSessionRules(draft({ source: 'session', sessionCode: 'SOPS1.nope' }), decode)).toBeNull();
    expect(withinRules(draft(), null)).toEqual(draft());
  });

  it('names modes and bots only when the session restricts them', () => {
    const rules = draftSessionRules(draft({ source: 'session', sessionCode: textbookOnly }), decode);
    expect(sessionRulePhrases(rules!, 'Steady start').slice(3, 5)).toEqual([
      'Solo or Team (3–4) only',
      'bot colleague: Textbook planner',
    ]);
  });

  it('says what the session sets, in words', () => {
    const rules = draftSessionRules(draft({ source: 'session', sessionCode: pairOnly }), decode);
    expect(sessionRulePhrases(rules!, 'Steady start')).toEqual([
      'Steady start',
      '6 rounds',
      'roles swap every round',
      'Pair (hot seat) only',
      'no Suggest button',
      'a 90-second turn timer',
    ]);
  });
});

describe('the team name', () => {
  it('defaults from the players’ names shown for the mode', () => {
    expect(defaultTeamName(draft({ mode: 'pair', players: ['Ana', ' Ben ', 'Cy', ''] }))).toBe('Ana & Ben');
    expect(defaultTeamName(draft({ mode: 'solo', players: ['Ana', 'Ben', '', ''] }))).toBe('Ana');
    expect(defaultTeamName(draft({ mode: 'team', players: ['Ana', '', 'Cy', 'Di'] }))).toBe('Ana & Cy & Di');
  });

  it('is the typed one when typed, else the default', () => {
    const pairDraft = draft({ mode: 'pair', players: ['Ana', 'Ben', '', ''] });
    const typed = validateNewGame({ ...pairDraft, teamName: ' Kettle Kings ' }, decode);
    expect(typed.ok && typed.value.teamName).toBe('Kettle Kings');
    const blank = validateNewGame(pairDraft, decode);
    expect(blank.ok && blank.value.teamName).toBe('Ana & Ben');
  });
});

describe('scenarioDifficulty', () => {
  it('is one word a student can read, or empty for a scenario the tournament has not rated', () => {
    expect(['Easy', 'Medium', 'Hard']).toContain(scenarioDifficulty('steady-start'));
    expect(scenarioDifficulty('no-such-scenario')).toBe('');
  });
});
