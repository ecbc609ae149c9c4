/** Plain words for a cause of lost points, with its numbers ("240 e-bikes short after …"). */

import type { Cause } from './attribution';
import type { Scenario } from './scenario-types';
import type { Signal } from './types';
import { formatCount } from './words/formats';
import { ROLE_NAMES } from './words/roles';
import { SHOCK_PHRASES } from './words/shocks';

/** Describes one cause in a sentence a student can act on. */
export function describeCause(cause: Cause, scenario: Scenario, signals: Signal[]): string {
  const product = scenario.products.find((p) => p.id === cause.product);
  const units = `${formatCount(cause.units)} ${product?.unitName ?? 'units'}`;
  const shock = cause.shockType ? SHOCK_PHRASES[cause.shockType] : 'shock';
  switch (cause.cause) {
    case 'forecastOver':
      return `Over-forecast: ${units} fewer sold than the forecast said.`;
    case 'forecastUnder':
      return `Under-forecast: demand beat the forecast by ${units}.`;
    case 'planShort':
      return `The plan did not cover the forecast: ${units} short.`;
    case 'planExcess':
      return `The supply plan built beyond the allowed cover: ${units} too many.`;
    case 'capacityLimit':
      return `The plant could not make or ship it: ${units} short of plan.`;
    case 'yieldLoss':
      return `Yield loss: ${units} started came out unusable; plan a little above what you need.`;
    case 'materialLimit':
      return `Not enough materials on hand: ${units} could not be made.`;
    case 'shock':
      return `The ${shock} cost ${units}.`;
    case 'unsharedSignal': {
      const signal = signals.find((s) => s.id === cause.signalId);
      const who = signal ? ROLE_NAMES[signal.role] : 'A role';
      const when = signal ? ` in month ${signal.visibleFrom}` : '';
      return `${units} lost to the ${shock} that ${who} was warned of${when} and did not share.`;
    }
    case 'promotionDip':
      return `Post-promotion dip: customers who bought early left ${units} unsold against the forecast.`;
    case 'overbuilding':
      return `Overbuilding: ${units} made beyond the forecast sat in the warehouse.`;
    case 'backlog':
      return `Orders carried over from earlier months: ${units} still waiting.`;
  }
}
