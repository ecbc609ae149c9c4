import { describe, expect, it } from 'vitest';
import { getScenario } from '../../src/engine';
import { DEBRIEF_COLUMNS, debriefCsv, debriefFileName, debriefRows } from '../../src/engine/debrief';
import { playGame } from '../../src/engine/play';
import { csvCell } from '../../src/engine/words/csv';
import { csvEuros, csvShare } from '../../src/engine/words/plain';
import { fakeGame, fakeReport } from './fixtures';

describe('number formats', () => {
  it('prints cents as exact euros and scores with one decimal', () => {
    expect(csvEuros(-1205)).toBe('-12.05');
    expect(csvEuros(5)).toBe('0.05');
    expect(csvEuros(297311400)).toBe('2973114.00');
    expect(csvShare(0.83449)).toBe('83.4');
    expect(csvShare(1)).toBe('100.0');
  });
});

describe('debriefCsv', () => {
  it('has one row per month and product with the screen’s strings', () => {
    const { state } = playGame(
      getScenario('seasonal-peak')!,
      'csv',
      { rounds: 6, rotateEvery: 1 },
      'optimist',
      'cautious',
    );
    const csv = debriefCsv(state, ['Ana', 'Ben']);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(DEBRIEF_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 6 * 2);
    const rows = debriefRows(state, ['Ana', 'Ben']);
    expect(lines.slice(1)).toEqual(rows.map((r) => r.join(',')));
    const first = state.history[0];
    const e = first.products.ebike;
    expect(rows[0]).toEqual([
      '1',
      'Ana',
      'Ben',
      'E-bike',
      String(e.demand),
      String(e.forecast),
      String(e.plannedProduction),
      String(e.produced),
      String(e.shipped),
      String(e.inventoryIn),
      String(e.inventoryOut),
      String(e.backlogIn),
      String(e.backlogOut),
      String(e.lostSales),
      (Math.round(e.fillRate * 1000) / 10).toFixed(1),
      csvShare(first.scores.alignment),
      csvShare(first.scores.balance),
      csvShare(first.scores.execution),
      csvEuros(first.finance.profitCents),
    ]);
    expect(rows[2][1]).toBe('Ben');
  });

  it('guards text cells against formulas but leaves negative numbers alone', () => {
    const history = [fakeReport(1, { finance: { profitCents: -4550 } })];
    const csv = debriefCsv(fakeGame(history), ['=HYPERLINK("x")', '+Ben, "the planner"']);
    const line = csv.split('\r\n')[1];
    expect(line).toBe(
      `1,"'=HYPERLINK(""x"")","'+Ben, ""the planner""",Widget,100,100,100,100,100,0,0,0,0,0,100.0,100.0,100.0,100.0,-45.50`,
    );
    expect(csvCell('-12.00', false)).toBe('-12.00');
    expect(csvCell('@sum', true)).toBe("'@sum");
  });

  it('makes a safe file name from the team name', () => {
    expect(debriefFileName('The A-Team / 2!', 'csv')).toBe('sop-debrief-the-a-team-2.csv');
    expect(debriefFileName('***', 'png')).toBe('sop-debrief-team.png');
  });
});
