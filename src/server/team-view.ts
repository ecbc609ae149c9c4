/**
 * A team room's data and what each party may see of it: who may make which move, the seat message of
 * each player, the month reports per viewer, and the team's line on the instructor's console.
 */
import type { Delayed } from '@colyseus/core';
import { topCauses } from '../engine/debrief';
import { monthLesson } from '../engine/debrief/month-lesson';
import type { Action, GameRecord, Role } from '../engine/types';
import { ROLE_NAMES } from '../engine/words/roles';
import type { ConsoleTeam, LiveError, ReportWords, SeatMessage } from '../net/protocol';
import { type AutopilotContext, heldBack } from './autopilot';
import { pendingRoles, redactedHistory, seatView, type Viewer } from './seat-view';
import type { LiveSessionRow, SessionControls, TeamRow } from './store';
import { actionRole, type TeamGame } from './team-game';
import { botName, type TeamSeats } from './team-seats';

/** What the console publishes to every team room of its session. */
export type SessionBroadcast =
  | { kind: 'controls'; controls: SessionControls }
  | { kind: 'notice'; teamId: string | null; text: string; at: number };

/** The decision timer of the current step. */
export interface StepTimer {
  key: string;
  endsAt: number;
  seconds: number;
  handle: Delayed;
  /** Ran out: the bot moves for whoever still has to. */
  expired: boolean;
}

/** A team's game, seats and session as one room sees them. */
export class TeamView {
  timer: StepTimer | null = null;

  constructor(
    readonly team: TeamRow,
    readonly session: LiveSessionRow,
    readonly game: TeamGame,
    readonly seats: TeamSeats,
  ) {}

  /** The grace period before the bot takes an absent player's seat. */
  get graceMs(): number {
    return this.session.settings.graceSeconds * 1000;
  }

  /** Stops the decision timer. */
  clearTimer(): void {
    this.timer?.handle.clear();
    this.timer = null;
  }

  /** Whether chat is on this month. */
  chatEnabled(): boolean {
    return !this.session.chatOffMonths.includes(this.game.state.month);
  }

  private roleOfPlayer(playerId: string): Role | null {
    return this.game.roleOf(this.seats.get(playerId)?.seat ?? null);
  }

  /** Whether this player is at a turn where Suggest counts: the session runs, allows it, and it is their turn. */
  mayUseSuggest(playerId: string): boolean {
    const { status, paused, settings } = this.session;
    if (status !== 'running' || paused || settings.config.suggest === false) return false;
    const phase = this.game.state.phase;
    return (phase === 'sales' || phase === 'ops') && this.roleOfPlayer(playerId) === phase;
  }

  /** Why this player may not make this move now, or null when they may (the engine still judges it). */
  mayAct(playerId: string, action: Action): LiveError | null {
    const { status, paused } = this.session;
    if (status === 'ended') return { code: 'ended', message: 'The session has ended.' };
    if (status === 'waiting')
      return { code: 'notStarted', message: 'The instructor has not started the session yet.' };
    if (paused) return { code: 'paused', message: 'The instructor has paused the session.' };
    const wanted = actionRole(action);
    if (wanted === null)
      return { code: 'forbidden', message: 'The server starts each month and executes it; players cannot.' };
    const mine = this.roleOfPlayer(playerId);
    if (mine === null)
      return { code: 'notYourTurn', message: 'You have no role this month: you follow the team.' };
    if (wanted !== 'any' && wanted !== mine)
      return {
        code: 'notYourTurn',
        message: `This month you are ${ROLE_NAMES[mine]}; that move is ${ROLE_NAMES[wanted]}'s.`,
      };
    return null;
  }

  /** The autopilot's view of this team now. */
  autopilot(now: number): AutopilotContext {
    const { status, paused, heldAtMonth } = this.session;
    const expired =
      this.timer?.expired === true && this.timer.key === `${this.game.state.month}:${this.game.state.phase}`;
    return {
      running: status === 'running' && !paused,
      heldAtMonth,
      botPlays: (role) => expired || this.seats.botPlays(this.game.seatOf(role), now),
      bots: this.session.settings.botPersonas,
    };
  }

  private holderName(role: Role, now: number): string {
    const seat = this.game.seatOf(role);
    const player = this.seats.occupant(seat);
    if (!player || this.seats.botPlays(seat, now))
      return botName(role, this.session.settings.botPersonas[role]);
    return player.name;
  }

