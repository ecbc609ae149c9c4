/** Plain-words warnings for the live Operations checks (plain functions, unit-tested). */
import { formatCount, formatHours, formatQuantity } from '../../engine/words/formats';
import type { CapacityCheck, MaterialCheck } from './checks';

/** One line describing this month's plant hours, e.g. "1,240 h needed of 1,000 h + 120 h overtime = 1,120 h." */
export function capacitySummary(check: CapacityCheck): string {
  return `${formatHours(check.hoursNeeded)} needed of ${formatHours(check.capacityHours)} + ${formatHours(check.overtimeHours)} overtime = ${formatHours(check.availableHours)}.`;
}

/** The warning for this month's production fields, or null when the plan fits. Allowed, but the plant will make less. */
export function capacityWarning(check: CapacityCheck): string | null {
  if (check.fits) return null;
  const fix =
    check.overtimeToAdd > 0
      ? ` Add up to ${formatHours(check.overtimeToAdd)} overtime or plan less.`
      : ' Overtime is at its limit: plan less or build earlier.';
  return `Beyond capacity: needs ${formatHours(check.shortHours)} more than the plant has this month, so it will make less.${fix}`;
}

/** The short note next to each product's production this month when the plant is short of hours, or null. */
export function capacityFieldWarning(check: CapacityCheck): string | null {
  return check.fits ? null : 'Over plant capacity: the plant will make less (see Plant hours).';
}

/** Warnings for the later months of the horizon that exceed capacity plus all the overtime allowed, per offset 1 and 2. */
export function laterCapacityWarnings(check: CapacityCheck): Record<1 | 2, string | null> {
  const result: Record<1 | 2, string | null> = { 1: null, 2: null };
  for (const later of check.later) {
    if (later.shortHours > 0) {
      result[later.monthOffset] =
        `Over capacity even with all overtime (${formatHours(later.hoursNeeded)} of ${formatHours(later.maxHours)}).`;
    }
  }
  return result;
}

/** A line naming the later months the plant cannot make even with all overtime, or null. */
export function laterCapacitySummary(check: CapacityCheck, month: number): string | null {
  const over = check.later.filter((l) => l.shortHours > 0).map((l) => `month ${month + l.monthOffset}`);
  if (over.length === 0) return null;
  const verb = over.length === 1 ? 'needs' : 'need';
  return `Later: ${over.join(' and ')} ${verb} more hours than the plant has, even with all overtime. Build some of it earlier.`;
}

/** One line on a product's materials this month: "720 materials for month 3: 420 on hand + 300 arriving + 0 expedited." */
export function materialSummary(check: MaterialCheck, month: number): string {
  return `${formatCount(check.available)} materials for month ${month}: ${formatCount(check.onHand)} on hand + ${formatCount(check.arriving)} arriving + ${formatCount(check.expedite)} expedited; the plan starts ${formatCount(check.needed)}.`;
}

/** The warning next to this month's production of a product short of materials, or null. */
export function materialWarning(check: MaterialCheck, unitName: string): string | null {
  if (check.fits) return null;
  return `Materials for only ${formatQuantity(check.available, unitName)} (${formatCount(check.shortUnits)} short). Expedite or plan less.`;
}
