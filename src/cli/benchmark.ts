/**
 * The engine benchmark: full 12-round bot-vs-bot games per scenario, timed, against a floor made of
 * the same random work alone (the same game keys, stream openings and draws). The clock is passed in.
 */
import { OPS_BOT_IDS, type OpsBotId, playGame, SALES_BOT_IDS, type SalesBotId } from '../engine';
import { drawCounter, gameKey, nextUniform, openStream } from '../engine/random';
import type { Scenario } from '../engine/types';

/** Targets of issue 2 on the reference 2-core machine, single thread. */
export const TARGETS = { gamesPerSecond: 20_000, floorRatio: 4 } as const;
/** Rounds of every benchmark game. */
export const BENCH_ROUNDS = 12;
/** Seeds the games cycle through (with every bot pair). */
export const BENCH_SEEDS = 50;

/** One scenario's figures. */
export interface ScenarioBench {
  id: string;
  games: number;
  gamesPerSecond: number;
  microsPerRound: number;
  /** Engine time over the floor's time. */
  floorRatio: number;
  drawsPerGame: number;
  streamsPerGame: number;
  floorMicrosPerGame: number;
  meetsGamesTarget: boolean;
  meetsFloorTarget: boolean;
}

/** A clock in milliseconds (performance.now in the CLI). */
export type Clock = () => number;

const PAIRS: { sales: SalesBotId; ops: OpsBotId }[] = SALES_BOT_IDS.flatMap((sales) =>
  OPS_BOT_IDS.map((ops) => ({ sales, ops })),
);

/** The pair and seed of the i-th benchmark game: every pair, then the next seed. */
export function benchGame(i: number): { sales: SalesBotId; ops: OpsBotId; seed: string } {
  const pair = PAIRS[i % PAIRS.length];
  return { ...pair, seed: String((Math.floor(i / PAIRS.length) % BENCH_SEEDS) + 1) };
}

/** Streams the engine opens per game: two per shock type (shock, signal) and one per product (noise), each month. */
export function streamsPerGame(scenario: Scenario, rounds = BENCH_ROUNDS): number {
  return rounds * (2 * scenario.shocks.length + scenario.products.length);
}

/** Plays `count` games starting at game `from`; returns the milliseconds taken and the draws made. */
export function timeGames(
  scenario: Scenario,
  from: number,
  count: number,
  now: Clock,
): { ms: number; draws: number } {
  const settings = { rounds: BENCH_ROUNDS, rotateEvery: 1 };
  drawCounter.count = 0;
  const start = now();
  for (let i = from; i < from + count; i++) {
    const { sales, ops, seed } = benchGame(i);
    playGame(scenario, seed, settings, sales, ops);
  }
  const ms = now() - start;
  return { ms, draws: drawCounter.count };
}

/** Times the random work alone: per game its key, `streams` stream openings and `draws` draws in all. */
export function timeFloor(
  games: number,
  streams: number,
  draws: number,
  now: Clock,
): { ms: number; sink: number } {
  const opens = games * streams;
  const perOpen = opens > 0 ? Math.floor(draws / opens) : 0;
  let extra = draws - perOpen * opens;
  let sink = 0;
  const start = now();
  for (let g = 0; g < games; g++) {
    const key = gameKey(benchGame(g).seed);
    for (let s = 0; s < streams; s++) {
      const stream = openStream(key, (s % BENCH_ROUNDS) + 1, s);
      const n = perOpen + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
      for (let d = 0; d < n; d++) sink += nextUniform(stream);
    }
  }
  const ms = now() - start;
  return { ms, sink };
}

/** How many games fill about `seconds` of engine time, from a short trial run (at least 16). */
export function calibrate(scenario: Scenario, seconds: number, now: Clock): number {
  let games = 16;
  for (;;) {
    const { ms } = timeGames(scenario, 0, games, now);
    if (ms >= 200 || games >= 1_000_000)
      return Math.max(16, Math.round((games * seconds * 1000) / Math.max(ms, 1e-3)));
    games *= 2;
  }
}

/** Benchmarks one scenario over `games` games (after a warm-up); the floor is the best of five runs. */
export function benchScenario(scenario: Scenario, games: number, now: Clock): ScenarioBench {
  timeGames(scenario, 0, Math.min(games, 64), now);
  const engine = timeGames(scenario, 0, games, now);
  const streams = streamsPerGame(scenario);
  let floorMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++)
    floorMs = Math.min(floorMs, timeFloor(games, streams, engine.draws, now).ms);
  const gamesPerSecond = engine.ms > 0 ? (games * 1000) / engine.ms : Number.POSITIVE_INFINITY;
  const floorRatio = floorMs > 0 ? engine.ms / floorMs : Number.POSITIVE_INFINITY;
  return {
    id: scenario.id,
    games,
    gamesPerSecond: Math.round(gamesPerSecond),
    microsPerRound: Math.round(((engine.ms * 1000) / (games * BENCH_ROUNDS)) * 100) / 100,
    floorRatio: Math.round(floorRatio * 100) / 100,
    drawsPerGame: Math.round(engine.draws / games),
    streamsPerGame: streams,
    floorMicrosPerGame: Math.round(((floorMs * 1000) / games) * 100) / 100,
    meetsGamesTarget: gamesPerSecond >= TARGETS.gamesPerSecond,
    meetsFloorTarget: floorRatio <= TARGETS.floorRatio,
  };
}
