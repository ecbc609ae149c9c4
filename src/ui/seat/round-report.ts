/** The round report as a view of plain data: three scores as gauges, where the points went, what happened, each
 * role's bonus and one lesson. roundReportModel builds the data where the game frame is known. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { type GameFrame, topCauses } from '../../engine/debrief';
import type { MonthReport, Role } from '../../engine/types';
import { type BonusHolder, bonusLines } from '../present/bonus-lines';
import { type ReportModel, reportModel } from '../present/report-model';
import { gaugeView } from './gauge';
import { moneyTable } from './money-table';

/** Everything the report shows, as text and numbers. */
export interface RoundReportModel extends ReportModel {
  month: number;
  /** The month's top causes of lost points, in words (empty: none lost). */
  causes: string[];
  /** One sentence per role on its bonus this month and in all. */
  bonusLines: string[];
}

/** Builds the report of `report` (the last of `history`); `holders` are who held each role that month (their
 * seats of `seatCount` give each player's own bonus so far). */
export function roundReportModel(
  report: MonthReport,
  frame: GameFrame & { history: readonly MonthReport[] },
  holders: Record<Role, BonusHolder>,
  seatCount: number,
): RoundReportModel {
  return {
    ...reportModel(report, frame),
    month: report.month,
    causes: topCauses(report, frame, 3).map((c) => c.text),
    bonusLines: bonusLines(report, frame.history, frame.settings, holders, seatCount),
  };
}

/** What the report's button does; without onNext there is no button (a live seat waits for the team). */
export interface RoundReportCallbacks {
  /** "Go to month 5" or "See the final results". */
  nextLabel?: string;
  onNext?(): void;
}

/** Draws the report (its h1 has the id report-heading). */
export function roundReportView(model: RoundReportModel, cb: RoundReportCallbacks): TemplateResult {
  const causesId = `round-causes-${model.month}`;
  return html`<h1 class="screen-heading" tabindex="-1" id="report-heading">${model.title}</h1>
    <p class="lead">Team score this month: ${model.totalText}</p>
    <div class="gauges" data-coach="report-scores">${model.gauges.map(gaugeView)}</div>
    <div class="report-columns">
      <div class="report-stack">
      <div class="panel report-causes" data-coach="report-causes">
        <section class="round-causes" aria-labelledby=${causesId}>
          <h2 id=${causesId}>Where the points went</h2>
          ${
            model.causes.length > 0
              ? html`<ol>
                ${model.causes.map((c) => html`<li>${c}</li>`)}
              </ol>`
              : html`<p>No points lost this month.</p>`
          }
        </section>
      </div>
      <aside class="panel lesson" aria-labelledby="lesson-heading" data-coach="report-lesson">
        <h2 id="lesson-heading">Lesson: ${model.lesson.title ?? model.lesson.concept}</h2>
        <p>${model.lesson.text}</p>
        ${model.lesson.title ? html`<p class="muted">Concept: ${model.lesson.concept}</p>` : nothing}
      </aside>
      <div class="panel">
        <h2>What happened</h2>
        <ul class="news-list">
          ${model.events.map((e) => html`<li>${e}</li>`)}
        </ul>
      </div>
      </div>
      <div class="panel">
        <h2>Money and bonuses</h2>
        <dl class="kpis">
          ${model.finance.map(
            (item) => html`<div class="kpi">
              <dt>${item.label}</dt>
              <dd>${item.value}</dd>
            </div>`,
          )}
        </dl>
        ${moneyTable(model.money)}
        <div data-coach="report-bonuses">
          <ul class="plain-list">
            ${model.bonusLines.map((line) => html`<li>${line}</li>`)}
          </ul>
          <p class="muted">
            Bonuses reward each role for its own numbers; the team is scored on alignment, balance and execution.
          </p>
        </div>
      </div>
    </div>
    ${
      cb.onNext
        ? html`<div class="actions">
          <button type="button" class="btn btn-primary btn-large" @click=${() => cb.onNext?.()}>
            ${cb.nextLabel ?? 'Continue'}
          </button>
        </div>`
        : nothing
    }`;
}
