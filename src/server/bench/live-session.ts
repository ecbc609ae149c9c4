/** Sets up a live session over the real API, as an instructor's browser would: session, teams, console. */
import { Client, type Room } from '@colyseus/sdk';
import {
  CONSOLE_ROOM,
  type ConsoleTeam,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type JoinInfo,
} from '../../net/protocol';

/** A session request with sensible defaults (a 6-month steady start for two). */
export function sessionRequest(overrides: Partial<CreateSessionRequest> = {}): CreateSessionRequest {
  return {
    name: 'Live test',
    scenarioId: 'steady-start',
    rounds: 6,
    rotateEvery: 1,
    teamSize: 2,
    suggest: true,
    timerSeconds: null,
    teamForming: 'players',
    botPersonas: { sales: 'planner', ops: 'planner' },
    graceSeconds: 30,
    ...overrides,
  };
}

async function post<T>(url: string, path: string, body: unknown): Promise<T> {
  const send = () =>
    fetch(new URL(path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let response = await send();
  // The server limits how fast one address creates sessions and teams: wait and try again.
  for (let tries = 0; response.status === 429 && tries < 120; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    response = await send();
  }
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${json.error}`);
  return json;
}

/** Creates a session. */
export function createSession(url: string, request: CreateSessionRequest): Promise<CreateSessionResponse> {
  return post(url, '/api/live/sessions', request);
}

/** Creates a team and returns its id. */
export async function createTeam(url: string, joinCode: string, name: string): Promise<string> {
  return (await post<{ teamId: string }>(url, '/api/live/teams', { joinCode, name })).teamId;
}

/** What the join page shows for a code. */
export async function joinInfo(url: string, joinCode: string): Promise<JoinInfo> {
  const response = await fetch(new URL(`/api/live/join/${encodeURIComponent(joinCode)}`, url));
  return (await response.json()) as JoinInfo;
}

/** The instructor's console over a WebSocket: the latest team lines and a way to send commands. */
export class ConsoleClient {
  teams: ConsoleTeam[] = [];
  errors: string[] = [];
  private room: Room | null = null;
  private waiters: { test: (teams: ConsoleTeam[]) => boolean; resolve: () => void }[] = [];

  /** Opens the console room with the session's token. */
  async connect(url: string, sessionId: string, consoleToken: string): Promise<void> {
    this.room = await new Client(url).joinOrCreate(CONSOLE_ROOM, { sessionId, consoleToken });
    this.room.reconnection.enabled = false;
    this.room.onMessage('teams', (teams: ConsoleTeam[]) => {
      this.teams = teams;
      const ready = this.waiters.filter((w) => w.test(teams));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve();
    });
    this.room.onMessage('error', (e: { error: { message: string } }) => this.errors.push(e.error.message));
    this.room.onMessage('session', () => undefined);
    this.room.onLeave(() => {
      this.room = null;
    });
  }

  /** Sends a console command (start, pause, pace…). */
  send(type: string, payload: unknown = {}): void {
    this.room?.send(type, payload);
  }

  /** Resolves when the team list passes `test`. */
  until(test: (teams: ConsoleTeam[]) => boolean): Promise<void> {
    if (test(this.teams)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** Leaves the console room. */
  async close(): Promise<void> {
    const room = this.room;
    this.room = null;
    await room?.leave(true).catch(() => undefined);
  }
}
