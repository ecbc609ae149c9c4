import { describe, expect, it } from 'vitest';
import { companySummaryText, monthSummaryText } from '../../src/scenes/stage-summary';
import { monthReport, scenario, stock } from './fixtures';

describe('monthSummaryText', () => {
  it('tells the month in words: plant, each product, shocks', () => {
    const text = monthSummaryText(monthReport(), scenario());
    expect(text).toContain('Month 3.');
    expect(text).toContain('The plant ran at 92 % of capacity.');
    expect(text).toContain(
      'E-bike: 250 materials delivered, 50 cut; 380 made (limited by materials); 450 of 470 owed shipped (420 ordered this month + 50 from the backlog)',
    );
    expect(text).toContain('Scooter: 250 materials delivered, 40 late;');
    expect(text).toContain('4 orders lost');
    expect(text).toContain('Shocks: Machine breakdown: plant capacity \u221230 % this month.');
  });

  it('says when a month was quiet', () => {
    expect(monthSummaryText(monthReport({ shocks: [] }), scenario())).toContain('No shocks this month.');
  });
});

describe('companySummaryText', () => {
  it('lists each product in the scenario order', () => {
    const text = companySummaryText({ scooter: stock({ inventory: 5 }), bike: stock() }, scenario());
    expect(text.indexOf('E-bike')).toBeLessThan(text.indexOf('Scooter'));
    expect(text).toContain(
      'E-bike: 240 materials on hand, 300 on order, 120 e-bikes in stock, 30 waiting (backlog).',
    );
  });
});
