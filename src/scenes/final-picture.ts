/** The still picture of a finished month: the report's final numbers and every shock card. */
import type { Scenario } from '../engine/scenario-types';
import type { MonthReport } from '../engine/types';
import type { CompanyView } from './company-view';
import { deliveryNotes } from './month-steps';
import { reportFigures } from './product-figures';
import { shockCard } from './shock-text';
import { orderedProducts } from './stage-summary';

/** Draws the end state of a month (used after the animation, on skip, and for reduced motion). */
export function showFinalPicture(view: CompanyView, report: MonthReport, scenario: Scenario): void {
  view.setProducts(orderedProducts(scenario, Object.keys(report.products)));
  view.setTitle(`Month ${report.month}: what happened`);
  view.stations.gear.setAngle(0);
  view.stations.setUtilisation(report.utilisation, report.overtimeHours);
  view.showFigures(reportFigures(report, 'end'), deliveryNotes(report));
  view.showCards(
    report.shocks.map((shock) => shockCard(shock, scenario, report.month)),
    'No shocks this month.',
  );
}