  private waitingFor(now: number): { role: Role; name: string } | null {
    const state = this.game.state;
    if (
      state.phase === 'briefing' &&
      this.session.status === 'running' &&
      heldBack(state.month, this.session.heldAtMonth)
    )
      return null;
    const role = pendingRoles(state)[0];
    return role ? { role, name: this.holderName(role, now) } : null;
  }

  private seatNames(): string[] {
    return this.seats.seatNames((seat) => {
      const role = this.game.roleOf(seat) ?? 'sales';
      return botName(role, this.session.settings.botPersonas[role]);
    });
  }

  /** The record so far (every move made, the seed included): for the instructor's console only. */
  recordSoFar(): GameRecord {
    return this.game.record(this.team, this.seatNames());
  }

  private code: { step: number; code: string | null } | null = null;

  /** The result code once the game is over, else null (made once per step). */
  resultCode(): string | null {
    if (this.code?.step !== this.game.step)
      this.code = { step: this.game.step, code: this.game.resultCode(this.team, this.seatNames()) };
    return this.code.code;
  }

  private viewer(playerId: string): Viewer {
    return this.roleOfPlayer(playerId) ?? 'observer';
  }

  /** The month reports as this player may see them, and a key that changes when they change. */
  historyFor(playerId: string) {
    const viewer = this.viewer(playerId);
    const history = redactedHistory(this.game.state, viewer);
    return { key: `${viewer}:${history.reports.length}`, ...history };
  }

  /** Everything one player's device shows, and nothing more. */
  seatMessage(playerId: string, now: number): SeatMessage {
    const state = this.game.state;
    const viewer = this.viewer(playerId);
    const history = redactedHistory(state, viewer).reports;
    // The report travels only while it is on screen (the "history" message keeps every month).
    const reporting = state.phase === 'report' || state.phase === 'finished';
    return {
      teamName: this.team.name,
      status: this.session.status,
      month: state.month,
      rounds: state.settings.rounds,
      phase: state.phase,
      step: this.game.step,
      myRole: viewer === 'observer' ? null : viewer,
      players: this.seats.publicList((seat) => this.game.roleOf(seat), now),
      seatCount: this.seats.teamSize,
      waitingFor: this.waitingFor(now),
      view: seatView(state, viewer),
      consensus:
        state.phase === 'consensus'
          ? {
              salesPlan: state.plans.sales,
              opsPlan: state.plans.ops,
              revisions: { ...state.plans.revised },
              signOffs: { ...state.plans.signedOff },
            }
          : null,
      lastReport: reporting ? (history[history.length - 1] ?? null) : null,
      reportWords: reporting ? this.reportWords() : null,
      settings: state.settings,
      suggest: this.session.settings.config.suggest !== false,
      chatEnabled: this.chatEnabled(),
      paused: this.session.paused,
      heldAtMonth: this.session.heldAtMonth,
      timer: this.timer
        ? {
            endsAt: this.timer.endsAt,
            remainingMs: Math.max(0, this.timer.endsAt - now),
            seconds: this.timer.seconds,
          }
        : null,
      resultCode: this.resultCode(),
    };
  }

  private words: { months: number; words: ReportWords | null } | null = null;

  /** The last report's causes and lesson in words (once per report). */
  private reportWords(): ReportWords | null {
    const state = this.game.state;
    if (this.words?.months !== state.history.length) {
      const report = state.history[state.history.length - 1];
      this.words = {
        months: state.history.length,
        words: report
          ? { causes: topCauses(report, state, 3).map((c) => c.text), lesson: monthLesson(report, state) }
          : null,
      };
    }
    return this.words.words;
  }

  /** The team's line on the console. */
  consoleLine(now: number): ConsoleTeam {
    const score = this.game.score();
    return {
      teamId: this.team.id,
      name: this.team.name,
      month: this.game.state.month,
      phase: this.game.state.phase,
      step: this.game.step,
      waitingFor: this.waitingFor(now),
      players: this.seats.publicList((seat) => this.game.roleOf(seat), now),
      score: score.total,
      alignment: score.alignment,
      balance: score.balance,
      execution: score.execution,
      profitCents: score.profitCents,
      finished: this.game.finished,
      resultCode: this.resultCode(),
    };
  }
}
