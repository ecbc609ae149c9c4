import { describe, expect, it } from 'vitest';
import { DEMAND_SHOCKS, SUPPLY_SHOCKS } from '../../src/engine/scenario-types';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenarios';
import { heldSignals, sharedWith } from '../../src/engine/signals';
import type { Signal, World } from '../../src/engine/types';
import { roleView } from '../../src/engine/views';
import { generateWorld, signalRole } from '../../src/engine/world';
import { briefingWithCards, must } from './games';

const SEEDS = Array.from({ length: 30 }, (_, i) => `signals-${i}`);
const worlds: { scenario: (typeof BUILTIN_SCENARIOS)[number]; world: World }[] = BUILTIN_SCENARIOS.flatMap(
  (scenario) => SEEDS.map((seed) => ({ scenario, world: generateWorld(scenario, seed, 12) })),
);
const allSignals = (world: World): Signal[] => world.months.flatMap((m) => m.signals);
const allShocks = (world: World) => {
  const byId = new Map(world.months.flatMap((m) => m.shocks).map((s) => [s.id, s]));
  return [...byId.values()];
};

describe('signals in the world', () => {
  it('market news goes to Sales, supply news to Operations', () => {
    for (const type of DEMAND_SHOCKS) expect(signalRole(type)).toBe('sales');
    for (const type of SUPPLY_SHOCKS) expect(signalRole(type)).toBe('ops');
    for (const { world } of worlds)
      for (const s of allSignals(world)) expect(s.role).toBe(signalRole(s.shockType));
  });

  it('a true signal announces a real shock of its type, product, month and (rounded) size, ahead of time', () => {
    let checked = 0;
    for (const { world, scenario } of worlds) {
      const shocks = allShocks(world);
      for (const s of allSignals(world).filter((x) => x.shockId !== null)) {
        const shock = shocks.find((x) => x.id === s.shockId)!;
        const lead = scenario.shocks.find((x) => x.type === s.shockType)!.signal.leadMonths;
        expect([shock.type, shock.product, shock.startMonth]).toEqual([s.shockType, s.product, s.aboutMonth]);
        expect(Math.abs(s.magnitude - shock.magnitude)).toBeLessThanOrEqual(0.025 + 1e-9);
        expect(s.visibleFrom).toBe(Math.max(1, s.aboutMonth - lead));
        expect(world.months[s.visibleFrom - 1].signals).toContain(s);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('some signals are false alarms, about months with no such shock', () => {
    const falseAlarms = worlds.flatMap(({ world }) => allSignals(world).filter((s) => s.shockId === null));
    expect(falseAlarms.length).toBeGreaterThan(5);
    for (const s of falseAlarms) expect(s.aboutMonth).toBeGreaterThan(s.visibleFrom);
  });

  it('some shocks come unannounced', () => {
    const unannounced = worlds.flatMap(({ world }) =>
      allShocks(world).filter((shock) => !allSignals(world).some((s) => s.shockId === shock.id)),
    );
    expect(unannounced.length).toBeGreaterThan(5);
  });

  it('key-account deal shocks put an offer on the table in their month', () => {
    let deals = 0;
    for (const { world } of worlds) {
      for (const shock of allShocks(world).filter((s) => s.type === 'keyAccountDeal' && s.startMonth <= 12)) {
        const offer = world.months[shock.startMonth - 1].dealOffers.find((d) => d.id === `d${shock.id}`);
        expect(offer?.month).toBe(shock.startMonth);
        expect(offer!.units).toBeGreaterThan(0);
        expect(offer!.discount).toBeGreaterThan(0);
        deals++;
      }
    }
    expect(deals).toBeGreaterThan(0);
  });
});

describe('who sees which card', () => {
  const briefing = briefingWithCards();
  const state = must(briefing, { type: 'startRound' });

  it('each role holds only its own cards, about this month or later', () => {
    for (const role of ['sales', 'ops'] as const) {
      const held = heldSignals(state, role);
      expect(held.length).toBeGreaterThan(0);
      for (const s of held) {
        expect(s.role).toBe(role);
        expect(s.visibleFrom).toBeLessThanOrEqual(state.month);
        expect(s.aboutMonth).toBeGreaterThanOrEqual(state.month);
      }
      expect(roleView(state, role).signals).toEqual(held);
    }
  });

  it('a card reaches the other role only once shared', () => {
    const card = heldSignals(state, 'sales')[0];
    expect(roleView(state, 'ops').sharedWithMe).toEqual([]);
    expect(roleView(state, 'ops').signals.map((s) => s.id)).not.toContain(card.id);
    const shared = must(state, { type: 'shareSignal', role: 'sales', signalId: card.id });
    expect(sharedWith(shared, 'ops')).toEqual([card]);
    expect(roleView(shared, 'ops').sharedWithMe).toEqual([card]);
    expect(roleView(shared, 'sales').sharedByMe).toEqual([card.id]);
  });

  it('deal offers are shown to Sales only', () => {
    const withDeal = {
      ...state,
      world: {
        months: state.world.months.map((m) =>
          m.month === state.month
            ? {
                ...m,
                dealOffers: [
                  {
                    id: 'd1',
                    product: state.scenario.products[0].id,
                    month: state.month,
                    units: 10,
                    discount: 0.1,
                    customer: 'FreshMart',
                  },
                ],
              }
            : m,
        ),
      },
    };
    expect(roleView(withDeal, 'sales').dealOffers.map((d) => d.id)).toEqual(['d1']);
    expect(roleView(withDeal, 'ops').dealOffers).toEqual([]);
  });
});
