import { describe, expect, it } from 'vitest';
import { applyAction } from '../../src/engine/game';
import { defaultOpsPlan, defaultSalesPlan } from '../../src/engine/plans';
import type { Action, ActionError, GameState, OpsPlan, SalesPlan } from '../../src/engine/types';
import { saneLimit } from '../../src/engine/validate-plan';
import { statesByPhase } from './games';

const states = statesByPhase();
const kettle = states.sales.scenario.products[0];

type Case<P> = [
  name: string,
  mutate: (plan: P) => void,
  type: ActionError['type'],
  path: string,
  message: RegExp,
];

/** Bad numbers, each tried at a given path of a plan. */
function numberCases<P>(label: string, path: string, set: (plan: P, value: unknown) => void): Case<P>[] {
  return [
    [`${label} negative`, (p) => set(p, -5), 'invalidNumber', path, /cannot be negative \(got -5\)/],
    [`${label} fractional`, (p) => set(p, 12.5), 'invalidNumber', path, /whole number \(got 12\.5\)/],
    [`${label} NaN`, (p) => set(p, Number.NaN), 'invalidNumber', path, /must be a number/],
    [`${label} Infinity`, (p) => set(p, Number.POSITIVE_INFINITY), 'invalidNumber', path, /finite/],
    [`${label} −Infinity`, (p) => set(p, Number.NEGATIVE_INFINITY), 'invalidNumber', path, /finite/],
    [`${label} a string`, (p) => set(p, '100'), 'invalidNumber', path, /must be a number/],
    [`${label} null`, (p) => set(p, null), 'invalidNumber', path, /must be a number/],
    [
      `${label} huge`,
      (p) => set(p, saneLimit(kettle) + 1),
      'invalidNumber',
      path,
      /beyond any sane plan: at most 120,000/,
    ],
  ];
}

const salesCases: Case<SalesPlan>[] = [
  ...numberCases<SalesPlan>('forecast month +0', 'plan.forecast.kettle[0]', (p, v) => {
    (p.forecast.kettle as unknown[])[0] = v;
  }),
  ...numberCases<SalesPlan>('forecast month +2', 'plan.forecast.kettle[2]', (p, v) => {
    (p.forecast.kettle as unknown[])[2] = v;
  }),
  [
    'an unknown product',
    (p) => {
      (p.forecast as Record<string, unknown>).toaster = [1, 2, 3];
    },
    'unknownProduct',
    'plan.forecast.toaster',
    /no product "toaster"/,
  ],
  [
    'a missing product',
    (p) => {
      p.forecast = {};
    },
    'missingProduct',
    'plan.forecast.kettle',
    /no figures for Electric kettle/,
  ],
  [
    'a two-month horizon',
    (p) => {
      (p.forecast as Record<string, unknown>).kettle = [1, 2];
    },
    'invalidNumber',
    'plan.forecast.kettle',
    /three months/,
  ],
  [
    'a four-month horizon',
    (p) => {
      (p.forecast as Record<string, unknown>).kettle = [1, 2, 3, 4];
    },
    'invalidNumber',
    'plan.forecast.kettle',
    /three months/,
  ],
  [
    'a horizon that is not a list',
    (p) => {
      (p.forecast as Record<string, unknown>).kettle = 1200;
    },
    'invalidNumber',
    'plan.forecast.kettle',
    /three months/,
  ],
  [
    'no forecast at all',
    (p) => {
      (p as unknown as Record<string, unknown>).forecast = undefined;
    },
    'invalidNumber',
    'plan.forecast',
    /every product/,
  ],
  [
    'a 15 % promotion',
    (p) => {
      (p.promotion as Record<string, unknown>).kettle = 15;
    },
    'invalidNumber',
    'plan.promotion.kettle',
    /none, 10 % or 20 % off/,
  ],
  [
    'a promotion as text',
    (p) => {
      (p.promotion as Record<string, unknown>).kettle = '10';
    },
    'invalidNumber',
    'plan.promotion.kettle',
    /none, 10 % or 20 % off/,
  ],
  [
    'a promotion for an unknown product',
    (p) => {
      (p.promotion as Record<string, unknown>).toaster = 10;
    },
    'unknownProduct',
    'plan.promotion.toaster',
    /no product/,
  ],
  [
    'a missing promotion',
    (p) => {
      p.promotion = {};
    },
    'missingProduct',
    'plan.promotion.kettle',
    /no figures/,
  ],
  [
    'an unknown deal id',
    (p) => {
      p.acceptDeals = ['no-such-deal'];
    },
    'unknownDeal',
    'plan.acceptDeals[0]',
    /No deal "no-such-deal" is on the table/,
  ],
  [
    'deals that are not a list',
    (p) => {
      (p as unknown as Record<string, unknown>).acceptDeals = 'all';
    },
    'unknownDeal',
    'plan.acceptDeals',
    /must be a list/,
  ],
];

