/** Intelligence cards in plain words (plain functions, unit-tested). */

import type { Scenario, ShockType } from '../../engine/scenario-types';
import type { Signal } from '../../engine/types';
import { formatPercent } from '../../engine/words/formats';
import { SHOCK_TITLES } from '../../engine/words/shocks';

/** Shown with every set of cards: signals may be false alarms and shocks may come unannounced. */
export const SIGNAL_CAVEAT =
  'Intelligence is not always right: a card may be a false alarm, and some shocks come unannounced.';

/** A short title per shock type, for a card's heading: the stage's titles, but a signal announces an order. */
export const SIGNAL_TITLES: Record<ShockType, string> = {
  ...SHOCK_TITLES,
  keyAccountDeal: 'Key-account order',
};

interface Words {
  /** "kettles" or "all products". */
  goods: string;
  /** "material for kettles" or "materials". */
  material: string;
  month: string;
  size: string;
}

const SENTENCES: Record<ShockType, (w: Words) => string> = {
  viralSpike: (w) => `Market signal: ${w.goods} may go viral ${w.month}, with demand up about ${w.size}.`,
  competitorPromotion: (w) =>
    `Market signal: a competitor plans a promotion ${w.month}; demand for ${w.goods} may drop by about ${w.size}.`,
  recession: (w) =>
    `Economic outlook: a downturn may start ${w.month}, cutting demand for ${w.goods} by about ${w.size} for several months.`,
  keyAccountDeal: (w) =>
    `Key account: a large customer may ask for a big order of ${w.goods} ${w.month} (about ${w.size} of normal demand).`,
  newChannel: (w) =>
    `New channel: a new sales channel may open ${w.month}, lifting demand for ${w.goods} by about ${w.size} from then on.`,
  panicBuying: (w) =>
    `Market signal: panic buying of ${w.goods} may start ${w.month} (demand up about ${w.size}), followed by a dip.`,
  supplierDelay: (w) =>
    `Supplier warning: deliveries of ${w.material} may be delayed ${w.month} (about ${w.size}).`,
  materialShortage: (w) =>
    `Supplier warning: a shortage may cut deliveries of ${w.material} ${w.month} by about ${w.size}.`,
  machineBreakdown: (w) =>
    `Plant warning: a machine may break down ${w.month}, cutting plant capacity by about ${w.size}.`,
  qualityProblem: (w) =>
    `Quality warning: a quality problem may cut the good output of ${w.goods} ${w.month} by about ${w.size}.`,
  labourStrike: (w) =>
    `Labour warning: a strike may hit the plant ${w.month}, cutting capacity by about ${w.size}.`,
  logisticsDisruption: (w) =>
    `Logistics warning: shipments of ${w.goods} may be capped ${w.month} (about ${w.size} fewer).`,
  materialCostSpike: (w) =>
    `Supplier warning: the price of ${w.material} may rise ${w.month} by about ${w.size}.`,
};

/** One plain-words sentence for a signal, e.g. "Supplier warning: deliveries of material for kettles may be delayed in month 5 (about 30 %)." */
export function signalText(signal: Signal, scenario: Scenario): string {
  const product = scenario.products.find((p) => p.id === signal.product);
  const all = !product;
  const words: Words = {
    goods: all ? 'all products' : product.unitName,
    material: all ? 'materials' : `material for ${product.unitName}`,
    month: `in month ${signal.aboutMonth}`,
    size: formatPercent(signal.magnitude),
  };
  const sentence = SENTENCES[signal.shockType];
  return sentence ? sentence(words) : `Signal about ${words.goods} ${words.month}.`;
}
