/** Plain-words clauses for causes of lost points, written to follow "Balance lost 18 of the month's 100 points: …". */

import type { Cause, CauseType } from '../attribution';
import type { Scenario } from '../scenario-types';
import type { Signal, World } from '../types';
import { formatQuantity } from '../words/formats';
import { ROLE_NAMES } from '../words/roles';
import { SHOCK_PHRASES } from '../words/shocks';

/** The three scores, in the order the game shows them. */
export const SCORE_NAMES = ['alignment', 'balance', 'execution'] as const;
export type ScoreName = (typeof SCORE_NAMES)[number];

/** A score's name as a heading word. */
export const SCORE_LABELS: Record<ScoreName, string> = {
  alignment: 'Alignment',
  balance: 'Balance',
  execution: 'Execution',
};

/** Short titles of the cause types, for rankings and tables. */
export const CAUSE_TITLES: Record<CauseType, string> = {
  forecastOver: 'Over-forecast',
  forecastUnder: 'Under-forecast',
  planShort: 'Supply plan short of the forecast',
  planExcess: 'Supply plan beyond the allowed cover',
  capacityLimit: 'Plant capacity',
  materialLimit: 'Materials short',
  yieldLoss: 'Yield loss',
  shock: 'Shock',
  unsharedSignal: 'Warning not shared',
  promotionDip: 'Post-promotion dip',
  overbuilding: 'Overbuilding',
  backlog: 'Orders carried over',
};

/** Every signal of the world, for looking a warning up by id. */
export function allSignals(world: World): Signal[] {
  return world.months.flatMap((m) => m.signals);
}

/** The clause for one cause: "240 e-bikes lost to the labour strike that Operations was warned of in month 4 and did not share". */
export function causeClause(cause: Cause, scenario: Scenario, signals: readonly Signal[]): string {
  const product = scenario.products.find((p) => p.id === cause.product);
  const units = formatQuantity(cause.units, product?.unitName ?? 'units');
  const shock = cause.shockType ? SHOCK_PHRASES[cause.shockType] : 'shock';
  switch (cause.cause) {
    case 'forecastOver':
      return `${units} fewer sold than the forecast said (over-forecast)`;
    case 'forecastUnder':
      return `demand beat the forecast by ${units} (under-forecast)`;
    case 'planShort':
      return `the supply plan left ${units} of the forecast uncovered`;
    case 'planExcess':
      return `the supply plan built ${units} beyond the allowed cover`;
    case 'capacityLimit':
      return `the plant fell ${units} short of plan (capacity)`;
    case 'yieldLoss':
      return `${units} came out of the plant unusable (yield loss)`;
    case 'materialLimit':
      return `${units} could not be made for lack of materials`;
    case 'shock':
      return `${units} lost to the ${shock}`;
    case 'unsharedSignal': {
      const signal = signals.find((s) => s.id === cause.signalId);
      const who = signal ? ROLE_NAMES[signal.role] : 'one role';
      const when = signal ? ` in month ${signal.visibleFrom}` : '';
      return `${units} short after the ${shock} that ${who} was warned of${when} and did not share`;
    }
    case 'promotionDip':
      return `${units} unsold after a promotion pulled demand forward`;
    case 'overbuilding':
      return `${units} made beyond the forecast sat in the warehouse`;
    case 'backlog':
      return `${units} of earlier orders still waiting`;
  }
}

/** A title for a cause merged over the game: "Warning not shared: labour strike (e-bikes)". */
export function causeTitle(
  cause: Pick<Cause, 'cause' | 'product' | 'shockType'>,
  scenario: Scenario,
): string {
  const product = scenario.products.find((p) => p.id === cause.product);
  const shock = cause.shockType ? `: ${SHOCK_PHRASES[cause.shockType]}` : '';
  const which = product && scenario.products.length > 1 ? ` (${product.unitName})` : '';
  return `${CAUSE_TITLES[cause.cause]}${shock}${which}`;
}
