import { describe, expect, it } from 'vitest';
import { saneLimit } from '../../src/engine/validate-plan';
import {
  maxUnits,
  parseWholeNumber,
  validateOpsDraft,
  validateSalesDraft,
} from '../../src/ui/forms/validate';
import { scenario } from './fixture';

/** A month with the whole horizon inside the game. */
const early = { month: 1, rounds: 12 };

describe('parseWholeNumber', () => {
  const cases: [string, string, number | RegExp][] = [
    ['fine', '120', 120],
    ['zero', '0', 0],
    ['spaces around', '  75 ', 75],
    ['en-US grouping', '1,200', 1200],
    ['at the limit', '10000', 10000],
    ['negative', '-5', /negative/],
    ['fractional', '1.5', /whole number/],
    ['decimal comma', '1,5', /Not a number/],
    ['text', 'abc', /Not a number/],
    ['NaN typed', 'NaN', /Not a number/],
    ['exponent', '1e3', /Not a number/],
    ['blank', '', /Enter a number/],
    ['only spaces', '   ', /Enter a number/],
    ['huge', '10001', /Too large: at most 10,000/],
    ['Infinity', 'Infinity', /Not a number/],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: "${text}"`, () => {
      const result = parseWholeNumber(text, 10000);
      if (typeof expected === 'number') expect(result).toEqual({ ok: true, value: expected });
      else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatch(expected);
      }
    });
  }
});

describe('validateSalesDraft', () => {
  const good = {
    forecast: {
      kettle: ['100', '110', '120'] as [string, string, string],
      toaster: ['50', '50', '60'] as [string, string, string],
    },
    promotion: { kettle: 10 as const, toaster: 0 as const },
    acceptDeals: ['d1'],
  };

  it('turns a typed draft into a plan', () => {
    expect(validateSalesDraft(good, scenario, early)).toEqual({
      ok: true,
      value: {
        forecast: { kettle: [100, 110, 120], toaster: [50, 50, 60] },
        promotion: { kettle: 10, toaster: 0 },
        acceptDeals: ['d1'],
      },
    });
  });

  it('lists every wrong field by path, with the engine’s own sanity bound (at least 10,000)', () => {
    const result = validateSalesDraft(
      { ...good, forecast: { kettle: ['-1', '2.5', ''], toaster: ['10001', '5001', 'x'] } },
      scenario,
      early,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field)).toEqual([
      'forecast.kettle[0]',
      'forecast.kettle[1]',
      'forecast.kettle[2]',
      'forecast.toaster[0]',
      'forecast.toaster[2]',
    ]);
    expect(result.error[3].message).toMatch(/at most 10,000/);
  });

  it('accepts every number the engine accepts for a small product (the form once stopped at 100 × base demand)', () => {
    const toaster = scenario.products.find((p) => p.id === 'toaster')!;
    expect(maxUnits(scenario, 'toaster')).toBe(saneLimit(toaster));
    const result = validateSalesDraft(
      { ...good, forecast: { ...good.forecast, toaster: ['9000', '10000', '1'] } },
      scenario,
      early,
    );
    expect(result.ok).toBe(true);
  });
});

describe('validateOpsDraft', () => {
  const draft = {
    production: {
      kettle: ['100', '100', '100'] as [string, string, string],
      toaster: ['50', '50', '50'] as [string, string, string],
    },
    materialOrder: { kettle: '100', toaster: '50' },
    expedite: { kettle: '0', toaster: '0' },
    overtimeHours: '40',
  };

  it('accepts overtime up to the plant maximum', () => {
    const result = validateOpsDraft(draft, scenario, early);
    expect(result.ok && result.value.overtimeHours).toBe(40);
  });

  it('refuses overtime beyond the maximum, materials beyond 100 × base demand and blanks', () => {
    const result = validateOpsDraft(
      {
        ...draft,
        overtimeHours: '41',
        materialOrder: { kettle: '10001', toaster: '' },
        expedite: { kettle: '0', toaster: '-3' },
      },
      scenario,
      early,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field)).toEqual([
      'materialOrder.kettle',
      'materialOrder.toaster',
      'expedite.toaster',
      'overtimeHours',
    ]);
    expect(result.error[3].message).toMatch(/at most 40/);
  });
});

describe('the forms at the end of the game', () => {
  const typed = {
    production: {
      kettle: ['100', 'x', '-1'] as [string, string, string],
      toaster: ['50', '50', '50'] as [string, string, string],
    },
    materialOrder: { kettle: 'junk', toaster: '50' },
    expedite: { kettle: '0', toaster: '0' },
    overtimeHours: '0',
  };

  it('month 11 of 12: the third month is not asked for and is 0, whatever the field held', () => {
    const result = validateOpsDraft({ ...typed, materialOrder: { kettle: '10', toaster: '5' } }, scenario, {
      month: 11,
      rounds: 12,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field)).toEqual(['production.kettle[1]']);
  });

  it('the last month: only this month is read; no material order can arrive, so none is read and it is 0', () => {
    const result = validateOpsDraft(typed, scenario, { month: 12, rounds: 12 });
    expect(result).toEqual({
      ok: true,
      value: {
        production: { kettle: [100, 0, 0], toaster: [50, 0, 0] },
        materialOrder: { kettle: 0, toaster: 0 },
        expedite: { kettle: 0, toaster: 0 },
        overtimeHours: 0,
      },
    });
    const sales = validateSalesDraft(
      {
        forecast: { kettle: ['90', '', ''], toaster: ['40', 'x', '7'] },
        promotion: { kettle: 0, toaster: 0 },
        acceptDeals: [],
      },
      scenario,
      { month: 12, rounds: 12 },
    );
    expect(sales.ok && sales.value.forecast).toEqual({ kettle: [90, 0, 0], toaster: [40, 0, 0] });
  });
});
