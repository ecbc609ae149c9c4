/** The shock types in words: a title for cards and headings ("Machine breakdown") and a phrase for sentences
 * ("machine breakdown"), one table for the stage, the intelligence cards, the engine's cause sentences and the editor. */
import type { ShockType } from '../scenario-types';

/** A short title per shock type, as a person would say it ("Machine breakdown"). */
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

/** A shock type as a phrase inside a sentence ("a viral spike in demand" reads "viral spike in demand"). */
export const SHOCK_PHRASES: Record<ShockType, string> = {
  viralSpike: 'viral spike in demand',
  competitorPromotion: "competitor's promotion",
  recession: 'recession',
  keyAccountDeal: 'key-account deal',
  newChannel: 'new sales channel',
  panicBuying: 'panic buying',
  supplierDelay: 'supplier delay',
  materialShortage: 'material shortage',
  machineBreakdown: 'machine breakdown',
  qualityProblem: 'quality problem',
  labourStrike: 'labour strike',
  logisticsDisruption: 'logistics disruption',
  materialCostSpike: 'material cost spike',
};
