import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  type MonthFigures,
  rankEntries,
  recordKey,
  roleStats,
  sortRows,
  type VerifiedEntry,
} from '../../src/engine/classroom';
import type { GameRecord } from '../../src/engine/types';

const entry = (
  team: string,
  total: number,
  profitCents: number,
  extra: Partial<VerifiedEntry> = {},
): VerifiedEntry => ({
  key: team,
  team,
  players: [],
  total,
  alignment: 50,
  balance: 50,
  execution: 50,
  profitCents,
  fillRate: 0.9,
  forecastAccuracy: 0.8,
  scenarioName: 'Steady start',
  months: 6,
  monthly: [],
  record: {} as GameRecord,
  ...extra,
});

describe('rankEntries', () => {
  it('ranks by score, then by profit', () => {
    const ranked = rankEntries([entry('C', 70, 500), entry('A', 80, 100), entry('B', 70, 900)]);
    expect(ranked.map((r) => [r.rank, r.entry.team])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
    ]);
  });

  it('gives equal score and profit the same rank, and skips the next (1, 1, 3)', () => {
    const ranked = rankEntries([entry('Zeta', 70, 500), entry('Alpha', 70, 500), entry('Mid', 60, 900)]);
    expect(ranked.map((r) => [r.rank, r.entry.team])).toEqual([
      [1, 'Alpha'],
      [1, 'Zeta'],
      [3, 'Mid'],
    ]);
  });

  it('handles negative profits and an empty class', () => {
    expect(rankEntries([])).toEqual([]);
    const ranked = rankEntries([entry('Loss', 70, -500), entry('Less loss', 70, -100)]);
    expect(ranked[0].entry.team).toBe('Less loss');
  });
});

describe('sortRows', () => {
  const ranked = rankEntries([
    entry('b team', 80, 100, { fillRate: 0.5, players: ['Zoe'] }),
    entry('A team', 70, 300, { fillRate: 0.95, players: ['Al'] }),
    entry('C team', 60, 200, { fillRate: 0.7, players: ['Mo'] }),
  ]);
  const teams = (rows: ReturnType<typeof sortRows>) => rows.map((r) => r.entry.team);

  it('sorts by any column in either direction', () => {
    expect(teams(sortRows(ranked, 'fillRate', 'descending'))).toEqual(['A team', 'C team', 'b team']);
    expect(teams(sortRows(ranked, 'fillRate', 'ascending'))).toEqual(['b team', 'C team', 'A team']);
    expect(teams(sortRows(ranked, 'profitCents', 'descending'))).toEqual(['A team', 'C team', 'b team']);
    expect(teams(sortRows(ranked, 'rank', 'descending'))).toEqual(['C team', 'A team', 'b team']);
    expect(teams(sortRows(ranked, 'players', 'ascending'))).toEqual(['A team', 'C team', 'b team']);
  });

  it('sorts names ignoring case', () => {
    expect(teams(sortRows(ranked, 'team', 'ascending'))).toEqual(['A team', 'b team', 'C team']);
  });

  it('keeps the ranking order among equal values', () => {
    const tied = rankEntries([entry('X', 90, 1), entry('Y', 80, 1), entry('Z', 70, 1)]);
    expect(teams(sortRows(tied, 'alignment', 'descending'))).toEqual(['X', 'Y', 'Z']);
  });
});

describe('duplicates', () => {
  it('equal records give equal keys whatever their key order; any change gives another', () => {
    const a = { format: 1, seed: 's', team: { name: 'T', players: [] } } as unknown as GameRecord;
    const b = { team: { players: [], name: 'T' }, seed: 's', format: 1 } as unknown as GameRecord;
    const c = { ...a, seed: 't' } as GameRecord;
    expect(recordKey(a)).toBe(recordKey(b));
    expect(recordKey(a)).not.toBe(recordKey(c));
  });

  it('marks every repeat with the index of the first copy; refused items (no key) are never duplicates', () => {
    const items = [
      { key: 'k1', item: 'first' },
      { key: null, item: 'refused' },
      { key: 'k2', item: 'other' },
      { key: 'k1', item: 'again' },
      { key: null, item: 'refused again' },
      { key: 'k1', item: 'third time' },
    ];
    expect(findDuplicates(items)).toEqual([null, null, null, 0, null, 0]);
  });
});

describe('roleStats', () => {
  const month = (n: number, forecastAccuracy: number, planAttainment: number, total: number) =>
    ({ month: n, forecastAccuracy, planAttainment, total }) as MonthFigures;
  const months = [
    month(1, 0.9, 0.5, 80),
    month(2, 0.7, 0.9, 60),
    month(3, 0.8, 0.7, 70),
    month(4, 0.6, 1, 50),
  ];

  it('credits each player with the months they held each role (rotating every round)', () => {
    const stats = roleStats(months, ['Ada', 'Ben'], { rounds: 4, rotateEvery: 1 });
    expect(stats).toEqual([
      { player: 'Ada', role: 'sales', months: 2, measure: (0.9 + 0.8) / 2, score: 75 },
      { player: 'Ben', role: 'sales', months: 2, measure: (0.7 + 0.6) / 2, score: 55 },
      { player: 'Ada', role: 'ops', months: 2, measure: (0.9 + 1) / 2, score: 55 },
      { player: 'Ben', role: 'ops', months: 2, measure: (0.5 + 0.7) / 2, score: 75 },
    ]);
  });

  it('follows a slower rotation, and gives a lone player both roles', () => {
    const slow = roleStats(months, ['Ada', 'Ben'], { rounds: 4, rotateEvery: 2 });
    expect(slow.filter((s) => s.player === 'Ada' && s.role === 'sales')[0].months).toBe(2);
    expect(slow.find((s) => s.player === 'Ada' && s.role === 'sales')?.score).toBe(70);
    const solo = roleStats(months, ['Ana'], { rounds: 4, rotateEvery: 1 });
    expect(solo.map((s) => [s.player, s.role, s.months])).toEqual([
      ['Ana', 'sales', 4],
      ['Ana', 'ops', 4],
    ]);
  });
});
