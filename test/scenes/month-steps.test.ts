import { describe, expect, it } from 'vitest';
import {
  deliveryNote,
  deliveryNotes,
  MAX_TOKENS,
  monthDeliveries,
  monthDuration,
  monthSteps,
  tokenCount,
} from '../../src/scenes/month-steps';
import { monthReport, scenario } from './fixtures';

describe('monthSteps', () => {
  it('plays shocks, materials, production, shipping and backlog in order, back to back', () => {
    const steps = monthSteps(monthReport(), scenario());
    expect(steps.map((s) => s.kind)).toEqual(['shocks', 'materials', 'production', 'shipping', 'backlog']);
    for (let i = 1; i < steps.length; i += 1)
      expect(steps[i].at).toBe(steps[i - 1].at + steps[i - 1].duration);
  });

  it('skips the shock step in a quiet month', () => {
    const steps = monthSteps(monthReport({ shocks: [] }), scenario());
    expect(steps[0].kind).toBe('materials');
    expect(steps[0].at).toBe(0);
  });

  it('lasts between 3 and 5 seconds', () => {
    for (const report of [monthReport(), monthReport({ shocks: [] })]) {
      const duration = monthDuration(monthSteps(report, scenario()));
      expect(duration).toBeGreaterThanOrEqual(3000);
      expect(duration).toBeLessThanOrEqual(5000);
    }
  });

  it('carries the card text of each shock and the plant utilisation', () => {
    const steps = monthSteps(monthReport(), scenario());
    const shocks = steps.find((s) => s.kind === 'shocks');
    expect(shocks?.kind === 'shocks' && shocks.cards[0].title).toBe('Machine breakdown');
    const production = steps.find((s) => s.kind === 'production');
    expect(production?.kind === 'production' && production.utilisation).toBe(0.92);
  });
});

describe('monthDeliveries', () => {
  it('sums late and cut units per product from the events', () => {
    expect(monthDeliveries(monthReport())).toEqual([
      { product: 'bike', arrived: 250, delayed: 0, cut: 50 },
      { product: 'scooter', arrived: 250, delayed: 40, cut: 0 },
    ]);
  });
});

describe('deliveryNote', () => {
  it('names late and cut units, and nothing for a full delivery', () => {
    expect(deliveryNote({ product: 'bike', arrived: 100, delayed: 0, cut: 0 })).toBe('');
    expect(deliveryNote({ product: 'bike', arrived: 100, delayed: 1200, cut: 0 })).toBe('1,200 late');
    expect(deliveryNote({ product: 'bike', arrived: 0, delayed: 40, cut: 10 })).toBe('40 late, 10 cut');
  });

  it('keeps notes only for products with a problem', () => {
    expect(deliveryNotes(monthReport())).toEqual({ bike: '50 cut', scooter: '40 late' });
    expect(deliveryNotes(monthReport({ events: [] }))).toEqual({});
  });
});

describe('tokenCount', () => {
  it('shows nothing for no units, one for a trickle, and caps a flood', () => {
    expect(tokenCount(0, 400)).toBe(0);
    expect(tokenCount(1, 400)).toBe(1);
    expect(tokenCount(200, 400)).toBe(3);
    expect(tokenCount(1_000_000, 400)).toBe(MAX_TOKENS);
  });
});
