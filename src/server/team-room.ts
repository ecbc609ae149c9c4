/**
 * The team room (one per team, any process): admits the team's players to their seats, applies each
 * move through the engine after storing it, lets the bot and the timer move for absent seats, and sends
 * every device only its own seat's picture. All changes run one at a time through `serial`.
 */
import { type Client, type Delayed, Room, ServerError } from '@colyseus/core';
import type { Action } from '../engine/types';
import { LIVE_LIMITS, type LiveError, parseMessage, TeamJoinSchema } from '../net/protocol';
import { automaticAction, timedPhase } from './autopilot';
import { asJoinError, consoleChannel, liveContext, sessionChannel } from './context';
import { RateLimiter } from './rate-limit';
import { hashToken, normaliseJoinCode, randomId, randomToken } from './secrets';
import { countAction, countRefusal } from './stats';
import * as store from './store';
import { loadTeamView } from './team-loader';
import { RATE_LIMITED, readTeamMessage, STORAGE_ERROR, seqOf } from './team-messages';
import type { SessionBroadcast, TeamView } from './team-view';

/** What a connection carries: whose seat it is and its rate allowance. */
interface Connection {
  playerId: string;
  limiter: RateLimiter;
  historyKey: string;
}

/** How often a busy team's line on the console is refreshed, at most. */
const CONSOLE_LINE_MS = 200;

/** Closes a connection that keeps sending past its allowance after this many refusals in a row. */
const FLOOD_CLOSE_AFTER = 50;

/** The team room. */
export class TeamRoom extends Room {
  /** Colyseus' own hard cap (it closes the connection); the polite limit is the RateLimiter's. */
  override maxMessagesPerSecond = 100;
  private view!: TeamView;
  private serialQueue: Promise<unknown> = Promise.resolve();
  private linePending = false;
  /** The pending check for the end of an absent player's grace period. */
  private graceCheck: Delayed | null = null;
  private onSessionMessage = (message: SessionBroadcast) => this.serial(() => this.sessionChanged(message));

  /** Loads the team, its session, players and every stored action, and replays the game. */
  override async onCreate(options: unknown) {
    await this.open(options).catch((error) => {
      throw asJoinError(error);
    });
  }

  private async open(options: unknown) {
    const parsed = parseMessage(TeamJoinSchema, options);
    if (!parsed.ok) throw new ServerError(400, parsed.error.message);
    const { db } = liveContext();
    const team = await store.teamById(db, parsed.value.teamId);
    if (!team) throw new ServerError(404, 'There is no such team.');
    const session = await store.sessionById(db, team.sessionId);
    if (!session) throw new ServerError(404, 'The team belongs to no session.');
    this.view = await loadTeamView(db, team, session, Date.now());
    await this.presence.subscribe(sessionChannel(session.id), this.onSessionMessage);
    this.onMessage('*', (client, type, message) => this.receive(client, String(type), message));
    await this.serial(() => this.advance());
  }

  /** Admits a device (one at a time); a database failure reads as a sentence, not a raw error. */
  override async onAuth(_client: Client, options: unknown) {
    return this.serial(() => this.admit(options)).catch((error) => {
      throw asJoinError(error);
    });
  }

  /** Checks the join code and gives the player their seat: back to the same one with their token. */
  private async admit(options: unknown) {
    const parsed = parseMessage(TeamJoinSchema, options);
    if (!parsed.ok) throw new ServerError(400, parsed.error.message);
    const { joinCode, playerName, playerToken } = parsed.value;
    if (normaliseJoinCode(joinCode) !== this.view.session.joinCode)
      throw new ServerError(403, "The join code does not match this team's session.");
    const returning = playerToken ? this.view.seats.byTokenHash(hashToken(playerToken)) : undefined;
    if (returning && playerToken) return { playerId: returning.id, playerToken };
    if (this.view.session.status === 'ended') throw new ServerError(403, 'This session has ended.');
    const seat = this.view.seats.freeSeat();
    if (seat === null) throw new ServerError(403, `This team is full (${this.view.seats.teamSize} players).`);
    const token = randomToken();
    const row = {
      id: randomId('player'),
      teamId: this.view.team.id,
      name: playerName.trim(),
      seat,
      tokenHash: hashToken(token),
    };
    await store.insertPlayer(liveContext().db, row);
    this.view.seats.add(row, Date.now());
    return { playerId: row.id, playerToken: token };
  }