const opsCases: Case<OpsPlan>[] = [
  ...numberCases<OpsPlan>('production month +1', 'plan.production.kettle[1]', (p, v) => {
    (p.production.kettle as unknown[])[1] = v;
  }),
  ...numberCases<OpsPlan>('material order', 'plan.materialOrder.kettle', (p, v) => {
    (p.materialOrder as Record<string, unknown>).kettle = v;
  }),
  ...numberCases<OpsPlan>('expedited order', 'plan.expedite.kettle', (p, v) => {
    (p.expedite as Record<string, unknown>).kettle = v;
  }),
  [
    'production for an unknown product',
    (p) => {
      (p.production as Record<string, unknown>).toaster = [1, 2, 3];
    },
    'unknownProduct',
    'plan.production.toaster',
    /no product "toaster"/,
  ],
  [
    'production missing a product',
    (p) => {
      p.production = {};
    },
    'missingProduct',
    'plan.production.kettle',
    /no figures/,
  ],
  [
    'a one-month production horizon',
    (p) => {
      (p.production as Record<string, unknown>).kettle = [5];
    },
    'invalidNumber',
    'plan.production.kettle',
    /three months/,
  ],
  [
    'a material order for an unknown product',
    (p) => {
      (p.materialOrder as Record<string, unknown>).toaster = 5;
    },
    'unknownProduct',
    'plan.materialOrder.toaster',
    /no product/,
  ],
  [
    'a missing material order',
    (p) => {
      p.materialOrder = {};
    },
    'missingProduct',
    'plan.materialOrder.kettle',
    /no figures/,
  ],
  [
    'a missing expedite',
    (p) => {
      p.expedite = {};
    },
    'missingProduct',
    'plan.expedite.kettle',
    /no figures/,
  ],
  [
    'overtime over the plant maximum',
    (p) => {
      p.overtimeHours = 71;
    },
    'invalidNumber',
    'plan.overtimeHours',
    /at most 70/,
  ],
  [
    'negative overtime',
    (p) => {
      p.overtimeHours = -1;
    },
    'invalidNumber',
    'plan.overtimeHours',
    /negative/,
  ],
  [
    'fractional overtime',
    (p) => {
      p.overtimeHours = 1.5;
    },
    'invalidNumber',
    'plan.overtimeHours',
    /whole number/,
  ],
  [
    'overtime NaN',
    (p) => {
      p.overtimeHours = Number.NaN;
    },
    'invalidNumber',
    'plan.overtimeHours',
    /must be a number/,
  ],
];

/** Expects a refusal of the given type, path and message, with the state untouched. */
function expectRefused(
  state: GameState,
  action: Action,
  type: ActionError['type'],
  path: string,
  message: RegExp,
) {
  const before = structuredClone(state);
  const result = applyAction(state, action);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.type).toBe(type);
    expect(result.error.path).toBe(path);
    expect(result.error.message).toMatch(message);
  }
  expect(state).toEqual(before);
}

describe('a bad Sales plan is refused with a helpful message and its path', () => {
  it.each(salesCases)('on submit: %s', (_name, mutate, type, path, message) => {
    const plan = structuredClone(defaultSalesPlan(states.sales));
    mutate(plan);
    expectRefused(states.sales, { type: 'submitSalesPlan', plan }, type, path, message);
  });

  it.each(salesCases)('on revision: %s', (_name, mutate, type, path, message) => {
    const plan = structuredClone(states.consensus.plans.sales!);
    mutate(plan);
    expectRefused(states.consensus, { type: 'reviseSalesPlan', plan }, type, path, message);
  });

  it('a missing plan', () => {
    expectRefused(
      states.sales,
      { type: 'submitSalesPlan', plan: null } as unknown as Action,
      'invalidNumber',
      'plan',
      /missing/,
    );
  });

  it('a refused revision does not use up the one revision', () => {
    const plan = structuredClone(states.consensus.plans.sales!);
    plan.forecast.kettle = [-1, 0, 0];
    expect(applyAction(states.consensus, { type: 'reviseSalesPlan', plan }).ok).toBe(false);
    expect(
      applyAction(states.consensus, { type: 'reviseSalesPlan', plan: defaultSalesPlan(states.consensus) }).ok,
    ).toBe(true);
  });
});

describe('a bad Operations plan is refused with a helpful message and its path', () => {
  it.each(opsCases)('on submit: %s', (_name, mutate, type, path, message) => {
    const plan = structuredClone(defaultOpsPlan(states.ops));
    mutate(plan);
    expectRefused(states.ops, { type: 'submitOpsPlan', plan }, type, path, message);
  });

  it.each(opsCases)('on revision: %s', (_name, mutate, type, path, message) => {
    const plan = structuredClone(states.consensus.plans.ops!);
    mutate(plan);
    expectRefused(states.consensus, { type: 'reviseOpsPlan', plan }, type, path, message);
  });

  it('a missing plan', () => {
    expectRefused(
      states.ops,
      { type: 'submitOpsPlan', plan: 'none' } as unknown as Action,
      'invalidNumber',
      'plan',
      /missing/,
    );
  });

  it('accepts the largest sane figures and the plant maximum of overtime', () => {
    const plan = structuredClone(defaultOpsPlan(states.ops));
    plan.production.kettle = [saneLimit(kettle), 0, 0];
    plan.overtimeHours = 70;
    expect(applyAction(states.ops, { type: 'submitOpsPlan', plan }).ok).toBe(true);
  });
});

describe('bad sharing and sign-off', () => {
  it('an unknown card', () => {
    expectRefused(
      states.sales,
      { type: 'shareSignal', role: 'sales', signalId: 'nope' },
      'unknownSignal',
      'signalId',
      /holds no card "nope"/,
    );
  });

  it('a role that does not exist', () => {
    const share = { type: 'shareSignal', role: 'ceo', signalId: 'x' } as unknown as Action;
    expectRefused(states.consensus, share, 'unknownSignal', 'role', /Sales or by Operations/);
    const sign = { type: 'signOff', role: 'ceo' } as unknown as Action;
    expectRefused(states.consensus, sign, 'wrongPhase', 'role', /Only Sales or Operations/);
  });
});
