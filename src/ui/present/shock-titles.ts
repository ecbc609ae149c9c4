/** Short titles of the shock types, as a person would say them: one table for the stage's shock cards and the
 * forms' intelligence cards (pure data, no DOM, no Phaser). */
import type { ShockType } from '../../engine/scenario-types';

/** A short title per shock type ("Machine breakdown"). */
export const SHOCK_TITLES: Record<ShockType, string> = {
  viralSpike: 'Viral spike',
  competitorPromotion: 'Competitor promotion',
  recession: 'Recession',
  keyAccountDeal: 'Key-account deal',
  newChannel: 'New sales channel',
  panicBuying: 'Panic buying',
  supplierDelay: 'Supplier delay',
  materialShortage: 'Material shortage',
  machineBreakdown: 'Machine breakdown',
  qualityProblem: 'Quality problem',
  labourStrike: 'Labour strike',
  logisticsDisruption: 'Logistics disruption',
  materialCostSpike: 'Material cost spike',
};
