/** Prefilled plans: last month's consensus rolled forward, so a form never opens empty; nothing beyond the game's end. */
import { opsPlanWithinGame, salesPlanWithinGame } from './game-end';
import type { GameSettings, GameState, Horizon, OpsPlan, SalesPlan } from './types';

/** What a prefill reads: the scenario, the month and the game's length, the months played and (for Operations)
 * the demand plan; a full GameState fits, and so does a live seat's role view. */
export type PlanFrame = Pick<GameState, 'history' | 'scenario' | 'month'> & {
  settings: Pick<GameSettings, 'rounds'>;
  plans: Pick<GameState['plans'], 'sales'>;
};

function rollForward(horizon: Horizon): Horizon {
  return [horizon[1], horizon[2], horizon[2]];
}

/** Last month's Sales plan rolled forward one month (base demand in month 1); no promotions, no deals. */
export function defaultSalesPlan(state: PlanFrame): SalesPlan {
  const last = state.history[state.history.length - 1];
  const forecast: SalesPlan['forecast'] = {};
  const promotion: SalesPlan['promotion'] = {};
  for (const p of state.scenario.products) {
    forecast[p.id] = last
      ? rollForward(last.salesPlan.forecast[p.id])
      : [p.baseDemand, p.baseDemand, p.baseDemand];
    promotion[p.id] = 0;
  }
  return salesPlanWithinGame({ forecast, promotion, acceptDeals: [] }, state.month, state.settings.rounds);
}

/** Last month's Operations plan rolled forward (the demand plan in month 1); no overtime or expediting. */
export function defaultOpsPlan(state: PlanFrame): OpsPlan {
  const last = state.history[state.history.length - 1];
  const production: OpsPlan['production'] = {};
  const materialOrder: OpsPlan['materialOrder'] = {};
  const expedite: OpsPlan['expedite'] = {};
  for (const p of state.scenario.products) {
    const demandPlan = state.plans.sales?.forecast[p.id];
    production[p.id] = last
      ? rollForward(last.opsPlan.production[p.id])
      : demandPlan
        ? [...demandPlan]
        : [p.baseDemand, p.baseDemand, p.baseDemand];
    materialOrder[p.id] = last ? last.opsPlan.materialOrder[p.id] : p.baseDemand;
    expedite[p.id] = 0;
  }
  return opsPlanWithinGame(
    { production, materialOrder, expedite, overtimeHours: 0 },
    state.scenario,
    state.month,
    state.settings.rounds,
  );
}
