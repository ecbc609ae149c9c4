import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src/engine/record-schema';
import { scenarioHash } from '../../src/engine/scenario-hash';
import { getScenario } from '../../src/engine/scenarios';
import type { GameRecord } from '../../src/engine/types';

const scenario = getScenario('promotion-whiplash')!;

const record: GameRecord = {
  format: 1,
  engineVersion: '1.0.0',
  scenarioId: scenario.id,
  scenarioHash: scenarioHash(scenario),
  seed: 'seed-42',
  settings: { rounds: 12, rotateEvery: 2, weights: { alignment: 1, balance: 1, execution: 2 } },
  actions: [
    { type: 'startRound' },
    {
      type: 'submitSalesPlan',
      plan: {
        forecast: { espresso: [120, 130, 140], grinder: [60, 60, 65] },
        promotion: { espresso: 10, grinder: 0 },
        acceptDeals: ['deal-3-espresso'],
      },
    },
    { type: 'shareSignal', role: 'sales', signalId: 'sig-2-viralSpike' },
    {
      type: 'submitOpsPlan',
      plan: {
        production: { espresso: [125, 130, 140], grinder: [60, 62, 65] },
        materialOrder: { espresso: 130, grinder: 62 },
        expedite: { espresso: 0, grinder: 5 },
        overtimeHours: 12.5,
      },
    },
    {
      type: 'reviseSalesPlan',
      plan: {
        forecast: { espresso: [121, 130, 140], grinder: [60, 60, 65] },
        promotion: { espresso: 10, grinder: 0 },
        acceptDeals: [],
      },
    },
    {
      type: 'reviseOpsPlan',
      plan: {
        production: { espresso: [121, 130, 140], grinder: [60, 60, 65] },
        materialOrder: { espresso: 121, grinder: 60 },
        expedite: { espresso: 0, grinder: 0 },
        overtimeHours: 0,
      },
    },
    { type: 'signOff', role: 'sales' },
    { type: 'signOff', role: 'ops' },
    { type: 'execute' },
    { type: 'nextRound' },
  ],
  team: { name: 'Team Kettle', players: ['Ana', 'Ben', 'Chloé', 'Dev'] },
  session: { name: 'Ops 101', code: 'SOPS1.xyz' },
  claimed: { total: 71.4, alignment: 80, balance: 66.1, execution: 68.2, profitCents: -1250, months: 12 },
};

