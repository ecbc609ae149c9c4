/** Plain-text tables for the terminal: the month-by-month game table and a generic column layout. */
import { plainMoney, plainPercent } from '../engine/words/plain';
import type { SimReport } from './report';

/** Lays out rows under headers; numbers-looking columns are right-aligned. */
export function formatColumns(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = headers.map((_, c) => rows.every((r) => /^[-+]?[\d.,%]*$/.test(r[c] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A 0–1 score as two decimals ("0.87"). */
export function formatShare(share: number): string {
  return share.toFixed(2);
}

const GAME_HEADERS = [
  'month',
  'product',
  'demand',
  'forecast',
  'produced',
  'shipped',
  'inventory',
  'backlog',
  'lost',
  'fill',
  'align',
  'balance',
  'exec',
  'profit',
  'shocks active',
] as const;

/** The readable month-by-month table of a game, one line per product, then the final score. */
export function formatGameTable(report: SimReport): string {
  const rows: string[][] = [];
  for (const month of report.months) {
    const shocks = month.shocks.map((s) => `${s.type}(${s.product})`).join(' ') || '-';
    Object.entries(month.products).forEach(([id, p], index) => {
      const first = index === 0;
      rows.push([
        first ? String(month.month) : '',
        id,
        String(p.demand),
        String(p.forecast),
        String(p.produced),
        String(p.shipped),
        String(p.inventoryOut),
        String(p.backlogOut),
        String(p.lostSales),
        plainPercent(p.fillRate),
        first ? formatShare(month.alignment) : '',
        first ? formatShare(month.balance) : '',
        first ? formatShare(month.execution) : '',
        first ? plainMoney(month.profitCents) : '',
        first ? shocks : '',
      ]);
    });
  }
  const who =
    report.salesBot !== null && report.opsBot !== null
      ? `, Sales ${report.salesBot} / Operations ${report.opsBot}`
      : '';
  const { score } = report;
  return [
    `${report.scenarioName} (${report.scenario}), seed "${report.seed}", ${report.months.length} of ${report.rounds} rounds${who}, engine ${report.engineVersion}`,
    '',
    formatColumns(GAME_HEADERS, rows),
    '',
    `Score ${score.total.toFixed(1)} / 100  (alignment ${score.alignment.toFixed(1)}, balance ${score.balance.toFixed(1)}, execution ${score.execution.toFixed(1)})`,
    `Profit ${plainMoney(report.profitCents)}`,
  ].join('\n');
}
