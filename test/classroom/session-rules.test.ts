import { describe, expect, it } from 'vitest';
import { verifyRecord } from '../../src/engine/classroom';
import {
  decodeSessionCode,
  encodeSessionCode,
  restrictsPlay,
  rulesBreaches,
  type SessionConfig,
  sessionRules,
} from '../../src/engine/codes';
import type { PlayConditions } from '../../src/engine/play-conditions';
import { scenarioHash } from '../../src/engine/scenario-hash';
import { getScenario } from '../../src/engine/scenarios';
import { finishedRecord, SESSION_A } from './fixtures';

const STRICT: SessionConfig = {
  ...SESSION_A,
  name: 'Strict class',
  modes: ['solo'],
  personas: ['naive', 'incentive'],
  suggest: false,
  timerSeconds: 120,
};
const fair: PlayConditions = {
  mode: 'solo',
  persona: 'naive',
  suggestAllowed: false,
  suggestUsed: 0,
  timerSeconds: 120,
};

describe('sessionRules', () => {
  it('fills in the defaults: every mode and bot, Suggest on, no timer, the scenario’s own weights', () => {
    const rules = sessionRules(SESSION_A);
    expect(rules).toEqual({
      scenarioId: 'steady-start',
      scenarioHash: scenarioHash(getScenario('steady-start') ?? ({} as never)),
      seed: 'seed-a',
      rounds: 6,
      rotateEvery: 1,
      weights: null,
      modes: ['solo', 'pair', 'team'],
      personas: ['naive', 'incentive', 'textbook'],
      suggest: true,
      timerSeconds: null,
    });
    expect(restrictsPlay(rules)).toBe(false);
  });

  it('carries a strict session’s restrictions through its code', () => {
    const decoded = decodeSessionCode(encodeSessionCode(STRICT));
    expect(decoded.ok).toBe(true);
    const rules = sessionRules(decoded.ok ? decoded.value : SESSION_A);
    expect(rules.modes).toEqual(['solo']);
    expect(rules.personas).toEqual(['naive', 'incentive']);
    expect(rules.suggest).toBe(false);
    expect(rules.timerSeconds).toBe(120);
    expect(restrictsPlay(rules)).toBe(true);
  });

  it('hashes an inline scenario by its content, so a copy under a built-in’s id is another scenario', () => {
    const steady = getScenario('steady-start');
    if (!steady) throw new Error('no steady-start');
    const bigger = { ...steady, plant: { ...steady.plant, capacityHours: steady.plant.capacityHours * 10 } };
    const rules = sessionRules({ ...SESSION_A, scenario: bigger });
    expect(rules.scenarioHash).not.toBe(sessionRules(SESSION_A).scenarioHash);
  });
});

describe('rulesBreaches', () => {
  const strict = sessionRules(STRICT);
  it('finds none in a game played by the rules', () => {
    expect(rulesBreaches(strict, finishedRecord({ session: STRICT, play: fair }))).toEqual([]);
  });

  it.each<[string, Partial<PlayConditions>, RegExp]>([
    ['another mode', { mode: 'pair', persona: undefined }, /Pair \(hot seat\) mode, not allowed/],
    ['a bot the session left out', { persona: 'textbook' }, /Textbook planner bot, not allowed/],
    ['Suggest used', { suggestUsed: 4 }, /Suggest used 4 times, not allowed/],
    ['Suggest offered', { suggestAllowed: true }, /Suggest offered, not allowed/],
    ['no timer', { timerSeconds: undefined }, /another round timer/],
  ])('names %s', (_name, change, reason) => {
    const breaches = rulesBreaches(strict, finishedRecord({ session: STRICT, play: { ...fair, ...change } }));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(reason);
  });

  it('names every setting a record changed', () => {
    const record = finishedRecord({ session: SESSION_A, rounds: 3 });
    const changed = {
      ...record,
      seed: 'other',
      settings: { ...record.settings, rotateEvery: 2, weights: { alignment: 1, balance: 0, execution: 0 } },
    };
    expect(rulesBreaches(sessionRules(SESSION_A), changed)).toEqual([
      'another seed',
      '3 rounds instead of 6',
      'roles rotating every 2 instead of every 1 rounds',
      'other score weights',
    ]);
  });

  it('asks a strict session’s result to say how it was played', () => {
    expect(rulesBreaches(strict, finishedRecord({ session: STRICT }))).toEqual([
      'no record of the mode, bot and Suggest it was played with',
    ]);
    expect(rulesBreaches(sessionRules(SESSION_A), finishedRecord({ session: SESSION_A }))).toEqual([]);
  });
});

describe('verification against the session’s rules', () => {
  it('accepts a game played by them and refuses one that broke them, with every reason', () => {
    expect(verifyRecord(finishedRecord({ session: STRICT, play: fair }), { session: STRICT }).ok).toBe(true);
    const broke = finishedRecord({ session: STRICT, play: { ...fair, mode: 'team', suggestUsed: 2 } });
    for (const options of [{}, { session: STRICT }]) {
      const result = verifyRecord(broke, options);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe('rules');
        expect(result.message).toBe(
          'The result names the session "Strict class" but was not played by its rules: Team (3–4) mode, not allowed; Suggest used 2 times, not allowed.',
        );
      }
    }
  });
});
