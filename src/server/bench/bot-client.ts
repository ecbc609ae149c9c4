/**
 * A bot player over a real WebSocket (the @colyseus/sdk client, as a browser would use it): joins a team
 * room, and whenever its seat must act it plays the engine's bot for its role from its own seat view,
 * timing each action's round trip to its acknowledgement. Used by bench:live and the server tests.
 */
import { Client, type Room } from '@colyseus/sdk';
import { OPS_BOTS, SALES_BOTS } from '../../engine';
import type { Action, MonthReport } from '../../engine/types';
import type { RoleView } from '../../engine/views';
import {
  type AckMessage,
  LIVE_LIMITS,
  type SeatMessage,
  TEAM_ROOM,
  type TeamJoinOptions,
} from '../../net/protocol';
import { RateLimiter } from '../rate-limit';

/** How long a move held back by the player's own pacing waits before it is tried again. */
const PACE_RETRY_MS = Math.ceil(1000 / LIVE_LIMITS.ratePerSecond);

/** One acknowledged action: where the server put it in the record. */
export interface AckedAction {
  step: number;
  action: Action;
}

/** What a bot player saw and measured. */
export interface BotStats {
  roundTripsMs: number[];
  acked: AckedAction[];
  errors: string[];
  /** Moves the server refused as over the message allowance (each was tried again). */
  rateLimited: number;
  /** Every message received, by type then payload (the secrets test reads them). */
  received: { type: string; payload: unknown }[];
}

/** Options of a bot player. */
export interface BotPlayerOptions {
  url: string;
  join: TeamJoinOptions;
  /** Keep every received message (tests); off for the benchmark. */
  keepMessages?: boolean;
  /** Play moves (false: only watch). */
  play?: boolean;
  /** Share intelligence cards as the planner bot would (false: keep every card to itself). */
  shareCards?: boolean;
  /** Press Suggest before each plan, as a player who takes its numbers (the record counts each use). */
  useSuggest?: boolean;
  /** Mean thinking time before each move, in ms (a person's pace; each wait is 0.5–1.5× this). */
  thinkMs?: number;
}

/** A test's way to make a player stop (as a person thinking) at a chosen point: it acts only while this is false. */
export type HoldWhen = (seat: SeatMessage) => boolean;

/** A connected bot player. */
export class BotPlayer {
  readonly stats: BotStats = { roundTripsMs: [], acked: [], errors: [], rateLimited: 0, received: [] };
  seat: SeatMessage | null = null;
  history: MonthReport[] = [];
  playerToken = '';
  private room: Room | null = null;
  private seq = 0;
  private inFlight: { seq: number; at: number; action: Action } | null = null;
  private actedAtStep = -1;
  /** The move (by seq) whose Suggest use has been told to the server. */
  private suggestedFor = -1;
  /** Seats older than my last acknowledged action are stale (they do not show it yet). */
  private seenStep = 0;
  private finishedWaiters: (() => void)[] = [];
  /** The player keeps within the server's message allowance, as a well-behaved device does. */
  private pace = new RateLimiter(LIVE_LIMITS.ratePerSecond, LIVE_LIMITS.rateBurst);
  /** While this returns true for the current seat the player does not act. */
  holdWhen: HoldWhen = () => false;

  constructor(private options: BotPlayerOptions) {}

  /** Joins the team room (with the token, when it has one, to come back to its seat). */
  async connect(): Promise<void> {
    this.inFlight = null;
    this.actedAtStep = -1;
    this.seenStep = 0;
    this.seat = null;
    this.history = [];
    const client = new Client(this.options.url);
    const join = this.playerToken
      ? { ...this.options.join, playerToken: this.playerToken }
      : this.options.join;
    const room = await client.joinOrCreate(TEAM_ROOM, join);
    room.reconnection.enabled = false;
    this.room = room;
    room.onMessage('*', (type, payload) => this.receive(String(type), payload));
    room.onLeave(() => {
      this.room = null;
    });
  }

  /** Closes the connection as a closed tab would. */
  async disconnect(): Promise<void> {
    const room = this.room;
    this.room = null;
    this.inFlight = null;
    await room?.leave(false).catch(() => undefined);
  }

  /** Sends any message (the hostile-client test sends garbage with it). */
  sendRaw(type: string, payload: unknown): void {
    this.room?.send(type, payload);
  }

