import { describe, expect, it } from 'vitest';
import { SHOCK_TYPES } from '../../src/engine/scenario-types';
import type { Signal } from '../../src/engine/types';
import { calendarMonth, formatMoney, formatQuantity } from '../../src/engine/words/formats';
import { SIGNAL_CAVEAT, SIGNAL_TITLES, signalText } from '../../src/ui/forms/signal-text';
import { dealTerms, salesIntro } from '../../src/ui/present/deal-terms';
import { scenario } from './fixture';

describe('formatMoney', () => {
  const cases: [number, string][] = [
    [0, '€0'],
    [123456, '€1,235'],
    [123449, '€1,234'],
    [100, '€1'],
    [-4200, '−€42'],
    [-40, '€0'],
    [123456789, '€1,234,568'],
  ];
  for (const [cents, text] of cases)
    it(`${cents} cents → ${text}`, () => expect(formatMoney(cents)).toBe(text));
});

describe('formatQuantity', () => {
  it('groups and keeps the plural', () => expect(formatQuantity(1240, 'kettles')).toBe('1,240 kettles'));
  it('takes the singular for one', () => expect(formatQuantity(1, 'e-bikes')).toBe('1 e-bike'));
  it('leaves nouns it cannot singularise', () => expect(formatQuantity(1, 'boxes')).toBe('1 boxes'));
  it('zero is plural', () => expect(formatQuantity(0, 'kettles')).toBe('0 kettles'));
});

describe('calendarMonth', () => {
  it('counts from the scenario start month and wraps', () => {
    expect(calendarMonth(1, 1)).toBe('Jan');
    expect(calendarMonth(3, 11)).toBe('Jan');
    expect(calendarMonth(14, 1)).toBe('Feb');
  });
});

describe('dealTerms', () => {
  it('gives the deal with its terms and an accept and a decline label', () => {
    const deal = { id: 'd', product: 'kettle', month: 3, units: 240, discount: 0.15, customer: 'FreshMart' };
    const terms = dealTerms(deal, scenario);
    expect(terms.heading).toBe('FreshMart offers to buy 240 kettles in month 3');
    const kettle = scenario.products.find((p) => p.id === 'kettle')!;
    const price = Math.round(kettle.priceCents * 0.85);
    expect(terms.terms[0]).toContain(`(15 % off), ${formatMoney(price * 240)} if all are delivered`);
    expect(terms.acceptLabel).toBe("Accept FreshMart's order");
    expect(terms.declineLabel).toBe("Decline FreshMart's order");
  });

  it('mentions deals in the Sales intro only when one is on the table', () => {
    expect(salesIntro(0)).not.toContain('deal');
    expect(salesIntro(1)).toContain('A key-account deal is on the table: accept or decline it below.');
    expect(salesIntro(2)).toContain('2 key-account deals are on the table');
  });
});

describe('signalText', () => {
  const signal = (shockType: Signal['shockType'], product = 'kettle'): Signal => ({
    id: 's',
    role: 'sales',
    shockType,
    product,
    visibleFrom: 3,
    aboutMonth: 5,
    magnitude: 0.3,
    shockId: null,
  });

  it.each(SHOCK_TYPES.map((t) => [t]))(
    '%s: one plain sentence naming the month, the size and the goods',
    (type) => {
      const text = signalText(signal(type), scenario);
      expect(text).toMatch(/^[A-Z][^<>]*\.$/);
      expect(text).toContain('month 5');
      expect(text).toContain('30 %');
      expect(text).not.toContain('undefined');
      expect(SIGNAL_TITLES[type]).toBeTruthy();
      if (!['machineBreakdown', 'labourStrike'].includes(type)) expect(text).toContain('kettles');
    },
  );

  it('gives every type its own sentence', () => {
    const texts = new Set(SHOCK_TYPES.map((t) => signalText(signal(t), scenario)));
    expect(texts.size).toBe(SHOCK_TYPES.length);
  });

  it('matches the supplier example', () => {
    expect(signalText(signal('supplierDelay'), scenario)).toBe(
      'Supplier warning: deliveries of material for kettles may be delayed in month 5 (about 30 %).',
    );
  });

  it('speaks of all products when a shock hits every product', () => {
    expect(signalText(signal('viralSpike', 'all'), scenario)).toContain('all products');
    expect(signalText(signal('materialCostSpike', 'all'), scenario)).toContain('price of materials');
  });

  it('warns that intelligence can be wrong', () => expect(SIGNAL_CAVEAT).toMatch(/false alarm/));
});
