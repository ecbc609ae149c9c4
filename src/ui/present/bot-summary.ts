/** The solo bot's decisions in plain words ("Olivia forecasts 1,200 kettles …"), so its turn is visible. */

import { canOrderMaterials, monthsInGame } from '../../engine/game-end';
import type { DealOffer, OpsPlan, SalesPlan, Scenario, Signal } from '../../engine/types';
import type { PlanMonth } from '../../engine/validate-plan';
import { formatQuantity } from '../../engine/words/formats';
import { signalText } from '../forms/signal-text';

/** The months of a plan inside the game in words: "1,200 kettles this month, then 1,100 and 1,000", shorter near the end. */
function horizonText(values: readonly number[], unitName: string, inGame: number): string {
  const [now, next, after] = values;
  const first = `${formatQuantity(now, unitName)} this month`;
  if (inGame === 1) return first;
  if (inGame === 2) return `${first}, then ${formatQuantity(next, unitName)}`;
  return `${first}, then ${formatQuantity(next, unitName)} and ${formatQuantity(after, unitName)}`;
}

/** Lines for a bot's sales plan: forecasts, promotions, deals. */
export function salesPlanLines(
  name: string,
  plan: SalesPlan,
  scenario: Scenario,
  offers: DealOffer[],
  when: PlanMonth,
): string[] {
  const inGame = monthsInGame(when.month, when.rounds);
  const lines: string[] = [];
  for (const product of scenario.products) {
    const forecast = plan.forecast[product.id];
    if (forecast) lines.push(`${name} forecasts ${horizonText(forecast, product.unitName, inGame)}.`);
    const promotion = plan.promotion[product.id] ?? 0;
    lines.push(
      promotion > 0
        ? `${name} runs a ${promotion} % promotion on ${product.unitName} this month.`
        : `${name} runs no promotion on ${product.unitName}.`,
    );
  }
  for (const offer of offers) {
    const unit = scenario.products.find((p) => p.id === offer.product)?.unitName ?? offer.product;
    const accepted = plan.acceptDeals.includes(offer.id);
    lines.push(
      `${name} ${accepted ? 'accepts' : 'declines'} ${offer.customer}'s order of ${formatQuantity(offer.units, unit)}.`,
    );
  }
  return lines;
}

/** Lines for a bot's supply plan: production, material orders (none near the end), overtime, expediting. */
export function opsPlanLines(name: string, plan: OpsPlan, scenario: Scenario, when: PlanMonth): string[] {
  const lines: string[] = [];
  const inGame = monthsInGame(when.month, when.rounds);
  const ordering = canOrderMaterials(scenario, when.month, when.rounds);
  for (const product of scenario.products) {
    const production = plan.production[product.id];
    if (production) lines.push(`${name} plans to make ${horizonText(production, product.unitName, inGame)}.`);
    const order = plan.materialOrder[product.id] ?? 0;
    if (ordering) lines.push(`${name} orders material for ${formatQuantity(order, product.unitName)}.`);
    const expedite = plan.expedite[product.id] ?? 0;
    if (expedite > 0)
      lines.push(
        `${name} expedites material for ${formatQuantity(expedite, product.unitName)} at a premium.`,
      );
  }
  lines.push(
    plan.overtimeHours > 0
      ? `${name} books ${plan.overtimeHours} overtime hours.`
      : `${name} books no overtime.`,
  );
  return lines;
}

/** Lines for the cards a bot shares (or a line saying it shares none). */
export function shareLines(name: string, shared: Signal[], scenario: Scenario): string[] {
  if (shared.length === 0) return [`${name} shares no intelligence this month.`];
  return shared.map((signal) => `${name} shares: ${signalText(signal, scenario)}`);
}
