import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, getScenario } from '../../src/engine';
import { decodeSessionCode, encodeSessionCode } from '../../src/engine/codes';
import {
  CUSTOM_SCENARIO,
  defaultsFor,
  readSessionForm,
  seedFromBytes,
  sessionLink,
} from '../../src/ui/instructor/session-form';

const steady = getScenario('steady-start')!;
const scenarios = { builtIn: BUILTIN_SCENARIOS, custom: null };
const valid = { ...defaultsFor(steady, 'abc'), name: 'Monday group' };

describe('readSessionForm', () => {
  it('builds a session that survives its code, leaving out weights equal to the scenario’s', () => {
    const { config, errors } = readSessionForm(valid, scenarios);
    expect(errors).toEqual({});
    expect(config).toEqual({
      name: 'Monday group',
      scenarioId: 'steady-start',
      seed: 'abc',
      rounds: 8,
      rotateEvery: 1,
    });
    const decoded = decodeSessionCode(encodeSessionCode(config!));
    expect(decoded.ok && decoded.value).toEqual(config);
  });

  it('keeps changed weights', () => {
    const { config } = readSessionForm({ ...valid, alignment: '2', balance: '1', execution: '0' }, scenarios);
    expect(config?.weights).toEqual({ alignment: 2, balance: 1, execution: 0 });
  });

  it('puts each problem on its own field', () => {
    const { config, errors } = readSessionForm(
      { ...valid, name: ' ', seed: '', rounds: '30', rotateEvery: '0', alignment: 'x', balance: '101' },
      scenarios,
    );
    expect(config).toBeNull();
    expect(Object.keys(errors).sort()).toEqual([
      'alignment',
      'balance',
      'name',
      'rotateEvery',
      'rounds',
      'seed',
    ]);
    expect(errors.rounds).toBe('A whole number from 6 to 24.');
  });

  it('refuses rotation longer than the game and weights that are all zero', () => {
    const { errors } = readSessionForm(
      { ...valid, rounds: '6', rotateEvery: '7', alignment: '0', balance: '0', execution: '0' },
      scenarios,
    );
    expect(errors.rotateEvery).toBe('A whole number from 1 to 6.');
    expect(errors.execution).toMatch(/not all be zero/);
  });

  it('carries a custom scenario inline, and refuses the custom choice when there is none', () => {
    const custom = { ...structuredClone(steady), id: 'my-kettles', name: 'My kettles' };
    const { config } = readSessionForm(
      { ...valid, scenario: CUSTOM_SCENARIO },
      { builtIn: BUILTIN_SCENARIOS, custom },
    );
    expect(config?.scenarioId).toBe('my-kettles');
    expect(config?.scenario?.name).toBe('My kettles');
    expect(readSessionForm({ ...valid, scenario: CUSTOM_SCENARIO }, scenarios).errors.scenario).toBe(
      'Choose a scenario.',
    );
  });
});

describe('seeds and links', () => {
  it('makes an 8-character seed from random bytes', () => {
    expect(seedFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 255]))).toMatch(/^[a-z2-9]{8}$/);
  });

  it('links to the game page next to the instructor page', () => {
    expect(sessionLink('SOPS1.ab-_c', 'https://example.org/arena/instructor.html#session')).toBe(
      'https://example.org/arena/index.html?session=SOPS1.ab-_c',
    );
  });
});

describe('readSessionForm: the rules a session fixes', () => {
  it('restricts modes, bots, Suggest and the timer only when asked, and they survive the code', () => {
    const { config } = readSessionForm(
      { ...valid, modes: ['solo', 'pair'], personas: ['incentive'], suggest: false, timer: '90' },
      scenarios,
    );
    expect(config).toMatchObject({
      modes: ['solo', 'pair'],
      personas: ['incentive'],
      suggest: false,
      timerSeconds: 90,
    });
    const decoded = decodeSessionCode(encodeSessionCode(config!));
    expect(decoded.ok && decoded.value).toEqual(config);
  });

  it('names the problem of each rule next to its field', () => {
    const { config, errors } = readSessionForm({ ...valid, modes: [], timer: '5' }, scenarios);
    expect(config).toBeNull();
    expect(errors.modes).toBe('Allow at least one way to play.');
    expect(errors.timer).toMatch(/from 10 to 3600/);
    expect(readSessionForm({ ...valid, personas: [] }, scenarios).errors.personas).toMatch(
      /at least one bot/,
    );
    expect(readSessionForm({ ...valid, modes: ['pair'], personas: [] }, scenarios).config).not.toBeNull();
  });
});
