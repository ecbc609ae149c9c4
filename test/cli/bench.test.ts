import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../src/cli/bench-args';
import {
  BENCH_SEEDS,
  benchGame,
  benchScenario,
  streamsPerGame,
  timeFloor,
  timeGames,
} from '../../src/cli/benchmark';
import { getScenario } from '../../src/engine';

/** A fake clock: every reading is one millisecond later, so figures are exact and timing-free. */
function tickingClock(): () => number {
  let t = 0;
  return () => (t += 1);
}

describe('parseBenchArgs', () => {
  it('defaults to every scenario, calibrated game counts and a table', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      value: { help: false, json: false, seconds: 1.5, cpu: false },
    });
  });

  it('reads --json, --games, --seconds and --scenario', () => {
    expect(
      parseBenchArgs(['--json', '--games=500', '--seconds', '2', '--scenario', 'black-swan', '--cpu']),
    ).toEqual({
      ok: true,
      value: { help: false, json: true, games: 500, seconds: 2, scenarioId: 'black-swan', cpu: true },
    });
  });

  it.each([
    [['--games', '0'], /--games must be a whole number from 1/],
    [['--games'], /--games must be a whole number/],
    [['--scenario', 'x'], /unknown scenario "x"/],
    [['--fast'], /unknown flag "--fast"/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('benchmark games', () => {
  it('cycles through all 16 bot pairs before moving to the next seed, and wraps the seeds', () => {
    const first16 = Array.from({ length: 16 }, (_, i) => benchGame(i));
    expect(new Set(first16.map((g) => `${g.sales}/${g.ops}`)).size).toBe(16);
    expect(new Set(first16.map((g) => g.seed))).toEqual(new Set(['1']));
    expect(benchGame(16).seed).toBe('2');
    expect(benchGame(16 * BENCH_SEEDS).seed).toBe('1');
  });

  it('counts the streams the engine opens: two per shock type and one per product, every month', () => {
    const scenario = getScenario('supply-crunch')!;
    expect(streamsPerGame(scenario)).toBe(12 * (2 * scenario.shocks.length + scenario.products.length));
  });

  it('counts the random draws the games make', () => {
    const { draws } = timeGames(getScenario('steady-start')!, 0, 2, tickingClock());
    expect(draws).toBeGreaterThan(0);
  });

  it('makes exactly the requested number of draws in the floor', () => {
    // The sink is the sum of the uniforms: the count of draws bounds it from above.
    const { sink } = timeFloor(3, 7, 100, tickingClock());
    expect(sink).toBeGreaterThan(0);
    expect(sink).toBeLessThan(100);
    expect(timeFloor(3, 7, 0, tickingClock()).sink).toBe(0);
  });

  it('reports every figure of a scenario with a fake clock', () => {
    const result = benchScenario(getScenario('black-swan')!, 4, tickingClock());
    expect(result).toMatchObject({ id: 'black-swan', games: 4, gamesPerSecond: 4000, floorRatio: 1 });
    expect(result.microsPerRound).toBeCloseTo(1000 / 48, 2);
    expect(result.drawsPerGame).toBeGreaterThan(0);
  });
});
