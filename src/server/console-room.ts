/**
 * The instructor's console room (one per session): opens only with the console token, lists every team
 * live (their rooms publish a line on each change, from any process), and paces the session: start,
 * hold at a month, pause, timer, chat off for chosen months, notices, end.
 */
import { timingSafeEqual } from 'node:crypto';
import { type Client, Room, ServerError } from '@colyseus/core';
import { getScenario } from '../engine';
import {
  CONSOLE_CLIENT_SCHEMAS,
  ConsoleJoinSchema,
  type ConsoleSession,
  type ConsoleTeam,
  LIVE_LIMITS,
  parseMessage,
} from '../net/protocol';
import { asJoinError, consoleChannel, liveContext, sessionChannel } from './context';
import { RateLimiter } from './rate-limit';
import { hashToken, randomId } from './secrets';
import type { LiveSessionRow, SessionControls } from './store';
import * as store from './store';
import { loadTeamView } from './team-loader';
import type { SessionBroadcast } from './team-view';

const BROADCAST_EVERY_MS = 250;
type ConsoleCommand = keyof typeof CONSOLE_CLIENT_SCHEMAS;

/** Whether two hex hashes are equal, in constant time. */
function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The console room. */
export class ConsoleRoom extends Room {
  override maxMessagesPerSecond = 100;
  private session!: LiveSessionRow;
  private readonly teams = new Map<string, ConsoleTeam>();
  private pending = false;
  private commands: Promise<unknown> = Promise.resolve();
  private onTeamLine = (line: ConsoleTeam) => {
    if (line.teamId) this.teams.set(line.teamId, line);
    this.scheduleTeams();
  };

  /** Loads the session and a line for every team (replayed from the database). */
  override async onCreate(options: unknown) {
    await this.open(options).catch((error) => {
      throw asJoinError(error);
    });
  }

  private async open(options: unknown) {
    const parsed = parseMessage(ConsoleJoinSchema, options);
    if (!parsed.ok) throw new ServerError(400, parsed.error.message);
    const { db } = liveContext();
    const session = await store.sessionById(db, parsed.value.sessionId);
    if (!session) throw new ServerError(404, 'There is no such session.');
    this.session = session;
    const now = Date.now();
    for (const team of await store.teamsOfSession(db, session.id)) {
      const view = await loadTeamView(db, team, session, now);
      this.teams.set(team.id, view.consoleLine(now));
    }
    await this.presence.subscribe(consoleChannel(session.id), this.onTeamLine);
    this.onMessage('*', (client, type, message) => this.receive(client, String(type), message));
  }

  /** Only the holder of the console token gets in. */
  override onAuth(_client: Client, options: unknown) {
    const parsed = parseMessage(ConsoleJoinSchema, options);
    if (!parsed.ok) throw new ServerError(400, parsed.error.message);
    if (
      parsed.value.sessionId !== this.session.id ||
      !sameHash(hashToken(parsed.value.consoleToken), this.session.consoleTokenHash)
    )
      throw new ServerError(403, 'This console link is not valid for the session.');
    return true;
  }

  override onJoin(client: Client) {
    client.userData = { limiter: new RateLimiter(LIVE_LIMITS.ratePerSecond, LIVE_LIMITS.rateBurst) };
    client.send('session', this.sessionMessage());
    client.send('teams', [...this.teams.values()]);
  }

  override onDispose() {
    this.presence.unsubscribe(consoleChannel(this.session?.id ?? ''), this.onTeamLine);
  }

  override onUncaughtException(error: Error, method: string) {
    console.error(`console room ${this.roomId} ${method}: ${error.message}`);
  }

