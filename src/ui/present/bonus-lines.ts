/** The bonus sentences of a round report: what each role's holder earned this month and what that player has
 * earned so far in both roles — the same per-player figures as the debrief (engine seatBonuses). */

import { seatBonuses } from '../../engine/debrief';
import type { GameSettings, MonthReport, Role } from '../../engine/types';
import { formatMoney } from '../../engine/words/formats';
import { ROLE_NAMES } from '../../engine/words/roles';

/** Who held a role in the reported month: the name, and the seat in the rotation (null when unknown). */
export interface BonusHolder {
  name: string;
  seat: number | null;
}

/** One sentence per role: "Sales (Ana) earned €120 this month; Ana's bonus so far: €300 (€200 as Sales, €100 as
 * Operations)." Without a seat, the role's total over everyone who held it. */
export function bonusLines(
  report: MonthReport,
  history: readonly MonthReport[],
  settings: GameSettings,
  holders: Record<Role, BonusHolder>,
  seatCount: number,
): string[] {
  const upTo = history.filter((r) => r.month <= report.month);
  return (['sales', 'ops'] as const).map((role) => {
    const { name, seat } = holders[role];
    const month = role === 'sales' ? report.bonuses.salesCents : report.bonuses.opsCents;
    // "Sales (Ana)"; a name with its own brackets (a bot's persona) goes between commas, not nested brackets.
    const who = name.includes('(') ? `${ROLE_NAMES[role]}, ${name},` : `${ROLE_NAMES[role]} (${name})`;
    const earned = `${who} earned a bonus of ${formatMoney(month)} this month`;
    if (seat === null) {
      const total = upTo.reduce(
        (sum, r) => sum + (role === 'sales' ? r.bonuses.salesCents : r.bonuses.opsCents),
        0,
      );
      return `${earned}; the ${ROLE_NAMES[role]} role’s bonuses so far: ${formatMoney(total)}.`;
    }
    const own = seatBonuses(upTo, { settings }, seat, seatCount);
    return `${earned}; ${name}’s bonus so far: ${formatMoney(own.salesCents + own.opsCents)} (${formatMoney(own.salesCents)} as Sales, ${formatMoney(own.opsCents)} as Operations).`;
  });
}
