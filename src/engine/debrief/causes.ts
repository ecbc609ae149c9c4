/**
 * The causes of lost points on the scale players see: a month's top causes across the three
 * scores (weighted, so they add up to the month's lost points out of 100), and the causes of the
 * whole game merged and ranked (they add up to 100 − the game score).
 */

import type { Cause, CauseType } from '../attribution';
import { gameEndWords, monthsInGame } from '../game-end';
import { monthAttribution } from '../month-attribution';
import { weightWords } from '../plan-gaps';
import type { ShockType } from '../scenario-types';
import { effectiveWeights, IN_GAME_WEIGHTS } from '../scoring';
import type { GameState, MonthReport } from '../types';
import { formatPoints } from '../words/formats';
import {
  allSignals,
  causeClause,
  causeTitle,
  SCORE_LABELS,
  SCORE_NAMES,
  type ScoreName,
} from './cause-words';

/** What the debrief needs of a game beside its history. */
export type GameFrame = Pick<GameState, 'scenario' | 'settings' | 'world' | 'sharedSignals' | 'history'>;

/** One cause of one month, weighted onto the month's total (out of 100). */
export interface MonthCause extends Cause {
  month: number;
  score: ScoreName;
  /** Points of the month's total score (0–100) this cause cost: the score's weight × its points. */
  monthPoints: number;
  /** "Balance lost 18 of the month's 100 points: 240 e-bikes short after the labour strike that …" */
  text: string;
}

/** Alignment counts planned units weighted over the horizon, or the months of it left in the game (the round
 * report and consensus say the same). */
function weighted(month: number, rounds: number): string {
  const inGame = monthsInGame(month, rounds);
  const words = weightWords(IN_GAME_WEIGHTS[inGame]);
  if (inGame === 3) return ` (planned units weighted ${words} over this month and the next two)`;
  if (inGame === 2)
    return ` (planned units weighted ${words} over this month and the next: ${gameEndWords(rounds).toLowerCase()})`;
  return ` (this month only: ${gameEndWords(rounds).toLowerCase()})`;
}

/** Every cause of a month, on the month-total scale, largest first. */
export function monthCauses(report: MonthReport, game: GameFrame): MonthCause[] {
  const weights = effectiveWeights(game.scenario, game.settings);
  const signals = allSignals(game.world);
  const attribution = monthAttribution(game, report);
  const out: MonthCause[] = [];
  for (const score of SCORE_NAMES) {
    for (const cause of attribution[score]) {
      const monthPoints = weights[score] * cause.points;
      if (monthPoints <= 0) continue;
      const clause =
        causeClause(cause, game.scenario, signals) +
        (score === 'alignment' ? weighted(report.month, game.settings.rounds) : '');
      out.push({
        ...cause,
        month: report.month,
        score,
        monthPoints,
        text: `${SCORE_LABELS[score]} lost ${formatPoints(monthPoints)} of the month's 100 points: ${clause}.`,
      });
    }
  }
  return out.sort((a, b) => b.monthPoints - a.monthPoints);
}

/** The month's `n` largest causes across the three scores, in plain words (for the round report). */
export function topCauses(report: MonthReport, game: GameFrame, n = 3): MonthCause[] {
  return monthCauses(report, game).slice(0, Math.max(0, n));
}

/** A cause over the whole game: merged by cause, product and shock type. */
export interface RankedCause {
  key: string;
  cause: CauseType;
  product?: string;
  shockType?: ShockType;
  title: string;
  /** Points of the game score (0–100) it cost: the month points summed over months / months played. */
  points: number;
  /** The same split by score. */
  byScore: Record<ScoreName, number>;
  /** Months it occurred in, ascending. */
  months: number[];
  /** Its largest single occurrence, with the month and the sentence. */
  worst: MonthCause;
}

/** The causes of the whole game, merged and sorted by the points they cost, largest first. */
export function rankCauses(history: readonly MonthReport[], game: GameFrame): RankedCause[] {
  const n = history.length;
  const byKey = new Map<string, RankedCause>();
  for (const report of history) {
    for (const c of monthCauses(report, game)) {
      const key = `${c.cause}|${c.product ?? ''}|${c.shockType ?? ''}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          key,
          cause: c.cause,
          ...(c.product ? { product: c.product } : {}),
          ...(c.shockType ? { shockType: c.shockType } : {}),
          title: causeTitle(c, game.scenario),
          points: 0,
          byScore: { alignment: 0, balance: 0, execution: 0 },
          months: [],
          worst: c,
        };
        byKey.set(key, entry);
      }
      entry.points += c.monthPoints / n;
      entry.byScore[c.score] += c.monthPoints / n;
      if (!entry.months.includes(c.month)) entry.months.push(c.month);
      if (c.monthPoints > entry.worst.monthPoints) entry.worst = c;
    }
  }
  return [...byKey.values()].sort((a, b) => b.points - a.points || a.key.localeCompare(b.key));
}

/** Points lost over the game to the given cause types (game scale, 0–100). */
export function pointsLostTo(ranked: readonly RankedCause[], causes: readonly CauseType[]): number {
  return ranked.filter((r) => causes.includes(r.cause)).reduce((s, r) => s + r.points, 0);
}

/** Which score a ranked cause hurt most. */
export function mainScore(cause: RankedCause): ScoreName {
  return SCORE_NAMES.reduce((best, s) => (cause.byScore[s] > cause.byScore[best] ? s : best));
}