  private sessionMessage(): ConsoleSession {
    const s = this.session;
    const scenario = s.settings.config.scenario ?? getScenario(s.settings.config.scenarioId);
    return {
      sessionId: s.id,
      name: s.settings.config.name,
      joinCode: s.joinCode,
      scenarioName: scenario?.name ?? s.settings.config.scenarioId,
      rounds: s.settings.config.rounds,
      teamSize: s.settings.teamSize,
      teamForming: s.settings.teamForming,
      status: s.status,
      paused: s.paused,
      heldAtMonth: s.heldAtMonth,
      timerSeconds: s.timerSeconds,
      chatOffMonths: s.chatOffMonths,
    };
  }

  private scheduleTeams(): void {
    if (this.pending) return;
    this.pending = true;
    this.clock.setTimeout(() => {
      this.pending = false;
      this.broadcast('teams', [...this.teams.values()]);
    }, BROADCAST_EVERY_MS);
  }

  private receive(client: Client, type: string, message: unknown): void {
    const limiter = (client.userData as { limiter?: RateLimiter } | undefined)?.limiter;
    if (limiter && !limiter.take()) {
      client.send('error', { error: { code: 'rateLimited', message: 'Too many messages: slow down.' } });
      return;
    }
    if (!Object.hasOwn(CONSOLE_CLIENT_SCHEMAS, type)) {
      client.send('error', {
        error: { code: 'invalid', message: `Unknown command "${type.slice(0, 40)}".` },
      });
      return;
    }
    const command = type as ConsoleCommand;
    const parsed = parseMessage(CONSOLE_CLIENT_SCHEMAS[command], message);
    if (!parsed.ok) {
      client.send('error', { error: parsed.error });
      return;
    }
    // Commands run one after another: each starts from the settings the previous one left.
    const run = this.commands.then(() => this.command(command, parsed.value));
    this.commands = run.catch(() => undefined);
    run.catch((error: Error) => {
      console.error(`console ${this.session.id}: ${command} failed: ${error.message}`);
      client.send('error', {
        error: {
          code: 'storage',
          message: `"${command}" could not be saved (database unreachable). Try again.`,
        },
      });
    });
  }

  /** Applies one console command: stored first, then sent to every team room and console. */
  private async command(command: ConsoleCommand, value: Record<string, unknown>): Promise<void> {
    const { db } = liveContext();
    if (command === 'message') {
      const notice: SessionBroadcast = {
        kind: 'notice',
        teamId: (value.teamId as string | null) ?? null,
        text: String(value.text),
        at: Date.now(),
      };
      await this.presence.publish(sessionChannel(this.session.id), notice);
      return;
    }
    if (command === 'createTeam') {
      const team = {
        id: randomId('team'),
        sessionId: this.session.id,
        name: String(value.name).trim(),
        suggestUsed: 0,
      };
      if (!(await store.insertTeam(db, team))) throw new Error(`a team called "${team.name}" already exists`);
      const view = await loadTeamView(db, team, this.session, Date.now());
      this.onTeamLine(view.consoleLine(Date.now()));
      return;
    }
    const controls: SessionControls = {
      status: this.session.status,
      paused: this.session.paused,
      heldAtMonth: this.session.heldAtMonth,
      timerSeconds: this.session.timerSeconds,
      chatOffMonths: this.session.chatOffMonths,
    };
    if (command === 'start' && controls.status === 'waiting') controls.status = 'running';
    if (command === 'end') controls.status = 'ended';
    if (command === 'pause') controls.paused = true;
    if (command === 'resume') controls.paused = false;
    if (command === 'pace') controls.heldAtMonth = value.holdAtMonth as number | null;
    if (command === 'timer') controls.timerSeconds = value.seconds as number | null;
    if (command === 'chat')
      controls.chatOffMonths = [...new Set(value.offMonths as number[])].sort((a, b) => a - b);
    await store.updateSessionControls(db, this.session.id, controls);
    Object.assign(this.session, controls);
    const broadcast: SessionBroadcast = { kind: 'controls', controls };
    await this.presence.publish(sessionChannel(this.session.id), broadcast);
    this.broadcast('session', this.sessionMessage());
  }
}
