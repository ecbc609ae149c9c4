/** The debrief's key-account deal line (issue 11.6): offered in the months played, accepted, delivered. */
import { describe, expect, it } from 'vitest';
import { getScenario, playGame } from '../../src/engine';
import { dealFigures, dealWords } from '../../src/engine/debrief';

describe('key-account deals in the debrief', () => {
  it('counts the deals an accepting Sales took and what they delivered', () => {
    const scenario = getScenario('seasonal-peak')!;
    const { state } = playGame(scenario, '1', { rounds: 12, rotateEvery: 1 }, 'optimist', 'chase');
    const offered = state.world.months.reduce((s, m) => s + m.dealOffers.length, 0);
    const f = dealFigures(state.history, state.world);
    expect(f.offered).toBe(offered);
    expect(f.offered).toBeGreaterThan(0);
    // The optimist accepts every deal.
    expect(f.accepted).toBe(offered);
    expect(f.orderedUnits).toBe(
      state.world.months.flatMap((m) => m.dealOffers).reduce((s, d) => s + d.units, 0),
    );
    expect(f.deliveredUnits).toBeLessThanOrEqual(f.orderedUnits);
    expect(dealWords(f)).toMatch(
      new RegExp(`^${offered} offered, ${offered} accepted: [\\d,]+ of [\\d,]+ units delivered$`),
    );
  });

  it('says when none were offered or none accepted', () => {
    expect(dealWords({ offered: 0, accepted: 0, orderedUnits: 0, deliveredUnits: 0 })).toBe('none offered');
    expect(dealWords({ offered: 2, accepted: 0, orderedUnits: 0, deliveredUnits: 0 })).toBe(
      '2 offered, 0 accepted',
    );
  });
});
