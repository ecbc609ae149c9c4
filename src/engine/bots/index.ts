/** The bot roster, by fixed id. Every bot plans within the game: nothing beyond its last month. */
import { cutOpsPlanToGame, cutSalesPlanToGame } from '../game-end';
import { cautiousOps, chaseOps, type OpsBot, plannerOps, silentPlannerOps } from './ops-bots';
import { naiveSales, optimistSales, plannerSales, type SalesBot, silentPlannerSales } from './sales-bots';

// Every bot builds a new plan at every call (no record or horizon of the view in it), so the cut to
// the game's end is made on that plan in place.

/** A Sales bot whose forecasts stop at the game's end. */
function salesWithinGame(bot: SalesBot): SalesBot {
  return (view) => {
    const decision = bot(view);
    cutSalesPlanToGame(decision.plan, view.month, view.rounds);
    return decision;
  };
}

/** An Operations bot whose production stops at the game's end and which orders no material arriving after it. */
function opsWithinGame(bot: OpsBot): OpsBot {
  return (view) => {
    const decision = bot(view);
    cutOpsPlanToGame(decision.plan, view.scenario, view.month, view.rounds);
    return decision;
  };
}

export type { OpsBot, OpsDecision } from './ops-bots';
export type { SalesBot, SalesDecision } from './sales-bots';

export const SALES_BOT_IDS = ['naive', 'optimist', 'planner', 'planner-silent'] as const;
export const OPS_BOT_IDS = ['chase', 'cautious', 'planner', 'planner-silent'] as const;
export type SalesBotId = (typeof SALES_BOT_IDS)[number];
export type OpsBotId = (typeof OPS_BOT_IDS)[number];

/** Sales bots by id. */
export const SALES_BOTS: Record<SalesBotId, SalesBot> = {
  naive: salesWithinGame(naiveSales),
  optimist: salesWithinGame(optimistSales),
  planner: salesWithinGame(plannerSales),
  'planner-silent': salesWithinGame(silentPlannerSales),
};

/** Operations bots by id. */
export const OPS_BOTS: Record<OpsBotId, OpsBot> = {
  chase: opsWithinGame(chaseOps),
  cautious: opsWithinGame(cautiousOps),
  planner: opsWithinGame(plannerOps),
  'planner-silent': opsWithinGame(silentPlannerOps),
};

/** Whether a text names a Sales bot. */
export function isSalesBotId(id: string): id is SalesBotId {
  return (SALES_BOT_IDS as readonly string[]).includes(id);
}

/** Whether a text names an Operations bot. */
export function isOpsBotId(id: string): id is OpsBotId {
  return (OPS_BOT_IDS as readonly string[]).includes(id);
}
