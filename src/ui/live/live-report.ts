/** The round report of a live seat, built with the game's own report model. The device never holds the world,
 * so the month's causes and lesson come worded by the server (seat.reportWords), or else from the server's
 * explanation of each month (the "history" message); without either, the figures and a score-based lesson. */
import type { GameFrame } from '../../engine/debrief';
import { pickLesson } from '../../engine/debrief/month-lesson';
import type { MonthReport, Role, Signal } from '../../engine/types';
import type { SeatMessage } from '../../net/protocol';
import { bonusLines } from '../present/bonus-lines';
import { reportFigures } from '../present/report-model';
import { type RoundReportModel, roundReportModel } from '../seat';

/** The seat's view with the months played put back in (the server sends them apart, once). */
export function historyOf(seat: SeatMessage, history: readonly MonthReport[]): MonthReport[] {
  return history.length >= seat.view.history.length ? [...history] : seat.view.history;
}

/** A world that knows only the cards this seat has seen, for the causes' words (never for the figures). */
function seenWorld(seat: SeatMessage): GameFrame['world'] {
  const signals: Signal[] = [...seat.view.signals, ...seat.view.sharedWithMe];
  return { months: [{ month: seat.month, noise: {}, shocks: [], signals, dealOffers: [] }] };
}

/** Builds the report model of `report` for this seat. */
export function liveReportModel(
  seat: SeatMessage,
  report: MonthReport,
  history: readonly MonthReport[],
): RoundReportModel {
  // Each holder's rotation seat gives their own bonus so far (a role played by the bot: the role's total).
  const holder = (role: Role) => {
    const player = seat.players.find((p) => p.role === role);
    return { name: player?.name ?? 'the bot', seat: player?.seat ?? null };
  };
  const holders = { sales: holder('sales'), ops: holder('ops') };
  const { seatCount } = seat;
  const months = historyOf(seat, history);
  const explained = history.find((r) => r.month === report.month);
  if (explained && !seat.reportWords) {
    const frame = {
      scenario: seat.view.scenario,
      settings: seat.settings,
      world: seenWorld(seat),
      sharedSignals: [],
      history: months,
    };
    return roundReportModel(explained, frame, holders, seatCount);
  }
  // The server's words (it explains the month with the whole game), else the month's figures alone.
  return {
    ...reportFigures(report, seat.view.scenario, seat.settings.rounds),
    lesson: seat.reportWords?.lesson ?? pickLesson(report),
    causes: seat.reportWords?.causes ?? [],
    month: report.month,
    bonusLines: bonusLines(report, months, seat.settings, holders, seatCount),
  };
}
