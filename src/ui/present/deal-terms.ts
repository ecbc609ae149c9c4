/** A key-account deal on the Sales turn: its terms in plain words, and the turn's intro that mentions it (no DOM). */
import { horizonWords } from '../../engine/game-end';
import type { DealOffer, Scenario } from '../../engine/types';
import { formatMoney, formatPercent, formatQuantity } from '../../engine/words/formats';

/** What the Sales turn shows of one deal. */
export interface DealTerms {
  /** "FreshMart offers to buy 240 kettles this month". */
  heading: string;
  terms: string[];
  acceptLabel: string;
  declineLabel: string;
}

/** The terms of a deal on the table, with what accepting it means for supply. */
export function dealTerms(deal: DealOffer, scenario: Scenario): DealTerms {
  const product = scenario.products.find((p) => p.id === deal.product);
  const unitName = product?.unitName ?? 'units';
  const list = product?.priceCents ?? 0;
  const price = Math.round(list * (1 - deal.discount));
  return {
    heading: `${deal.customer} offers to buy ${formatQuantity(deal.units, unitName)} in month ${deal.month}`,
    terms: [
      `Price: ${formatMoney(price)} each instead of ${formatMoney(list)} (${formatPercent(deal.discount)} off), ${formatMoney(price * deal.units)} if all are delivered.`,
      `The order comes on top of this month's demand and ships before regular orders (after any backlog): add it to your forecast so Operations can make it.`,
      'Units the plant cannot deliver wait in the backlog at a penalty, and some customers give up.',
    ],
    acceptLabel: `Accept ${deal.customer}'s order`,
    declineLabel: `Decline ${deal.customer}'s order`,
  };
}

/** The Sales turn's intro: the key-account deal is mentioned only when one is on the table. */
export function salesIntro(dealCount: number, inGame: 1 | 2 | 3 = 3): string {
  const deals =
    dealCount === 0
      ? ''
      : dealCount === 1
        ? ' A key-account deal is on the table: accept or decline it below.'
        : ` ${dealCount} key-account deals are on the table: accept or decline each below.`;
  return `Forecast demand for ${horizonWords(inGame)} and choose a promotion for this month.${deals} Operations will plan production from your forecast.`;
}
