/** A scenario's difficulty, measured as the bots score on it: every Sales × Operations bot pair over a few
 * seeds. Split into jobs so a page can run them a few at a time and show progress. */
import { OPS_BOT_IDS, type OpsBotId, SALES_BOT_IDS, type SalesBotId } from '../bots';
import { playGame } from '../play';
import type { Scenario } from '../scenario-types';
import { gameScore } from '../scoring';

/** One bot game to play. */
export interface BotGameJob {
  sales: SalesBotId;
  ops: OpsBotId;
  seed: string;
}

/** Its outcome: the game score, or null if a bot's move was refused (a scenario the bots cannot play). */
export interface BotGameResult extends BotGameJob {
  total: number | null;
}

/** The score range of one bot pair. */
export interface PairRange {
  sales: SalesBotId;
  ops: OpsBotId;
  min: number;
  max: number;
  mean: number;
  games: number;
  failed: number;
}

/** Every bot pair on seeds "1".."seeds". */
export function difficultyJobs(seeds: number): BotGameJob[] {
  const jobs: BotGameJob[] = [];
  for (const sales of SALES_BOT_IDS)
    for (const ops of OPS_BOT_IDS)
      for (let seed = 1; seed <= seeds; seed++) jobs.push({ sales, ops, seed: String(seed) });
  return jobs;
}

/** Plays one job's game for the given number of rounds. */
export function runBotGame(scenario: Scenario, rounds: number, job: BotGameJob): BotGameResult {
  try {
    const { state } = playGame(scenario, job.seed, { rounds, rotateEvery: 1 }, job.sales, job.ops);
    return { ...job, total: gameScore(state).total };
  } catch {
    return { ...job, total: null };
  }
}

/** The score range of every pair that played, in roster order. */
export function pairRanges(results: readonly BotGameResult[]): PairRange[] {
  const ranges: PairRange[] = [];
  for (const sales of SALES_BOT_IDS)
    for (const ops of OPS_BOT_IDS) {
      const games = results.filter((r) => r.sales === sales && r.ops === ops);
      const totals = games.flatMap((r) => (r.total === null ? [] : [r.total]));
      if (games.length === 0) continue;
      ranges.push({
        sales,
        ops,
        min: totals.length ? Math.min(...totals) : 0,
        max: totals.length ? Math.max(...totals) : 0,
        mean: totals.length ? Math.round((10 * totals.reduce((s, t) => s + t, 0)) / totals.length) / 10 : 0,
        games: totals.length,
        failed: games.length - totals.length,
      });
    }
  return ranges;
}

/** The mean game score over every pair that played (what the difficulty word is measured on). */
export function allPairsMean(ranges: readonly PairRange[]): number | null {
  const played = ranges.filter((r) => r.games > 0);
  if (played.length === 0) return null;
  return played.reduce((sum, r) => sum + r.mean, 0) / played.length;
}
