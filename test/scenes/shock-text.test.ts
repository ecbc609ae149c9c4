import { describe, expect, it } from 'vitest';
import { SHOCK_TYPES } from '../../src/engine/scenario-types';
import {
  shockCard,
  shockCardText,
  shockProductName,
  shockTiming,
  visibleCards,
} from '../../src/scenes/shock-text';
import { MAX_CARDS } from '../../src/scenes/stage-layout';
import { scenario, shock } from './fixtures';

describe('shockCardText', () => {
  it('explains a breakdown in plain words', () => {
    expect(shockCardText(shock(), scenario())).toBe(
      'Machine breakdown: plant capacity \u221230 % this month',
    );
  });

  it('names the product a demand shock hits', () => {
    const viral = shock({ type: 'viralSpike', product: 'scooter', magnitude: 0.5 });
    expect(shockCardText(viral, scenario())).toBe('Viral spike: demand for Scooter +50 % this month');
  });

  it('tells how long a lasting shock runs, and how far into it the month is', () => {
    const recession = shock({
      type: 'recession',
      product: 'bike',
      magnitude: 0.15,
      startMonth: 3,
      endMonth: 5,
    });
    expect(shockCardText(recession, scenario(), 3)).toBe(
      'Recession: demand for E-bike \u221215 % for 3 months',
    );
    expect(shockCardText(recession, scenario(), 4)).toBe(
      'Recession: demand for E-bike \u221215 % month 2 of 3',
    );
  });

  it('has a title and a sentence for every shock type, on the right side of the business', () => {
    for (const type of SHOCK_TYPES) {
      const card = shockCard(shock({ type, product: 'bike' }), scenario());
      expect(card.title.length).toBeGreaterThan(3);
      if (type !== 'supplierDelay') expect(card.detail).toMatch(/30 %/);
      expect(card.side).toBe(
        [
          'machineBreakdown',
          'supplierDelay',
          'materialShortage',
          'qualityProblem',
          'labourStrike',
          'logisticsDisruption',
          'materialCostSpike',
        ].includes(type)
          ? 'supply'
          : 'demand',
      );
    }
  });
});

describe('panic buying', () => {
  it('announces the wave, then explains the dip in its second half', () => {
    const panic = shock({ type: 'panicBuying', product: 'bike', magnitude: 0.4, startMonth: 3, endMonth: 4 });
    expect(shockCardText(panic, scenario(), 3)).toBe(
      'Panic buying: demand for E-bike +40 %, with a dip to follow for 2 months',
    );
    expect(shockCardText(panic, scenario(), 4)).toBe(
      'Panic buying: demand for E-bike \u221220 % (buyers stocked up earlier) month 2 of 2',
    );
  });
});

describe('supplier delay', () => {
  it('says the delivery comes a month late', () => {
    const delay = shock({ type: 'supplierDelay', product: 'scooter' });
    expect(shockCardText(delay, scenario())).toBe('Supplier delay: Scooter deliveries arrive a month late');
  });

  it('speaks of materials as such when a supply shock hits every product', () => {
    const delay = shock({ type: 'supplierDelay', product: 'all' });
    expect(shockCardText(delay, scenario())).toBe('Supplier delay: material deliveries arrive a month late');
    const shortage = shock({ type: 'materialShortage', product: 'all', magnitude: 0.56 });
    expect(shockCardText(shortage, scenario())).toBe(
      'Material shortage: only part of the materials delivered (\u221256 %) this month',
    );
  });
});

describe('shockProductName', () => {
  it('says "all products" for a shock on all of several products, the id when unknown', () => {
    expect(shockProductName('all', scenario())).toBe('all products');
    expect(shockProductName('bike', scenario())).toBe('E-bike');
    expect(shockProductName('ghost', scenario())).toBe('ghost');
  });
});

describe('shockTiming', () => {
  it('uses "this month" for a one-month shock', () => {
    expect(shockTiming(shock(), 3)).toBe('this month');
  });
});

describe('visibleCards', () => {
  it('shows every card up to the limit, then sums up the rest on the last one', () => {
    const cards = ['machineBreakdown', 'viralSpike', 'recession', 'labourStrike', 'supplierDelay'].map(
      (type, i) => shockCard(shock({ id: `s${i}`, type: type as never, product: 'bike' }), scenario()),
    );
    expect(visibleCards(cards.slice(0, MAX_CARDS))).toHaveLength(MAX_CARDS);
    const shown = visibleCards(cards);
    expect(shown).toHaveLength(MAX_CARDS);
    expect(shown[MAX_CARDS - 1].title).toBe('2 more shocks');
    expect(shown[MAX_CARDS - 1].detail).toBe('Labour strike, Supplier delay');
  });
});