  /** Sends the newcomer who they are, the chat so far and their seat. */
  override async onJoin(client: Client, _options: unknown, auth: { playerId: string; playerToken: string }) {
    const connection: Connection = {
      playerId: auth.playerId,
      limiter: new RateLimiter(LIVE_LIMITS.ratePerSecond, LIVE_LIMITS.rateBurst),
      historyKey: '',
    };
    client.userData = connection;
    this.view.seats.connect(auth.playerId);
    client.send('welcome', {
      playerId: auth.playerId,
      playerToken: auth.playerToken,
      teamId: this.view.team.id,
      teamName: this.view.team.name,
    });
    const chat = await store
      .recentChat(liveContext().db, this.view.team.id, LIVE_LIMITS.chatHistory)
      .catch(() => []);
    client.send(
      'chat-history',
      chat.map((line) => ({ from: line.sender, text: line.text, at: line.at })),
    );
    await this.serial(() => this.advance());
  }

  /** A device left: after the grace period the bot plays its seat (unless it comes back). */
  override async onLeave(client: Client) {
    const connection = client.userData as Connection | undefined;
    if (!connection) return;
    this.view.seats.disconnect(connection.playerId, Date.now());
    await this.serial(() => this.advance());
  }

  override async onDispose() {
    this.presence.unsubscribe(sessionChannel(this.view?.session.id ?? ''), this.onSessionMessage);
  }

  override onUncaughtException(error: Error, method: string) {
    console.error(`team room ${this.roomId} ${method}: ${error.message}`);
  }

  /** Runs changes one at a time; a failing change is logged and never stops the next one. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.serialQueue.then(work);
    this.serialQueue = run.catch((error: Error) =>
      console.error(`team ${this.view?.team.id}: ${error.message}`),
    );
    return run;
  }

  private refuse(client: Client, error: LiveError): void {
    client.send('error', { error });
  }

  /** Every message from a device: rate-limited, size-capped, schema-checked, then handled in order. */
  private receive(client: Client, type: string, message: unknown): void {
    const connection = client.userData as Connection | undefined;
    if (!connection) return;
    if (!connection.limiter.take()) {
      if (connection.limiter.refusedInARow > FLOOD_CLOSE_AFTER) client.leave(4008);
      // A move is answered by its own ack, so the device knows it was not made (and can try again).
      else this.answerRefusal(client, type === 'action' ? seqOf(message) : null, RATE_LIMITED);
      return;
    }
    const read = readTeamMessage(type, message);
    if (read.kind === 'action')
      void this.serial(() => this.playerAction(client, connection, read.seq, read.action));
    else if (read.kind === 'chat') void this.serial(() => this.chat(client, connection, read.text));
    else if (read.kind === 'suggested') void this.serial(() => this.suggested(connection));
    else this.answerRefusal(client, read.seq, read.error);
  }

  /** A refused message: as an "ack" when it carried a seq (a move), else as an "error". */
  private answerRefusal(client: Client, seq: number | null, error: LiveError): void {
    if (seq !== null) client.send('ack', { seq, ok: false, error });
    else this.refuse(client, error);
  }

  /** A player's move: their seat's role only, the engine's verdict, stored before it is acknowledged. */
  private async playerAction(client: Client, connection: Connection, seq: number, action: Action) {
    const refusal = this.view.mayAct(connection.playerId, action);
    if (refusal) return client.send('ack', { seq, ok: false, error: refusal });
    const stored = await this.store(action, connection.playerId);
    if (!stored.ok) return client.send('ack', { seq, ok: false, error: stored.error });
    client.send('ack', { seq, ok: true, step: this.view.game.step });
    await this.advance();
  }

  /** Tries, stores, then keeps one action (the state is unchanged when storing fails). */
  private async store(
    action: Action,
    playerId: string | null,
  ): Promise<{ ok: true } | { ok: false; error: LiveError }> {
    const game = this.view.game;
    const started = performance.now();
    const next = game.attempt(action);
    if (!next.ok) {
      countRefusal('refused');
      return { ok: false, error: { code: 'refused', message: next.error.message } };
    }
    try {
      await liveContext().actions.append(this.view.team.id, game.step, action, playerId);
    } catch (error) {
      countRefusal('storageFailures');
      console.error(
        `team ${this.view.team.id}: storing action ${game.step} failed: ${(error as Error).message}`,
      );
      return { ok: false, error: STORAGE_ERROR };
    }
    game.commit(action, next.value);
    countAction(performance.now() - started);
    return { ok: true };
  }

