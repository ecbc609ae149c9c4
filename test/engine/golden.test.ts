/**
 * Golden figures: scenario + seed + bots → exact numbers. They change only with an
 * ENGINE_VERSION bump; then regenerate them with `npx tsx test/engine/print-golden.ts`.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/game';
import { GOLDEN_PAIRS, type GoldenFigures, goldenFigures } from './golden-figures';

// Engine 1.1.0: regenerate with `npx tsx test/engine/print-golden.ts`.
const GOLDEN_VERSION = '1.1.0';
const GOLDEN: Record<string, GoldenFigures> = {
  'steady-start planner/planner': {
    total: 99.1,
    alignment: 100,
    balance: 100,
    execution: 97.4,
    profitCents: 41032400,
    month3: {
      product: 'kettle',
      demand: 1193,
      forecast: 1131,
      produced: 1142,
      shipped: 1193,
      inventoryOut: 102,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 2559760,
    },
  },
  'steady-start optimist/cautious': {
    total: 65.8,
    alignment: 38.4,
    balance: 90.8,
    execution: 68.3,
    profitCents: 31623620,
    month3: {
      product: 'kettle',
      demand: 1044,
      forecast: 1500,
      produced: 1262,
      shipped: 1088,
      inventoryOut: 174,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 2172120,
    },
  },
  'seasonal-peak planner/planner': {
    total: 96.2,
    alignment: 96.2,
    balance: 97.9,
    execution: 94.4,
    profitCents: 357824880,
    month3: {
      product: 'ebike',
      demand: 383,
      forecast: 381,
      produced: 440,
      shipped: 383,
      inventoryOut: 63,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 2980140,
    },
  },
  'seasonal-peak optimist/cautious': {
    total: 62.7,
    alignment: 43.2,
    balance: 87.6,
    execution: 57.4,
    profitCents: 258146850,
    month3: {
      product: 'ebike',
      demand: 340,
      forecast: 500,
      produced: 416,
      shipped: 340,
      inventoryOut: 174,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 20533800,
    },
  },
  'promotion-whiplash planner/planner': {
    total: 95.1,
    alignment: 100,
    balance: 97.9,
    execution: 87.3,
    profitCents: 264700920,
    month3: {
      product: 'espresso',
      demand: 863,
      forecast: 771,
      produced: 858,
      shipped: 858,
      inventoryOut: 0,
      backlogOut: 52,
      lostSales: 22,
      profitCents: 2985200,
    },
  },
  'promotion-whiplash optimist/cautious': {
    total: 67.8,
    alignment: 45.1,
    balance: 95.3,
    execution: 63,
    profitCents: 186016840,
    month3: {
      product: 'espresso',
      demand: 682,
      forecast: 1125,
      produced: 936,
      shipped: 682,
      inventoryOut: 488,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 11260320,
    },
  },
  'supply-crunch planner/planner': {
    total: 93,
    alignment: 91.6,
    balance: 94.3,
    execution: 93.3,
    profitCents: 325440481,
    month3: {
      product: 'laptop',
      demand: 462,
      forecast: 467,
      produced: 514,
      shipped: 462,
      inventoryOut: 77,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 29870200,
    },
  },
  'supply-crunch optimist/cautious': {
    total: 66.2,
    alignment: 47.8,
    balance: 89.7,
    execution: 61.1,
    profitCents: 250253677,
    month3: {
      product: 'laptop',
      demand: 404,
      forecast: 625,
      produced: 224,
      shipped: 404,
      inventoryOut: 133,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 23995000,
    },
  },
  'black-swan planner/planner': {
    total: 89.1,
    alignment: 83.6,
    balance: 92.6,
    execution: 91.1,
    profitCents: 137052280,
    month3: {
      product: 'air-purifier',
      demand: 700,
      forecast: 667,
      produced: 625,
      shipped: 700,
      inventoryOut: 46,
      backlogOut: 0,
      lostSales: 0,
      profitCents: 17529320,
    },
  },
  'black-swan optimist/cautious': {
    total: 62.1,
    alignment: 34.5,
    balance: 88.3,
    execution: 63.7,
    profitCents: 115531260,
    month3: {
      product: 'air-purifier',
      demand: 612,
      forecast: 875,
      produced: 736,
      shipped: 736,
      inventoryOut: 0,
      backlogOut: 8,
      lostSales: 3,
      profitCents: 12889440,
    },
  },
};

describe('golden games (seed "golden-1", 12 rounds)', () => {
  it('were written for this engine version', () => {
    expect(ENGINE_VERSION, 'bump ENGINE_VERSION and regenerate the golden figures together').toBe(
      GOLDEN_VERSION,
    );
  });

  it('cover every built-in scenario with both bot pairs', () => {
    expect(Object.keys(GOLDEN)).toHaveLength(10);
    for (const [sales, ops] of GOLDEN_PAIRS)
      expect(Object.keys(GOLDEN).filter((k) => k.endsWith(` ${sales}/${ops}`))).toHaveLength(5);
  });

  it.each(Object.entries(GOLDEN))('%s gives exactly its golden figures', (key, golden) => {
    const [scenarioId, pair] = key.split(' ');
    const [sales, ops] = pair.split('/') as (typeof GOLDEN_PAIRS)[number];
    expect(goldenFigures(scenarioId, sales, ops)).toEqual(golden);
  });
});