  /**
   * Resolves once the seat shows the finished game; rejects after `timeoutMs` with what the player was
   * waiting for, so a stuck game fails with a reason instead of hanging.
   */
  finished(timeoutMs = 90_000): Promise<void> {
    if (this.seat?.phase === 'finished') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.options.join.playerName} did not finish: ${this.describe()}`)),
        timeoutMs,
      );
      this.finishedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Where the player stands, in one line (for a test that fails). */
  describe(): string {
    const seat = this.seat;
    const where = seat
      ? `step ${seat.step}, month ${seat.view.month}, phase ${seat.phase}, role ${seat.myRole ?? 'none'}, ` +
        `status ${seat.status}${seat.paused ? ' (paused)' : ''}`
      : 'no seat';
    const sent = this.inFlight ? `${this.inFlight.action.type} #${this.inFlight.seq} unanswered` : 'none';
    return (
      `${where}; connected ${this.connected}; in flight: ${sent}; acted at step ${this.actedAtStep}; ` +
      `${this.stats.acked.length} acked, ${this.stats.rateLimited} rate-limited, errors: ${this.stats.errors.slice(-3).join(' | ') || 'none'}`
    );
  }

  private receive(type: string, payload: unknown): void {
    if (this.options.keepMessages) this.stats.received.push({ type, payload });
    if (type === 'welcome') this.playerToken = (payload as { playerToken: string }).playerToken;
    else if (type === 'history') this.history = (payload as { reports: MonthReport[] }).reports;
    else if (type === 'ack') this.acknowledged(payload as AckMessage);
    else if (type === 'error')
      this.stats.errors.push(`error: ${(payload as { error: { message: string } }).error.message}`);
    else if (type === 'seat') {
      this.seat = payload as SeatMessage;
      if (this.seat.phase === 'finished') for (const resolve of this.finishedWaiters.splice(0)) resolve();
      if (this.options.play !== false) this.act();
    }
  }

  private acknowledged(ack: AckMessage): void {
    const sent = this.inFlight;
    if (!sent || sent.seq !== ack.seq) return;
    this.inFlight = null;
    this.stats.roundTripsMs.push(performance.now() - sent.at);
    if (ack.ok) {
      this.stats.acked.push({ step: ack.step, action: sent.action });
      this.seenStep = ack.step;
      this.act();
      return;
    }
    this.actedAtStep = -1;
    if (ack.error.code === 'rateLimited') {
      // Over the allowance (another device's pace is not ours to see): wait a moment, then try again.
      this.stats.rateLimited += 1;
      setTimeout(() => this.act(), PACE_RETRY_MS);
      return;
    }
    this.stats.errors.push(`${sent.action.type}: ${ack.error.message}`);
    // Any other refused move (say, while the session was paused) is tried again on the next seat message
    // (the resume), not at once: the step has not moved, so without this the player would wait forever.
  }

  /** The move this seat owes now, if any: the same bot functions the local game uses. */
  private nextMove(seat: SeatMessage): Action | null {
    const role = seat.myRole;
    if (!role || seat.status !== 'running' || seat.paused || this.holdWhen(seat)) return null;
    const view = { ...seat.view, history: this.history } as RoleView;
    if (seat.phase === 'sales' && role === 'sales') {
      const decision = SALES_BOTS.planner(view);
      const share = this.cardToShare(decision.share, view);
      return share
        ? { type: 'shareSignal', role, signalId: share }
        : { type: 'submitSalesPlan', plan: decision.plan };
    }
    if (seat.phase === 'ops' && role === 'ops') {
      const decision = OPS_BOTS.planner(view);
      const share = this.cardToShare(decision.share, view);
      return share
        ? { type: 'shareSignal', role, signalId: share }
        : { type: 'submitOpsPlan', plan: decision.plan };
    }
    if (seat.phase === 'consensus' && seat.consensus && !seat.consensus.signOffs[role])
      return { type: 'signOff', role };
    // The Sales seat moves the team on from the report; Operations does when nobody is at the Sales seat.
    const sales = seat.players.find((p) => p.role === 'sales');
    if (seat.phase === 'report' && (role === 'sales' || !sales?.connected)) return { type: 'nextRound' };
    return null;
  }

  private cardToShare(wanted: readonly string[], view: RoleView): string | undefined {
    if (this.options.shareCards === false) return undefined;
    return wanted.find((id) => !view.sharedByMe.includes(id));
  }

  /** Lets a held player act again on the seat it has (also retrying a move that was refused). */
  release(): void {
    this.holdWhen = () => false;
    this.actedAtStep = -1;
    this.act();
  }

  /** Points the player at another server (the next connect goes there). */
  useServer(url: string): void {
    this.options.url = url;
  }

  /** Whether the connection is open. */
  get connected(): boolean {
    return this.room !== null;
  }

  private act(): void {
    const seat = this.seat;
    if (!seat || !this.room || this.inFlight || this.actedAtStep === seat.step || seat.step < this.seenStep)
      return;
    const action = this.nextMove(seat);
    if (!action) return;
    this.actedAtStep = seat.step;
    this.seq += 1;
    const seq = this.seq;
    this.inFlight = { seq, at: performance.now(), action };
    const think = this.options.thinkMs ?? 0;
    if (think <= 0) this.send(seq, action);
    else setTimeout(() => this.send(seq, action), think * (0.5 + Math.random()));
  }

  /** Sends a move when the player's pace allows it; its round trip counts from the sending. */
  private send(seq: number, action: Action): void {
    if (!this.room || this.inFlight?.seq !== seq) return;
    const later = () => {
      setTimeout(() => this.send(seq, action), PACE_RETRY_MS);
    };
    const plan = action.type === 'submitSalesPlan' || action.type === 'submitOpsPlan';
    if (this.options.useSuggest && plan && this.suggestedFor !== seq) {
      if (!this.pace.take()) {
        later();
        return;
      }
      this.room.send('suggested', {});
      this.suggestedFor = seq;
    }
    if (!this.pace.take()) {
      later();
      return;
    }
    this.inFlight.at = performance.now();
    this.room.send('action', { seq, action });
  }
}
