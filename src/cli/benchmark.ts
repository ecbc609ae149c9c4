/**
 * The engine benchmark: full 12-round bot-vs-bot games per scenario on the trusted fast path, the
 * 16 bot pairs of a seed sharing its world as in the tournament, timed best of N; against a floor
 * made of the random work alone that one game's world takes (its key, stream openings and draws),
 * timed best of N in runs as long as the engine's.
 */
import { OPS_BOT_IDS, type OpsBotId, playGameTrusted, SALES_BOT_IDS, type SalesBotId } from '../engine';
import { drawCounter, gameKey, nextUniform, openStream } from '../engine/random';
import type { Scenario } from '../engine/types';
import { generateWorld } from '../engine/world';

/** Targets of issue 12 on the reference 2-core machine, single thread. */
export const TARGETS = {
  gamesPerSecond: 20_000,
  floorRatio: 12,
  listColdStartMs: 150,
  verifyThousandMs: 500,
  tournamentMs: 500,
} as const;
/** Rounds of every benchmark game. */
export const BENCH_ROUNDS = 12;
/** Timed runs of each figure; the best is kept (the machine is shared). */
export const BEST_OF = 5;

/** One scenario's figures (per game: microseconds). */
export interface ScenarioBench {
  id: string;
  /** Games of each timed run. */
  games: number;
  gamesPerSecond: number;
  microsPerRound: number;
  /** Engine time per game over the floor's time per game. */
  floorRatio: number;
  /** Random draws one game's world takes. */
  drawsPerGame: number;
  streamsPerGame: number;
  floorMicrosPerGame: number;
  /** Drawing one world (ids, shocks, signals, deals, noise: what the floor leaves out), over the floor. */
  worldRatio: number;
  meetsGamesTarget: boolean;
  meetsFloorTarget: boolean;
}

/** A clock in milliseconds (performance.now in the CLI). */
export type Clock = () => number;

const PAIRS: { sales: SalesBotId; ops: OpsBotId }[] = SALES_BOT_IDS.flatMap((sales) =>
  OPS_BOT_IDS.map((ops) => ({ sales, ops })),
);

/** The pair and seed of the i-th benchmark game: every pair on a seed, then a new seed (never reused). */
export function benchGame(i: number): { sales: SalesBotId; ops: OpsBotId; seed: string } {
  const pair = PAIRS[i % PAIRS.length];
  return { ...pair, seed: String(Math.floor(i / PAIRS.length) + 1) };
}

let unplayed = 0;

/** The first of `count` games whose seeds no earlier run played (so every run draws its worlds). */
export function freshGames(count: number): number {
  const from = unplayed;
  unplayed += Math.ceil(count / PAIRS.length) * PAIRS.length;
  return from;
}

/** The distinct seeds of games [from, from + count). */
function seedsOf(from: number, count: number): string[] {
  const seeds: string[] = [];
  for (let i = from; i < from + count; i += PAIRS.length) seeds.push(benchGame(i).seed);
  return seeds;
}

/** Streams a world opens: two per shock type (shock, signal) and one per product (noise), each month. */
export function streamsPerGame(scenario: Scenario, rounds = BENCH_ROUNDS): number {
  return rounds * (2 * scenario.shocks.length + scenario.products.length);
}

/** Plays `count` games starting at game `from` (new seeds: their worlds are drawn inside); milliseconds taken. */
export function timeGames(scenario: Scenario, from: number, count: number, now: Clock): number {
  const settings = { rounds: BENCH_ROUNDS, rotateEvery: 1 };
  const start = now();
  let seed = '';
  for (let i = from; i < from + count; i++) {
    // The seed's text is made once for its 16 pairs (benchGame's seed), so the loop times the games alone.
    if (i === from || i % PAIRS.length === 0) seed = benchGame(i).seed;
    const { sales, ops } = PAIRS[i % PAIRS.length];
    playGameTrusted(scenario, seed, settings, sales, ops);
  }
  return now() - start;
}

/** Random draws the worlds of these seeds take, counted by drawing them. */
export function worldDraws(scenario: Scenario, seeds: readonly string[]): number {
  drawCounter.count = 0;
  for (const seed of seeds) generateWorld(scenario, seed, BENCH_ROUNDS);
  return drawCounter.count;
}

/**
 * Times the random work alone: per seed its key, `streams` stream openings and `draws` draws in all,
 * `passes` times over in one timed run (the same work each pass).
 */
