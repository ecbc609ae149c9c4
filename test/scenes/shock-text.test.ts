import { describe, expect, it } from 'vitest';
import { SHOCK_TYPES } from '../../src/engine/scenario-types';
import { shockCard, shockCardText, shockProductName, shockTiming } from '../../src/scenes/shock-text';
import { scenario, shock } from './fixtures';

describe('shockCardText', () => {
  it('explains a breakdown in plain words', () => {
    expect(shockCardText(shock(), scenario())).toBe(
      'Machine breakdown: plant capacity \u221230 % this month',
    );
  });

  it('names the product a demand shock hits', () => {
    const viral = shock({ type: 'viralSpike', product: 'scooter', magnitude: 0.5 });
    expect(shockCardText(viral, scenario())).toBe('Viral spike: demand for Scooter +50 % this month');
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
      'Recession: demand for E-bike \u221215 % for 3 months',
    );
    expect(shockCardText(recession, scenario(), 4)).toBe(
      'Recession: demand for E-bike \u221215 % month 2 of 3',
    );
  });

  it('has a title and a sentence for every shock type, on the right side of the business', () => {
    for (const type of SHOCK_TYPES) {
      const card = shockCard(shock({ type, product: 'bike' }), scenario());
      expect(card.title.length).toBeGreaterThan(3);
      if (type !== 'supplierDelay') expect(card.detail).toMatch(/30 %/);
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
      'Panic buying: demand for E-bike +40 %, with a dip to follow for 2 months',
    );
    expect(shockCardText(panic, scenario(), 4)).toBe(
      'Panic buying: demand for E-bike \u221220 % (buyers stocked up earlier) month 2 of 2',
    );
  });
});

describe('supplier delay', () => {
  it('says the delivery comes a month late', () => {
    const delay = shock({ type: 'supplierDelay', product: 'scooter' });
    expect(shockCardText(delay, scenario())).toBe('Supplier delay: Scooter deliveries arrive a month late');
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
