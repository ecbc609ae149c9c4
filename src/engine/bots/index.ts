/** The bot roster, by fixed id. */
import { cautiousOps, chaseOps, type OpsBot, plannerOps, silentPlannerOps } from './ops-bots';
import { naiveSales, optimistSales, plannerSales, type SalesBot, silentPlannerSales } from './sales-bots';

export type { OpsBot, OpsDecision } from './ops-bots';
export type { SalesBot, SalesDecision } from './sales-bots';

export const SALES_BOT_IDS = ['naive', 'optimist', 'planner', 'planner-silent'] as const;
export const OPS_BOT_IDS = ['chase', 'cautious', 'planner', 'planner-silent'] as const;
export type SalesBotId = (typeof SALES_BOT_IDS)[number];
export type OpsBotId = (typeof OPS_BOT_IDS)[number];

/** Sales bots by id. */
export const SALES_BOTS: Record<SalesBotId, SalesBot> = {
  naive: naiveSales,
  optimist: optimistSales,
  planner: plannerSales,
  'planner-silent': silentPlannerSales,
};

/** Operations bots by id. */
export const OPS_BOTS: Record<OpsBotId, OpsBot> = {
  chase: chaseOps,
  cautious: cautiousOps,
  planner: plannerOps,
  'planner-silent': silentPlannerOps,
};

/** Whether a text names a Sales bot. */
export function isSalesBotId(id: string): id is SalesBotId {
  return (SALES_BOT_IDS as readonly string[]).includes(id);
}

/** Whether a text names an Operations bot. */
export function isOpsBotId(id: string): id is OpsBotId {
  return (OPS_BOT_IDS as readonly string[]).includes(id);
}
