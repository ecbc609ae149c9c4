/** What the briefing shows: last month's actuals, the KPIs, the news, and today's stock (no DOM). */

import type { GameState } from '../../engine/types';
import { calendarMonth, formatCount, formatMoney, formatPercent } from '../../engine/words/formats';
import { monthNews, ongoingShocks } from './events-text';

/** A table: a caption, its column headings and rows of text cells (first cell = row heading). */
export interface TextTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** A labelled figure. */
export interface Kpi {
  label: string;
  value: string;
}

/** Everything the briefing screen prints. */
export interface BriefingModel {
  title: string;
  /** The scenario's story in month 1; a short recap afterwards. */
  intro: string;
  actuals: TextTable | null;
  kpis: Kpi[];
  news: string[];
  stock: TextTable;
}

/** The heading of a month: "Month 3 of 12 · March". */
export function monthTitle(game: GameState): string {
  return `Month ${game.month} of ${game.settings.rounds} · ${calendarMonth(game.month, game.scenario.startMonth)}`;
}

/** Builds the briefing for the game's current month. */
export function briefingModel(game: GameState): BriefingModel {
  const last = game.history[game.history.length - 1];
  const { scenario } = game;
  const stock: TextTable = {
    caption: 'Stock at the start of this month',
    columns: [
      'Product',
      'Finished goods',
      'Backlog (waiting orders)',
      'Materials on hand',
      'Materials on the way',
    ],
    rows: scenario.products.map((p) => {
      const s = game.stock[p.id];
      const onTheWay = s.pipeline
        .map((o) => `${formatCount(o.units)} arriving in month ${o.arrivalMonth}`)
        .join(', ');
      return [
        p.name,
        formatCount(s.inventory),
        formatCount(s.backlog),
        formatCount(s.materials),
        onTheWay || 'none',
      ];
    }),
  };
  if (!last) {
    return {
      title: monthTitle(game),
      intro: scenario.description,
      actuals: null,
      kpis: [],
      news: ['No news yet: this is the first month. Plan from the base demand and the stock you have.'],
      stock,
    };
  }
  const actuals: TextTable = {
    caption: `Last month's actuals (month ${last.month})`,
    columns: [
      'Product',
      'Demand',
      'Forecast',
      'Produced',
      'Shipped',
      'Fill rate',
      'End inventory',
      'Backlog',
    ],
    rows: scenario.products.map((p) => {
      const m = last.products[p.id];
      return [
        p.name,
        formatCount(m.demand),
        formatCount(m.forecast),
        formatCount(m.produced),
        formatCount(m.shipped),
        formatPercent(m.fillRate),
        formatCount(m.inventoryOut),
        formatCount(m.backlogOut),
      ];
    }),
  };
  const totalProfit = game.history.reduce((sum, r) => sum + r.finance.profitCents, 0);
  const news = [...monthNews(last, scenario), ...ongoingShocks(last, scenario)];
  return {
    title: monthTitle(game),
    intro: `Month ${last.month} is closed. Review what happened before you plan month ${game.month}.`,
    actuals,
    kpis: [
      { label: 'Last month’s score', value: `${Math.round(last.scores.total * 100)} / 100` },
      { label: 'Last month’s profit', value: formatMoney(last.finance.profitCents) },
      { label: 'Profit so far', value: formatMoney(totalProfit) },
      { label: 'Plant utilisation', value: formatPercent(last.utilisation) },
    ],
    news: news.length > 0 ? news : ['A quiet month: no shocks, no surprises.'],
    stock,
  };
}