export function timeFloor(
  seeds: readonly string[],
  streams: number,
  draws: number,
  now: Clock,
  passes = 1,
): { ms: number; sink: number } {
  const opens = seeds.length * streams;
  const perOpen = opens > 0 ? Math.floor(draws / opens) : 0;
  const leftOver = draws - perOpen * opens;
  let sink = 0;
  const start = now();
  for (let pass = 0; pass < passes; pass++) {
    let extra = leftOver;
    for (const seed of seeds) {
      const key = gameKey(seed);
      for (let s = 0; s < streams; s++) {
        const stream = openStream(key, (s % BENCH_ROUNDS) + 1, s);
        const n = perOpen + (extra > 0 ? 1 : 0);
        if (extra > 0) extra--;
        for (let d = 0; d < n; d++) sink += nextUniform(stream);
      }
    }
  }
  return { ms: now() - start, sink };
}

/** Times drawing the seeds' worlds, `passes` times over in one timed run. */
function timeWorlds(scenario: Scenario, seeds: readonly string[], now: Clock, passes = 1): number {
  const start = now();
  for (let pass = 0; pass < passes; pass++)
    for (const seed of seeds) generateWorld(scenario, seed, BENCH_ROUNDS);
  return now() - start;
}

/**
 * How many passes make a run of work that takes `onceMs` last about `targetMs` (at least one). The floor
 * and the worlds are timed in runs about as long as the engine's: on a busy machine a run of a few
 * milliseconds often fits between two of the scheduler's preemptions and a run of a few hundred never
 * does, so short runs made engine/floor grow with the load (black-swan 10.9x quiet, 16.6x beside two
 * busy processes).
 */
export function passesToLast(targetMs: number, onceMs: number): number {
  if (!(onceMs > 0) || !(targetMs > onceMs)) return 1;
  return Math.min(100_000, Math.round(targetMs / onceMs));
}

/** Fewest games of a calibrated run: 10 seeds of 16 pairs (a loaded machine makes trial runs look slow). */
export const MIN_RUN_GAMES = 160;

/** How many games (whole seeds of 16 pairs, at least MIN_RUN_GAMES) fill about `seconds` of engine time. */
export function calibrate(scenario: Scenario, seconds: number, now: Clock): number {
  let games = PAIRS.length;
  for (;;) {
    const ms = timeGames(scenario, freshGames(games), games, now);
    if (ms >= 100 || games >= 1_000_000) {
      const wanted = Math.round((games * seconds * 1000) / Math.max(ms, 1e-3));
      return Math.max(MIN_RUN_GAMES / PAIRS.length, Math.round(wanted / PAIRS.length)) * PAIRS.length;
    }
    games *= 2;
  }
}

function best(runs: number, time: () => number): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) ms = Math.min(ms, time());
  return ms;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Benchmarks one scenario: best of `runs` runs of `games` games each on new seeds, the floor likewise. */
export function benchScenario(scenario: Scenario, games: number, now: Clock, runs = BEST_OF): ScenarioBench {
  const engineMs = best(runs, () => timeGames(scenario, freshGames(games), games, now));
  const seeds = seedsOf(freshGames(games), games);
  const draws = worldDraws(scenario, seeds);
  const streams = streamsPerGame(scenario);
  const floorPasses = passesToLast(engineMs, timeFloor(seeds, streams, draws, now).ms);
  const floorMs = best(runs, () => timeFloor(seeds, streams, draws, now, floorPasses).ms) / floorPasses;
  const worldPasses = passesToLast(engineMs, timeWorlds(scenario, seeds, now));
  const worldMs = best(runs, () => timeWorlds(scenario, seeds, now, worldPasses)) / worldPasses;
  const engineMicros = (engineMs * 1000) / games;
  const floorMicros = (floorMs * 1000) / seeds.length;
  const gamesPerSecond = engineMs > 0 ? (games * 1000) / engineMs : Number.POSITIVE_INFINITY;
  const floorRatio = floorMicros > 0 ? engineMicros / floorMicros : Number.POSITIVE_INFINITY;
  return {
    id: scenario.id,
    games,
    gamesPerSecond: Math.round(gamesPerSecond),
    microsPerRound: round2(engineMicros / BENCH_ROUNDS),
    floorRatio: round2(floorRatio),
    drawsPerGame: Math.round(draws / seeds.length),
    streamsPerGame: streams,
    floorMicrosPerGame: round2(floorMicros),
    worldRatio: round2(floorMs > 0 ? worldMs / floorMs : Number.POSITIVE_INFINITY),
    meetsGamesTarget: gamesPerSecond >= TARGETS.gamesPerSecond,
    meetsFloorTarget: floorRatio <= TARGETS.floorRatio,
  };
}
