import { describe, expect, it } from 'vitest';
import { getScenario } from '../../src/engine';
import { bullwhip, incentiveSeries, playerStats, productSeries, scoreSeries } from '../../src/engine/debrief';
import { playGame } from '../../src/engine/play';
import { OKABE_ITO } from '../../src/engine/words/palette';
import {
  biasText,
  bullwhipChart,
  incentiveChart,
  playersChart,
  productChart,
  scoresChart,
} from '../../src/ui/debrief/chart-specs';

const { state } = playGame(
  getScenario('seasonal-peak')!,
  'demo',
  { rounds: 12, rotateEvery: 1 },
  'optimist',
  'cautious',
);
const specs = [
  scoresChart(scoreSeries(state.history)),
  ...productSeries(state.history, state).map(productChart),
  bullwhipChart(bullwhip(state.history, state)),
  incentiveChart(incentiveSeries(state.history)),
  playersChart(playerStats(state.history, state, ['Ana', 'Olivia (bot)'])),
];

describe('chart specs', () => {
  it('give every chart a title, a description and a table with one row per label', () => {
    for (const spec of specs) {
      expect(spec.title.length).toBeGreaterThan(5);
      expect(spec.description.length).toBeGreaterThan(20);
      expect(spec.table.rows.length).toBeGreaterThanOrEqual(spec.labels.length);
      for (const row of spec.table.rows) expect(row).toHaveLength(spec.table.columns.length);
    }
  });

  it('never tell two lines of one chart apart by colour alone', () => {
    const palette = new Set<string>(Object.values(OKABE_ITO));
    for (const spec of specs) {
      const cues = spec.datasets.map((d) => `${d.dash.join('-')}|${d.point}|${d.hollow ?? false}`);
      expect(new Set(cues).size).toBe(cues.length);
      for (const d of spec.datasets) expect(palette.has(d.colour)).toBe(true);
    }
  });

  it('hatch the shock months and name them in the description', () => {
    const scores = specs[0];
    const markers = scoreSeries(state.history).markers;
    expect(scores.bands).toEqual(markers.map((m) => m.month - 1));
    expect(scores.description).toContain('shocks began in month');
    expect(scores.table.rows[markers[0].month - 1][5]).toBe(markers[0].names.join(', '));
  });

  it('state the bullwhip ratio in the heading and the table', () => {
    const b = bullwhip(state.history, state);
    const spec = specs[specs.length - 3];
    expect(spec.title).toContain(`${b.ratio!.toFixed(1)} ×`);
    expect(spec.table.rows.at(-1)![0]).toBe('Standard deviation');
  });

  it('print a bias with its sign, the percent sign kept on the line of its number', () => {
    expect(biasText(0.123)).toBe('+12\u00a0%');
    expect(biasText(-0.05)).toBe('−5\u00a0%');
    expect(biasText(null)).toBe('—');
  });
});
