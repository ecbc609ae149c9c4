/** Key-account deals over a game: offered, accepted, and what the accepted ones delivered (issue 11.6). */

import type { MonthReport, World } from '../types';
import { formatCount } from '../words/formats';

/** Deals offered in the months played, those accepted, and their units ordered and delivered. */
export interface DealFigures {
  offered: number;
  accepted: number;
  orderedUnits: number;
  deliveredUnits: number;
}

/** Counts the deals of the months played. */
export function dealFigures(history: readonly MonthReport[], world: Pick<World, 'months'>): DealFigures {
  const figures: DealFigures = { offered: 0, accepted: 0, orderedUnits: 0, deliveredUnits: 0 };
  for (const report of history) {
    figures.offered += world.months[report.month - 1]?.dealOffers.length ?? 0;
    figures.accepted += report.acceptedDeals.length;
    for (const event of report.events) {
      if (event.type !== 'dealDelivered') continue;
      figures.orderedUnits += event.ordered;
      figures.deliveredUnits += event.units;
    }
  }
  return figures;
}

/** "3 offered, 2 accepted: 420 of 540 units delivered" (or "none offered"). */
export function dealWords(f: DealFigures): string {
  if (f.offered === 0) return 'none offered';
  const head = `${f.offered} offered, ${f.accepted} accepted`;
  if (f.accepted === 0) return head;
  return `${head}: ${formatCount(f.deliveredUnits)} of ${formatCount(f.orderedUnits)} units delivered`;
}
