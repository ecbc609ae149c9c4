/**
 * The worked example of docs/scoring.md, rebuilt with the engine's own functions: every number in
 * the document's summary table must be what the engine computes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeMonth } from '../../src/engine/execute';
import { gameScore, HORIZON_WEIGHTS, planGaps } from '../../src/engine/scoring';
import { executionState, opsPlan, salesPlan, tinyScenario } from './fixtures';

const DOC = readFileSync(join(__dirname, '../../docs/scoring.md'), 'utf8');

/** The rows of the table between the worked-example markers: field → value as written. */
function documentedFigures(): [field: string, written: string][] {
  const block = DOC.split('<!-- worked-example:start -->')[1]?.split('<!-- worked-example:end -->')[0] ?? '';
  return block
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| figure') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return [cells[2], cells[3]];
    });
}

// The example of docs/scoring.md: I₀ = 35 − 25, F = 100/100/100, P = 100/80/170, noise × 1.25.
const scenario = tinyScenario();
const state = executionState(scenario, {
  noise: 1.25,
  stock: { inventory: 35, backlog: 25, materials: 85 },
  sales: salesPlan(scenario, [100, 100, 100]),
  ops: opsPlan(scenario, [100, 80, 170], 100),
});
const { report } = executeMonth(state);
const engine = {
  product: report.products.widget,
  scores: report.scores,
  finance: report.finance,
  bonuses: report.bonuses,
  game: gameScore({ history: [report] }),
};

function lookup(field: string): number {
  const [group, key] = field.split('.');
  return (engine as unknown as Record<string, Record<string, number>>)[group][key];
}

describe('the worked example of docs/scoring.md', () => {
  const rows = documentedFigures();

  it('has its summary table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });

  it.each(rows)('%s is %s', (field, written) => {
    const decimals = written.includes('.') ? written.split('.')[1].length : 0;
    const value = lookup(field);
    expect(value, `${field} has no engine value`).toBeTypeOf('number');
    if (decimals === 0) expect(value).toBe(Number(written));
    else expect(value).toBeCloseTo(Number(written), decimals);
  });

  it('its alignment table is planGaps of the signed plans', () => {
    expect(HORIZON_WEIGHTS).toEqual([0.5, 0.3, 0.2]);
    const gaps = planGaps([100, 100, 100], [100, 80, 170], 35 - 25, 0.5);
    expect(gaps.shortage).toBeCloseTo(3, 12);
    expect(gaps.excess).toBeCloseTo(2, 12);
    expect(gaps.weightedForecast).toBeCloseTo(100, 12);
  });

  it('production was limited by materials, as the text says', () => {
    expect(engine.product.limitedBy).toBe('materials');
    expect(engine.finance.overtimeCents + engine.finance.expediteCents).toBe(0);
  });
});
