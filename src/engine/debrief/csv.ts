/**
 * The debrief as CSV for a spreadsheet: one row per month and product. The cells are the same
 * strings the debrief screen shows in its "Every month and product" table (debriefRows), so the
 * numbers in the export equal the screen. Text cells are guarded against formula injection.
 */

import { roleHolder } from '../roles';
import type { GameState } from '../types';
import { csvCell } from '../words/csv';
import { csvCount, csvEuros, csvShare } from '../words/plain';

/** Column headings of the month-by-product table and its CSV. */
export const DEBRIEF_COLUMNS = [
  'Month',
  'Sales',
  'Operations',
  'Product',
  'Demand',
  'Forecast',
  'Planned',
  'Produced',
  'Shipped',
  'Inventory in',
  'Inventory out',
  'Backlog in',
  'Backlog out',
  'Lost sales',
  'Fill rate %',
  'Alignment',
  'Balance',
  'Execution',
  'Month profit €',
] as const;

/** Indexes of the columns that hold free text (guarded in CSV). */
const TEXT_COLUMNS = new Set([1, 2, 3]);

/** Every month and product as rows of display strings (scores out of 100; profit is the month's, all products). */
export function debriefRows(
  game: Pick<GameState, 'history' | 'scenario' | 'settings'>,
  players: readonly string[],
): string[][] {
  const count = Math.max(1, players.length);
  const name = (seat: number) => players[seat] ?? `Player ${seat + 1}`;
  const rows: string[][] = [];
  for (const r of game.history) {
    for (const spec of game.scenario.products) {
      const p = r.products[spec.id];
      if (!p) continue;
      rows.push([
        String(r.month),
        name(roleHolder(game.settings, r.month, 'sales', count)),
        name(roleHolder(game.settings, r.month, 'ops', count)),
        spec.name,
        csvCount(p.demand),
        csvCount(p.forecast),
        csvCount(p.plannedProduction),
        csvCount(p.produced),
        csvCount(p.shipped),
        csvCount(p.inventoryIn),
        csvCount(p.inventoryOut),
        csvCount(p.backlogIn),
        csvCount(p.backlogOut),
        csvCount(p.lostSales),
        csvShare(p.fillRate),
        csvShare(r.scores.alignment),
        csvShare(r.scores.balance),
        csvShare(r.scores.execution),
        csvEuros(r.finance.profitCents),
      ]);
    }
  }
  return rows;
}

/** The whole CSV text (RFC 4180, CRLF line ends). */
export function debriefCsv(
  game: Pick<GameState, 'history' | 'scenario' | 'settings'>,
  players: readonly string[],
): string {
  const lines = [
    DEBRIEF_COLUMNS.map((c) => csvCell(c, true)).join(','),
    ...debriefRows(game, players).map((row) =>
      row.map((cell, i) => csvCell(cell, TEXT_COLUMNS.has(i))).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for the CSV from the team name: letters, digits and dashes only. */
export function debriefFileName(teamName: string, extension: string): string {
  const slug = teamName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `sop-debrief-${slug || 'team'}.${extension}`;
}
