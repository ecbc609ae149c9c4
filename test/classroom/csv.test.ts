import { describe, expect, it } from 'vitest';
import { leaderboardCsv, rankEntries, type VerifiedEntry } from '../../src/engine/classroom';
import type { GameRecord } from '../../src/engine/types';
import { csvCell, toCsv } from '../../src/engine/words/csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Team One')).toBe('Team One');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvCell('the "best" team')).toBe('"the ""best"" team"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '=HYPERLINK("http://x")'])(
    'guards text starting like a formula: %j',
    (text) => {
      const cell = csvCell(text);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('guards and quotes at once', () => {
    expect(csvCell('=A1,"x"')).toBe('"\'=A1,""x"""');
  });

  it('writes non-finite numbers as empty cells', () => {
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv and leaderboardCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('writes rank, names, scores, profit in currency and percentages', () => {
    const entry: VerifiedEntry = {
      key: 'k',
      team: '=cmd|calc',
      players: ['Ada', 'Ben, Jr'],
      total: 81.2,
      alignment: 90,
      balance: 77.5,
      execution: 76.1,
      profitCents: -123405,
      fillRate: 0.9234,
      forecastAccuracy: 0.8,
      sessionName: 'Class A',
      scenarioName: 'Steady start',
      months: 6,
      rules: {
        sessionId: 'abc',
        sessionName: 'Class A',
        scenarioId: 'steady-start',
        scenarioName: 'Steady start',
        scenarioHash: '0123456789abcdef',
        seed: 's',
        rounds: 6,
        rotateEvery: 1,
        weights: null,
      },
      play: { mode: 'solo', persona: 'textbook', suggestAllowed: true, suggestUsed: 3 },
      monthly: [],
      record: {} as GameRecord,
    };
    const csv = leaderboardCsv(rankEntries([entry]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Team,Players,Score (0–100),Alignment (0–100),Balance (0–100),Execution (0–100),Profit (€),Fill rate (%),Forecast accuracy (%),Months played,Session,Scenario,Rounds,Mode and bot,Suggest allowed,Suggest used (times),Not ranked because',
    );
    expect(lines[1]).toBe(
      `1,'=cmd|calc,"Ada; Ben, Jr",81.2,90,77.5,76.1,-1234.05,92.3,80,6,Class A,Steady start,6,Solo with the Textbook planner bot,yes,3,`,
    );
    expect(lines[2]).toBe('');
    const unranked = leaderboardCsv([
      { rank: null, entry, marks: ['3 rounds instead of 6', 'another seed'] },
    ]);
    expect(unranked.split('\r\n')[1]).toMatch(/^,'=cmd.*,3 rounds instead of 6; another seed$/);
  });
});
