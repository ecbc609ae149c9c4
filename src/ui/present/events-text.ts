/** A month's events in plain words, for the briefing's news and the round report (no DOM). */

import type { GameEvent, MonthReport, Scenario } from '../../engine/types';
import { formatCount, formatPercent, formatQuantity } from '../../engine/words/formats';
import { shockCardText } from '../../scenes/shock-text';

function unitName(product: string, scenario: Scenario): string {
  if (product === 'all') return 'units';
  return scenario.products.find((p) => p.id === product)?.unitName ?? product;
}

/** One sentence for an event, or null for routine events not worth a line (orders shipped, cards shared). */
export function eventSentence(event: GameEvent, report: MonthReport, scenario: Scenario): string | null {
  switch (event.type) {
    case 'shockStarted': {
      const shock = report.shocks.find((s) => s.id === event.shockId);
      return shock ? `${shockCardText(shock, scenario, report.month)}.` : null;
    }
    case 'shockEnded':
      return null;
    case 'materialsArrived':
      return null;
    case 'deliveryDelayed':
      return `The supplier delayed material for ${formatQuantity(event.units, unitName(event.product, scenario))}.`;
    case 'deliveryCut':
      return `The supplier delivered material for ${formatQuantity(event.units, unitName(event.product, scenario))} fewer than ordered.`;
    case 'productionLimited':
      return `Production fell ${formatQuantity(event.units, unitName(event.product, scenario))} short of plan: not enough ${
        event.by === 'capacity' ? 'plant capacity' : 'materials'
      }.`;
    case 'ordersShipped':
      return null;
    case 'salesLost':
      return `Lost sales: ${formatQuantity(event.units, unitName(event.product, scenario))} (customers stopped waiting).`;
    case 'dealDelivered':
      return dealSentence(event, scenario);
    case 'signalShared':
      return null;
  }
}

/** An accepted key-account deal's outcome: "FreshMart's key-account order (15 % off): 180 of 240 kettles delivered; 60
 * wait in the backlog." */
function dealSentence(event: Extract<GameEvent, { type: 'dealDelivered' }>, scenario: Scenario): string {
  const name = unitName(event.product, scenario);
  const head = `${event.customer}'s key-account order (${formatPercent(event.discount)} off)`;
  if (event.units >= event.ordered) return `${head}: all ${formatQuantity(event.ordered, name)} delivered.`;
  return `${head}: ${formatCount(event.units)} of ${formatQuantity(event.ordered, name)} delivered; the rest wait in the backlog or are lost.`;
}

/** The newsworthy sentences of a month, in the order they happened, without repeats. */
export function monthNews(report: MonthReport, scenario: Scenario): string[] {
  const lines: string[] = [];
  for (const event of report.events) {
    const line = eventSentence(event, report, scenario);
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines;
}

/** Shocks still running at the end of a month, in plain words (they stay public news). */
export function ongoingShocks(report: MonthReport, scenario: Scenario): string[] {
  return report.shocks
    .filter((s) => s.endMonth > report.month && s.startMonth < report.month)
    .map((s) => `Still going on: ${shockCardText(s, scenario, report.month)}.`);
}
