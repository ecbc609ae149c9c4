import { describe, expect, it } from 'vitest';
import {
  buildLeaderboard,
  findDuplicates,
  type MonthFigures,
  type PlayedRules,
  rankEntries,
  recordKey,
  roleStats,
  sortRows,
  type VerifiedEntry,
} from '../../src/engine/classroom';
import { builtInScenarioHash } from '../../src/engine/codes';
import type { GameRecord } from '../../src/engine/types';

const RULES: PlayedRules = {
  sessionId: 'abc',
  sessionName: 'Class A',
  scenarioId: 'steady-start',
  scenarioName: 'Steady start',
  scenarioHash: builtInScenarioHash('steady-start') ?? '',
  seed: 's',
  rounds: 6,
  rotateEvery: 1,
  weights: null,
};

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
  rules: { ...RULES, ...extra.rules },
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

describe('results played under other rules', () => {
  const genuine = entry('Genuine', 60, 100);
  const short = entry('Cut short', 90, 100, { rules: { ...RULES, rounds: 3 } });
  const reweighted = entry('Reweighted', 85, 100, {
    rules: { ...RULES, weights: { alignment: 0, balance: 1, execution: 0 } },
  });
  const doctored = entry('Doctored', 99, 100, {
    rules: { ...RULES, sessionId: null, sessionName: null, scenarioHash: '0123456789abcdef' },
  });

  it('are marked with every difference and listed after the ranked results, without a rank', () => {
    const { reference, rows } = buildLeaderboard([short, doctored, genuine, genuine, reweighted]);
    expect(reference?.source).toBe('the session “Class A”, which most results name');
    expect(rows.map((r) => [r.rank, r.entry.team, r.marks])).toEqual([
      [1, 'Genuine', []],
      [1, 'Genuine', []],
      [
        null,
        'Doctored',
        ['not played in the session', 'a modified copy of the built-in “Steady start” (its numbers differ)'],
      ],
      [null, 'Cut short', ['3 rounds instead of 6']],
      [null, 'Reweighted', ['other score weights']],
    ]);
  });

  it('take the rules most results share when no result names a session', () => {
    const free = (e: VerifiedEntry) => ({ ...e, rules: { ...e.rules, sessionId: null, sessionName: null } });
    const { reference, rows } = buildLeaderboard([free(short), free(genuine), free(entry('Also', 50, 1))]);
    expect(reference?.source).toBe('the rules most results share');
    expect(rows.map((r) => [r.rank, r.entry.team])).toEqual([
      [1, 'Genuine'],
      [2, 'Also'],
      [null, 'Cut short'],
    ]);
  });

  it('rank every result when they all share the rules, or when there is no reference', () => {
    expect(buildLeaderboard([genuine, entry('B', 50, 1)]).rows.every((r) => r.rank !== null)).toBe(true);
    expect(rankEntries([short, genuine]).map((r) => r.rank)).toEqual([1, 2]);
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

  it('follows a slower rotation, and credits a solo player with their own half of the months', () => {
    const slow = roleStats(months, ['Ada', 'Ben'], { rounds: 4, rotateEvery: 2 });
    expect(slow.filter((s) => s.player === 'Ada' && s.role === 'sales')[0].months).toBe(2);
    expect(slow.find((s) => s.player === 'Ada' && s.role === 'sales')?.score).toBe(70);
    const solo = roleStats(months, ['Ana'], { rounds: 4, rotateEvery: 1 });
    // The bot colleague holds the other role each month: Ana is Sales in months 1 and 3, Operations in 2 and 4.
    expect(solo.map((s) => [s.player, s.role, s.months, s.score])).toEqual([
      ['Ana', 'sales', 2, 75],
      ['Ana', 'ops', 2, 55],
    ]);
    const team = roleStats(months, [], { rounds: 4, rotateEvery: 1 });
    expect(team.map((s) => [s.player, s.role, s.months])).toEqual([
      ['Team', 'sales', 4],
      ['Team', 'ops', 4],
    ]);
  });
});