/** A deep copy of the valid record with one change made by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the tests reach into any field to break it
type Loose = Record<string, any>;

function changed(edit: (r: Loose) => void): unknown {
  const copy = structuredClone(record) as Loose;
  edit(copy);
  return copy;
}

describe('validateRecord accepts', () => {
  it.each<[string, unknown]>([
    ['a full record', record],
    [
      'a record without optional fields',
      changed((r) => {
        delete r.team;
        delete r.session;
        delete r.claimed;
        delete r.settings.weights;
      }),
    ],
    [
      'an empty game',
      changed((r) => {
        r.actions = [];
      }),
    ],
    [
      'an inline scenario',
      changed((r) => {
        r.scenario = scenario;
      }),
    ],
    [
      '2000 actions',
      changed((r) => {
        r.actions = Array.from({ length: 2000 }, () => ({ type: 'execute' }));
      }),
    ],
    [
      'fractional and negative plan numbers (the engine judges them)',
      changed((r) => {
        r.actions[1].plan.forecast.espresso = [-1, 0.5, 1e9];
      }),
    ],
  ])('%s', (_name, input) => {
    expect(validateRecord(input)).toEqual({ ok: true, value: input });
  });
});

describe('validateRecord refuses, naming the first problem by its path', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'record: must be an object'],
    ['an array', [], 'record: must be an object'],
    ['text', 'SOPR1.abc', 'record: must be an object'],
    [
      'another format',
      changed((r) => {
        r.format = 2;
      }),
      'format: must be 1',
    ],
    [
      'a missing engine version',
      changed((r) => {
        delete r.engineVersion;
      }),
      'engineVersion: is missing',
    ],
    [
      'an unknown field',
      changed((r) => {
        r.extra = true;
      }),
      'extra: is not a known field',
    ],
    [
      'a short scenario hash',
      changed((r) => {
        r.scenarioHash = 'abc';
      }),
      'scenarioHash: must be 16 lowercase hex characters',
    ],
    [
      'an upper-case scenario hash',
      changed((r) => {
        r.scenarioHash = 'ABCDEF0123456789';
      }),
      'scenarioHash: must be 16 lowercase hex characters',
    ],
    [
      'an empty seed',
      changed((r) => {
        r.seed = '';
      }),
      'seed: must be text of 1 to 64 characters',
    ],
    [
      'a 65-character seed',
      changed((r) => {
        r.seed = 's'.repeat(65);
      }),
      'seed: must be text of 1 to 64 characters',
    ],
    [
      '0 rounds',
      changed((r) => {
        r.settings.rounds = 0;
      }),
      'settings.rounds: must be a whole number from 1 to 24',
    ],
    [
      '25 rounds',
      changed((r) => {
        r.settings.rounds = 25;
      }),
      'settings.rounds: must be a whole number from 1 to 24',
    ],
    [
      'fractional rotation',
      changed((r) => {
        r.settings.rotateEvery = 1.5;
      }),
      'settings.rotateEvery: must be a whole number from 1 to 24',
    ],
    [
      'negative weights',
      changed((r) => {
        r.settings.weights.balance = -1;
      }),
      'settings.weights: must all be numbers from 0 to 100',
    ],
    [
      'all-zero weights',
      changed((r) => {
        r.settings.weights = { alignment: 0, balance: 0, execution: 0 };
      }),
      'settings.weights: must not all be zero',
    ],
    [
      'actions that are not a list',
      changed((r) => {
        r.actions = {};
      }),
      'actions: must be a list of actions',
    ],
    [
      '2001 actions',
      changed((r) => {
        r.actions = Array.from({ length: 2001 }, () => ({ type: 'execute' }));
      }),
      'actions: must hold at most 2000 actions',
    ],
    [
      'an unknown action type',
      changed((r) => {
        r.actions[8] = { type: 'cheat' };
      }),
      'actions[8].type: must be an action of a known type',
    ],
    [
      'an action that is not an object',
      changed((r) => {
        r.actions[8] = 7;
      }),
      'actions[8]: must be an action of a known type',
    ],
    [
      'an extra action field',
      changed((r) => {
        r.actions[0].month = 3;
      }),
      'actions[0].month: is not a known field',
    ],
    [
      'a missing plan',
      changed((r) => {
        delete r.actions[1].plan;
      }),
      'actions[1].plan: is missing',
    ],
    [
      'a two-month horizon',
      changed((r) => {
        r.actions[1].plan.forecast.grinder = [1, 2];
      }),
      'actions[1].plan.forecast.grinder: must be 3 numbers: this month and the next two',
    ],
    [
      'a NaN forecast',
      changed((r) => {
        r.actions[1].plan.forecast.espresso[1] = Number.NaN;
      }),
      'actions[1].plan.forecast.espresso[1]: must be a finite number',
    ],
    [
      'an infinite production',
      changed((r) => {
        r.actions[3].plan.production.grinder[0] = Number.POSITIVE_INFINITY;
      }),
      'actions[3].plan.production.grinder[0]: must be a finite number',
    ],
    [
      'a text number',
      changed((r) => {
        r.actions[3].plan.materialOrder.espresso = '130';
      }),
      'actions[3].plan.materialOrder.espresso: must be a finite number',
    ],
    [
      'a 15 % promotion',
      changed((r) => {
        r.actions[1].plan.promotion.espresso = 15;
      }),
      'actions[1].plan.promotion.espresso: must be 0, 10 or 20 (percent off)',
    ],
    [
      'a deal id that is not text',
      changed((r) => {
        r.actions[1].plan.acceptDeals = [3];
      }),
      'actions[1].plan.acceptDeals[0]: must be text of 1 to 64 characters',
    ],
    [
      'a plan map that is a list',
      changed((r) => {
        r.actions[3].plan.expedite = [0, 5];
      }),
      'actions[3].plan.expedite: must be an object keyed by product id',
    ],
    [
      'a __proto__ product key',
      changed((r) => {
        r.actions[3].plan.expedite = JSON.parse('{"__proto__": 5}');
      }),
      'actions[3].plan.expedite: must be keyed by product ids of 1 to 64 characters',
    ],
    [
      'a constructor product key',
      changed((r) => {
        r.actions[3].plan.expedite = { constructor: 5 };
      }),
      'actions[3].plan.expedite: must be keyed by product ids of 1 to 64 characters',
    ],
    [
      '17 products',
      changed((r) => {
        r.actions[3].plan.expedite = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, 0]));
      }),
      'actions[3].plan.expedite: must name at most 16 products',
    ],
    [
      'missing overtime',
      changed((r) => {
        delete r.actions[3].plan.overtimeHours;
      }),
      'actions[3].plan.overtimeHours: is missing',
    ],
    [
      'an unknown role',
      changed((r) => {
        r.actions[2].role = 'boss';
      }),
      "actions[2].role: must be 'sales' or 'ops'",
    ],
    [
      'an empty signal id',
      changed((r) => {
        r.actions[2].signalId = '';
      }),
      'actions[2].signalId: must be text of 1 to 64 characters',
    ],
    [
      'a 61-character team name',
      changed((r) => {
        r.team.name = 't'.repeat(61);
      }),
      'team.name: must be text of at most 60 characters',
    ],
    [
      'five players',
      changed((r) => {
        r.team.players.push('Eve');
      }),
      'team.players: must name at most 4 players',
    ],
    [
      'a 31-character player name',
      changed((r) => {
        r.team.players[1] = 'p'.repeat(31);
      }),
      'team.players[1]: must be text of at most 30 characters',
    ],
    [
      'a session without a code',
      changed((r) => {
        delete r.session.code;
      }),
      'session.code: is missing',
    ],
    [
      'fractional claimed profit',
      changed((r) => {
        r.claimed.profitCents = 1.5;
      }),
      'claimed.profitCents: must be a whole number of cents',
    ],
    [
      'fractional claimed months',
      changed((r) => {
        r.claimed.months = 1.5;
      }),
      'claimed.months: must be a whole number from 0 to 24',
    ],
    [
      'a claimed score that is not a number',
      changed((r) => {
        r.claimed.total = null;
      }),
      'claimed.total: must be a finite number',
    ],
    [
      'a scenario that is not an object',
      changed((r) => {
        r.scenario = 'seasonal-peak';
      }),
      'scenario: must be a scenario object',
    ],
    [
      'an invalid inline scenario',
      changed((r) => {
        r.scenario = { ...scenario, products: [] };
      }),
      'scenario.products: must list 1 to 3 products',
    ],
  ])('%s', (_name, input, reason) => {
    expect(validateRecord(input)).toEqual({ ok: false, error: reason });
  });
});
