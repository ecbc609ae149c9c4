/**
 * The end of the game: a plan covers this month and the next two, but never a month after the last
 * one, and a material order that could only arrive after the last month is not placed. The rules,
 * the scores, the bots and the forms all read these functions.
 */
import type { Scenario } from './scenario-types';
import type { Horizon, OpsPlan, SalesPlan } from './types';

/** How many months of a plan's 3-month horizon fall inside the game: 3, then 2 and 1 in the last two months. */
export function monthsInGame(month: number, rounds: number): 1 | 2 | 3 {
  const left = rounds - month + 1;
  return left >= 3 ? 3 : left === 2 ? 2 : 1;
}

/** The month a material order placed in `month` arrives (the supplier delivers one month later at the earliest). */
export function orderArrivalMonth(scenario: Scenario, month: number): number {
  return month + Math.max(1, scenario.supplier.leadTimeMonths);
}

/** Whether a material order placed in `month` arrives before the game ends. */
export function canOrderMaterials(scenario: Scenario, month: number, rounds: number): boolean {
  return orderArrivalMonth(scenario, month) <= rounds;
}

/** "The game ends after month 12": the one sentence the rules and the forms give for the end. */
export function gameEndWords(rounds: number): string {
  return `The game ends after month ${rounds}`;
}

/** The months a plan covers, in words: "this month and the next two", "this month and the next", "this month". */
export function horizonWords(inGame: 1 | 2 | 3): string {
  return ['this month', 'this month and the next', 'this month and the next two'][inGame - 1];
}

/** A Sales plan with nothing beyond the game's end: forecasts for later months set to 0, in a copy (prefills, test
 * play); the plan itself when nothing is cut. */
export function salesPlanWithinGame(plan: SalesPlan, month: number, rounds: number): SalesPlan {
  if (monthsInGame(month, rounds) === 3) return plan;
  const within = { ...plan, forecast: copyHorizons(plan.forecast) };
  cutSalesPlanToGame(within, month, rounds);
  return within;
}

/** An Operations plan with nothing beyond the game's end: later production and late material orders set to 0, in
 * a copy; the plan itself when nothing is cut. */
export function opsPlanWithinGame(plan: OpsPlan, scenario: Scenario, month: number, rounds: number): OpsPlan {
  if (monthsInGame(month, rounds) === 3 && canOrderMaterials(scenario, month, rounds)) return plan;
  const within = {
    ...plan,
    production: copyHorizons(plan.production),
    materialOrder: { ...plan.materialOrder },
  };
  cutOpsPlanToGame(within, scenario, month, rounds);
  return within;
}

/**
 * The cuts themselves, made on a plan its caller holds alone (a bot's new plan, or the copies above), in place:
 * bots cut their plan without building its records twice.
 */
export function cutSalesPlanToGame(plan: SalesPlan, month: number, rounds: number): void {
  const inGame = monthsInGame(month, rounds);
  if (inGame === 3) return;
  for (const id in plan.forecast) cutInPlace(plan.forecast[id], inGame);
}

/** `opsPlanWithinGame`'s cuts in place, on a plan its caller holds alone. */
export function cutOpsPlanToGame(plan: OpsPlan, scenario: Scenario, month: number, rounds: number): void {
  const inGame = monthsInGame(month, rounds);
  if (inGame < 3) for (const id in plan.production) cutInPlace(plan.production[id], inGame);
  if (!canOrderMaterials(scenario, month, rounds))
    for (const id in plan.materialOrder) plan.materialOrder[id] = 0;
}

function cutInPlace(horizon: Horizon, inGame: number): void {
  if (inGame < 2) horizon[1] = 0;
  if (inGame < 3) horizon[2] = 0;
}

/** A record of horizons with each horizon copied (three numbers, as a plan has). */
function copyHorizons(record: Record<string, Horizon>): Record<string, Horizon> {
  const copy: Record<string, Horizon> = {};
  for (const id in record) {
    const h = record[id];
    copy[id] = [h[0], h[1], h[2]];
  }
  return copy;
}