  /** Makes the server's own moves until a player must act, then sends every seat its picture. */
  private async advance(): Promise<void> {
    for (let guard = 0; guard < 500; guard++) {
      const action = automaticAction(this.view.game.state, this.view.autopilot(Date.now()));
      if (!action) break;
      const stored = await this.store(action, null);
      if (!stored.ok) {
        console.error(
          `team ${this.view.team.id}: automatic ${action.type} not made: ${stored.error.message}`,
        );
        this.clock.setTimeout(() => this.serial(() => this.advance()), 2000);
        break;
      }
    }
    this.refreshTimer();
    this.watchGracePeriods();
    this.sendSeats();
    this.publishLine();
  }

  /**
   * Comes back when the first absent player's grace period ends, so the bot takes their seat then. The
   * room clock may fire a little early (its first tick counts time from before the timer was set), so
   * the check runs again until the period has really passed.
   */
  private watchGracePeriods(): void {
    const wait = this.view.seats.untilGraceEnds(Date.now());
    this.graceCheck?.clear();
    this.graceCheck = null;
    if (wait === null) return;
    this.graceCheck = this.clock.setTimeout(() => {
      this.graceCheck = null;
      void this.serial(() => this.advance());
    }, wait + 20);
  }

  /** Tells the console (in whichever process) about this team, at most every CONSOLE_LINE_MS. */
  private publishLine(): void {
    if (this.linePending) return;
    this.linePending = true;
    this.clock.setTimeout(() => {
      this.linePending = false;
      this.presence.publish(consoleChannel(this.view.session.id), this.view.consoleLine(Date.now()));
    }, CONSOLE_LINE_MS);
  }

  /** Starts the decision timer when a timed step begins; when it runs out the bot moves for that step. */
  private refreshTimer(): void {
    const { game, session } = this.view;
    const key = `${game.state.month}:${game.state.phase}`;
    const runs =
      session.timerSeconds !== null &&
      session.status === 'running' &&
      !session.paused &&
      timedPhase(game.state);
    if (!runs) {
      this.view.clearTimer();
      return;
    }
    if (this.view.timer?.key === key) return;
    const ms = (session.timerSeconds ?? 0) * 1000;
    this.view.clearTimer();
    const handle = this.clock.setTimeout(() => this.serial(() => this.timeUp(key)), ms);
    this.view.timer = {
      key,
      endsAt: Date.now() + ms,
      seconds: session.timerSeconds ?? 0,
      handle,
      expired: false,
    };
  }

  private async timeUp(key: string): Promise<void> {
    if (this.view.timer?.key !== key) return;
    this.view.timer.expired = true;
    await this.advance();
  }

  /** Sends each device its seat message, and the month reports when they changed for it. */
  private sendSeats(): void {
    const now = Date.now();
    for (const client of this.clients) {
      const connection = client.userData as Connection | undefined;
      if (!connection) continue;
      const seat = this.view.seatMessage(connection.playerId, now);
      const history = this.view.historyFor(connection.playerId);
      if (history.key !== connection.historyKey) {
        connection.historyKey = history.key;
        client.send('history', { reports: history.reports, attributions: history.attributions });
      }
      client.send('seat', seat);
    }
  }

  /** The console changed the session (pace, pause, timer, chat, end) or sent a notice. */
  private async sessionChanged(message: SessionBroadcast): Promise<void> {
    if (message.kind === 'notice') {
      if (message.teamId === null || message.teamId === this.view.team.id)
        this.broadcast('notice', { text: message.text, at: message.at });
      return;
    }
    Object.assign(this.view.session, message.controls);
    this.view.clearTimer();
    await this.advance();
  }

  /** A player filled their plan in with Suggest: counted for the record (at their own turn only). */
  private async suggested(connection: Connection): Promise<void> {
    if (!this.view.mayUseSuggest(connection.playerId)) return;
    await store.countSuggestUse(liveContext().db, this.view.team.id);
    this.view.team.suggestUsed += 1;
  }

  /** A team chat line: plain text, stored, sent to the whole team (unless chat is off this month). */
  private async chat(client: Client, connection: Connection, text: string): Promise<void> {
    if (!this.view.chatEnabled())
      return this.refuse(client, {
        code: 'chatOff',
        message: 'The instructor has switched chat off this month.',
      });
    const from = this.view.seats.get(connection.playerId)?.name ?? 'Player';
    const line = { sender: from, text, at: Date.now() };
    try {
      await store.insertChat(liveContext().db, this.view.team.id, line);
    } catch {
      return this.refuse(client, {
        code: 'storage',
        message: 'The message could not be saved (database unreachable).',
      });
    }
    this.broadcast('chat', { from, text, at: line.at });
  }
}
