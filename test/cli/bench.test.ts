import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../src/cli/bench-args';
import {
  benchGame,
  benchScenario,
  freshGames,
  passesToLast,
  streamsPerGame,
  timeFloor,
  worldDraws,
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
      value: { help: false, json: false, seconds: 1.5, cpu: false, engineOnly: false },
    });
  });

  it('reads --json, --games, --seconds and --scenario', () => {
    expect(
      parseBenchArgs([
        '--json',
        '--games=500',
        '--seconds',
        '2',
        '--scenario',
        'black-swan',
        '--cpu',
        '--engine-only',
      ]),
    ).toEqual({
      ok: true,
      value: {
        help: false,
        json: true,
        games: 500,
        seconds: 2,
        scenarioId: 'black-swan',
        cpu: true,
        engineOnly: true,
      },
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
  it('plays all 16 bot pairs on a seed, then moves to a new seed and never comes back', () => {
    const first16 = Array.from({ length: 16 }, (_, i) => benchGame(i));
    expect(new Set(first16.map((g) => `${g.sales}/${g.ops}`)).size).toBe(16);
    expect(new Set(first16.map((g) => g.seed))).toEqual(new Set(['1']));
    expect(benchGame(16).seed).toBe('2');
    expect(benchGame(16 * 50).seed).toBe('51');
  });

  it('gives every run seeds no earlier run played, in whole seeds of 16 games', () => {
    const a = freshGames(20);
    const b = freshGames(16);
    expect(b - a).toBe(32);
    expect(benchGame(b).seed).not.toBe(benchGame(a + 19).seed);
  });

  it('counts the streams a world opens: two per shock type and one per product, every month', () => {
    const scenario = getScenario('supply-crunch')!;
    expect(streamsPerGame(scenario)).toBe(12 * (2 * scenario.shocks.length + scenario.products.length));
  });

  it('counts the random draws of the worlds of the seeds', () => {
    const scenario = getScenario('steady-start')!;
    const one = worldDraws(scenario, ['1']);
    expect(one).toBeGreaterThan(0);
    expect(worldDraws(scenario, ['1', '1'])).toBe(2 * one);
  });

  it('makes exactly the requested number of draws in the floor', () => {
    // The sink is the sum of the uniforms: the count of draws bounds it from above.
    const { sink } = timeFloor(['1', '2', '3'], 7, 100, tickingClock());
    expect(sink).toBeGreaterThan(0);
    expect(sink).toBeLessThan(100);
    expect(timeFloor(['1', '2', '3'], 7, 0, tickingClock()).sink).toBe(0);
  });

  it('repeats the same random work in every pass of a floor run', () => {
    const once = timeFloor(['1', '2', '3'], 7, 100, tickingClock()).sink;
    expect(timeFloor(['1', '2', '3'], 7, 100, tickingClock(), 3).sink).toBeCloseTo(3 * once, 9);
  });

  it('times the floor and the worlds in runs about as long as the engine run', () => {
    expect(passesToLast(300, 1.5)).toBe(200);
    expect(passesToLast(300, 400)).toBe(1);
    expect(passesToLast(300, 0)).toBe(1);
    expect(passesToLast(1e9, 1e-3)).toBe(100_000);
  });

  it('reports every figure of a scenario with a fake clock', () => {
    // Each timed run reads the clock twice: 1 ms per run whatever it does.
    const result = benchScenario(getScenario('black-swan')!, 16, tickingClock(), 2);
    expect(result).toMatchObject({ id: 'black-swan', games: 16, gamesPerSecond: 16000, worldRatio: 1 });
    // 16 games take 1 ms; the floor of their one world takes 1 ms: 62.5 us per game over 1000 us per world.
    expect(result.floorRatio).toBe(0.06);
    expect(result.microsPerRound).toBeCloseTo(1000 / 16 / 12, 2);
    expect(result.drawsPerGame).toBeGreaterThan(0);
    expect(result.meetsGamesTarget).toBe(false);
    expect(result.meetsFloorTarget).toBe(true);
  });
});
