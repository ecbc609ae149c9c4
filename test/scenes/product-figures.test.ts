import { describe, expect, it } from 'vitest';
import {
  CHECKPOINTS,
  monthFigures,
  orderedHeadline,
  reportFigures,
  stockFigures,
} from '../../src/scenes/product-figures';
import { monthReport, productMonth, stock } from './fixtures';

describe('monthFigures', () => {
  const product = productMonth();

  it('starts from the stock carried in and ends on the report figures', () => {
    const start = monthFigures(product, 'start');
    expect(start).toMatchObject({ materials: 300, inventory: 200, backlog: 50, made: 0, supplier: 0 });
    const end = monthFigures(product, 'end');
    expect(end).toMatchObject({ materials: 170, inventory: 130, backlog: 16, made: 380, supplier: 250 });
    expect(end.limitedBy).toBe('materials');
  });

  it('shows materials piling up on arrival, goods piling up before shipping, then orders lost', () => {
    expect(monthFigures(product, 'materials').materials).toBe(550);
    expect(monthFigures(product, 'production').inventory).toBe(580);
    expect(monthFigures(product, 'shipping').backlog).toBe(20);
  });

  it('reports shipments from the shipping checkpoint and lost orders only at the end', () => {
    expect(monthFigures(product, 'production').shipped).toBeNull();
    expect(monthFigures(product, 'shipping')).toMatchObject({ shipped: 450, lost: 0 });
    expect(monthFigures(product, 'end')).toMatchObject({ shipped: 450, lost: 4 });
  });

  it('never shows a negative number', () => {
    const odd = productMonth({ materialsOut: 0, materialsUsed: 10, materialsArrived: 50 });
    for (const at of CHECKPOINTS) {
      const f = monthFigures(odd, at);
      for (const value of [f.materials, f.inventory, f.backlog, f.made, f.supplier])
        expect(value).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('orderedHeadline', () => {
  it('puts orders beside the forecast once the orders are in', () => {
    const product = productMonth({ demand: 1420, forecast: 1200 });
    expect(orderedHeadline(monthFigures(product, 'production'))).toBe('');
    expect(orderedHeadline(monthFigures(product, 'end'))).toBe(
      '1,420 ordered + 50 owed (forecast 1,200) · 450 shipped',
    );
    expect(orderedHeadline(stockFigures(stock()))).toBe('');
  });
});

describe('stockFigures', () => {
  it('shows the stock with the pipeline as units on order', () => {
    const f = stockFigures(
      stock({
        pipeline: [
          { arrivalMonth: 4, units: 100 },
          { arrivalMonth: 5, units: 60 },
        ],
      }),
    );
    expect(f).toMatchObject({
      supplier: 160,
      supplierCaption: 'on order',
      materials: 240,
      inventory: 120,
      backlog: 30,
    });
  });
});

describe('reportFigures', () => {
  it('keys the figures by product id', () => {
    expect(Object.keys(reportFigures(monthReport(), 'end'))).toEqual(['bike', 'scooter']);
  });
});
