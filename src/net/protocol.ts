/**
 * The live-session protocol shared by the server (src/server) and the browser (src/net/client.ts):
 * room names, HTTP bodies, every message's type, valibot schemas for what a client may send, and the
 * size caps. Pure: no Node, no DOM. See /work/wt/LIVE-PROTOCOL.md for the flow.
 */
import * as v from 'valibot';
import type { Attribution } from '../engine/attribution';
import { ActionSchema } from '../engine/record-schema';
import type { Action, GameSettings, MonthReport, OpsPlan, Phase, Role, SalesPlan } from '../engine/types';
import type { RoleView } from '../engine/views';
import type { Lesson } from '../ui/present/lesson';

/** Colyseus room names. */
export const TEAM_ROOM = 'team';
export const CONSOLE_ROOM = 'console';

/** Size caps and limits, the same for the server's checks and the client's forms. */
export const LIVE_LIMITS = {
  /** Largest message a client may send, in bytes of its JSON (the WebSocket frame cap is a little above). */
  messageBytes: 16 * 1024,
  /** Largest HTTP body, in bytes (a session may carry an inline scenario). */
  httpBodyBytes: 256 * 1024,
  chatChars: 500,
  noticeChars: 500,
  playerNameChars: 40,
  teamNameChars: 40,
  teamSize: [2, 4],
  graceSeconds: [5, 3600],
  timerSeconds: [10, 3600],
  /** Messages per second a connection may send on average, and the burst it may save up. */
  ratePerSecond: 10,
  rateBurst: 30,
  /** Chat lines kept per team and sent on join. */
  chatHistory: 100,
} as const;

// ---- Shared pieces -------------------------------------------------------------------------------

/** Whether the session has started, and whether it is over. */
export type SessionStatus = 'waiting' | 'running' | 'ended';
/** Who forms teams: players create and join them, or only the instructor creates them. */
export type TeamForming = 'players' | 'instructor';

/** An error as a client receives it: a machine code and a sentence a person can act on. */
export interface LiveError {
  code:
    | 'invalid'
    | 'tooLarge'
    | 'rateLimited'
    | 'notYourTurn'
    | 'refused'
    | 'paused'
    | 'held'
    | 'notStarted'
    | 'ended'
    | 'chatOff'
    | 'storage'
    | 'notFound'
    | 'forbidden';
  message: string;
}

const text = (min: number, max: number, what: string) => {
  const message = `${what} must be text of ${min} to ${max} characters`;
  return v.pipe(
    v.string(message),
    v.check((s) => s.trim().length >= min && s.length <= max, message),
  );
};
const whole = (min: number, max: number, what: string) => {
  const message = `${what} must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, message),
  );
};
const token = v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a valid token'));

// ---- HTTP API ------------------------------------------------------------------------------------

/** POST /api/live/sessions: what the instructor chooses. Omitted seed → the server draws one. */
export interface CreateSessionRequest {
  name: string;
  scenarioId: string;
  /** An instructor's own scenario (validated by the engine). */
  scenario?: unknown;
  rounds: number;
  rotateEvery: number;
  seed?: string;
  teamSize: number;
  weights?: { alignment: number; balance: number; execution: number };
  suggest: boolean;
  timerSeconds: number | null;
  teamForming: TeamForming;
  /** Engine bot ids that play a seat whose player is gone (e.g. 'planner'). */
  botPersonas: { sales: string; ops: string };
  graceSeconds: number;
}

/** Schema of CreateSessionRequest (the engine checks the scenario, rounds, weights and seed further). */
export const CreateSessionSchema = v.strictObject({
  name: v.string('The session name must be text'),
  scenarioId: v.string('The scenario id must be text'),
  scenario: v.optional(v.unknown()),
  rounds: v.number('The rounds must be a number'),
  rotateEvery: v.number('The rotation must be a number'),
  seed: v.optional(v.string('The seed must be text')),
  teamSize: whole(LIVE_LIMITS.teamSize[0], LIVE_LIMITS.teamSize[1], 'The team size'),
  weights: v.optional(v.unknown()),
  suggest: v.boolean('Suggest must be true or false'),
  timerSeconds: v.nullable(whole(LIVE_LIMITS.timerSeconds[0], LIVE_LIMITS.timerSeconds[1], 'The timer')),
  teamForming: v.picklist(['players', 'instructor'], "Team forming must be 'players' or 'instructor'"),
  botPersonas: v.strictObject({
    sales: v.string('The Sales bot must be text'),
    ops: v.string('The Operations bot must be text'),
  }),
  graceSeconds: whole(LIVE_LIMITS.graceSeconds[0], LIVE_LIMITS.graceSeconds[1], 'The grace period'),
});

/** The answer to creating a session. The console link is /console.html?session=ID#token=TOKEN. */
export interface CreateSessionResponse {
  sessionId: string;
  joinCode: string;
  consoleToken: string;
}

/** One team as a player choosing a team sees it (GET /api/live/join/:code). */
export interface JoinTeam {
  teamId: string;
  name: string;
  players: string[];
  /** Whether a new player can still take a seat (not full, game not started). */
  open: boolean;
}

/** GET /api/live/join/:code: nothing secret (no seed, no world). */
export interface JoinInfo {
  sessionName: string;
  scenarioName: string;
  rounds: number;
  teamSize: number;
  teamForming: TeamForming;
  status: SessionStatus;
  teams: JoinTeam[];
}

/** POST /api/live/teams: a player (teamForming 'players') creates a team, then joins its room. */
export interface CreateTeamRequest {
  joinCode: string;
  name: string;
}
/** The created team. */
export interface CreateTeamResponse {
  teamId: string;
}

/** Schema of CreateTeamRequest. */
export const CreateTeamSchema = v.strictObject({
  joinCode: v.pipe(v.string('must be text'), v.regex(/^[0-9A-Za-z-]{6,24}$/, 'is not a join code')),
  name: text(1, LIVE_LIMITS.teamNameChars, 'The team name'),
});

// ---- Joining rooms -------------------------------------------------------------------------------

/** Options of joining a team room (client.joinOrCreate('team', options)). */
export interface TeamJoinOptions {
  joinCode: string;
  teamId: string;
  playerName: string;
  /** Kept by the device (localStorage); a returning device reclaims its seat with it. */
  playerToken?: string;
}

/** Schema of TeamJoinOptions. */
export const TeamJoinSchema = v.object({
  joinCode: CreateTeamSchema.entries.joinCode,
  teamId: token,
  playerName: text(1, LIVE_LIMITS.playerNameChars, 'Your name'),
  playerToken: v.optional(token),
});

/** Options of joining the console room (client.joinOrCreate('console', options)). */
export interface ConsoleJoinOptions {
  sessionId: string;
  consoleToken: string;
}

/** Schema of ConsoleJoinOptions. */
export const ConsoleJoinSchema = v.object({ sessionId: token, consoleToken: token });

// ---- Team room: client → server ------------------------------------------------------------------

/** "action": one engine action for this seat's role; answered by "ack" with the same seq. */
export interface ActionMessage {
  seq: number;
  action: Action;
}
/** "chat": a line to the team (plain text, never HTML). */
export interface ChatSend {
  text: string;
}

/** Schemas of what a player's device may send, by message type. */
export const TEAM_CLIENT_SCHEMAS = {
  action: v.strictObject({ seq: whole(0, 1e9, 'seq'), action: ActionSchema }),
  chat: v.strictObject({ text: text(1, LIVE_LIMITS.chatChars, 'A chat message') }),
} as const;

// ---- Team room: server → client ------------------------------------------------------------------

/** "welcome": sent once on join; keep playerToken to come back to the same seat. */
export interface WelcomeMessage {
  playerId: string;
  playerToken: string;
  teamId: string;
  teamName: string;
}

/** "ack": the action was stored and applied, or why not (the engine's reason when the rules refuse). */
export type AckMessage =
  | { seq: number; ok: true; step: number }
  | { seq: number; ok: false; error: LiveError };

/** A player of the team as every teammate sees them. */
export interface SeatPlayer {
  name: string;
  /** The role this month, or null (observer this month, or joined after the start). */
  role: Role | null;
  connected: boolean;
  /** True while the session's bot plays for this player (gone longer than the grace period). */
  bot: boolean;
  /** The player's seat in the rotation (0-based, join order); always sent by the server. */
  seat?: number | null;
}

/** What an observer (a player without a role this month) sees: the team's shared picture. */
export type ObserverView = Omit<RoleView, 'role'> & { role: null };

/** "seat": the whole picture of one seat, sent after every change. */
export interface SeatMessage {
  teamName: string;
  status: SessionStatus;
  month: number;
  rounds: number;
  phase: Phase;
  /** Actions applied so far (the record's length). */
  step: number;
  myRole: Role | null;
  players: SeatPlayer[];
  /** Seats in the rotation (the session's team size; a seat nobody took is played by the bot). */
  seatCount: number;
  waitingFor: { role: Role; name: string } | null;
  /** The engine's role view for my role, or the shared team picture for an observer. */
  view: RoleView | ObserverView;
  consensus: {
    salesPlan: SalesPlan | null;
    opsPlan: OpsPlan | null;
    revisions: { sales: boolean; ops: boolean };
    signOffs: { sales: boolean; ops: boolean };
  } | null;
  /** The last executed month's report (same for every seat), redacted of others' unshared cards; only in the
   * 'report' and 'finished' phases (null otherwise: every month stays in the "history" message). */
  lastReport: MonthReport | null;
  /** The last report's top causes and lesson in words (worked out on the server: they need the world); with lastReport. */
  reportWords: ReportWords | null;
  /** The game's settings (rounds, rotation, weights). */
  settings: GameSettings;
  suggest: boolean;
  chatEnabled: boolean;
  paused: boolean;
  heldAtMonth: number | null;
  timer: { endsAt: number; remainingMs: number; seconds: number } | null;
  /** The result code (the whole record): only once the team's game is finished. */
  resultCode: string | null;
}

/** "history": every month report so far as this seat may see them (another role's unshared card ids
 * replaced by "hidden"). Sent on join and whenever it changes; seat.view.history is always [] — put
 * these reports into it on the device. */
export interface HistoryMessage {
  reports: MonthReport[];
  /** Each report's lost points and causes (the device cannot work them out: it needs the world). */
  attributions: Attribution[];
}

/** A month report's words for the round report screen. */
export interface ReportWords {
  /** The top three causes of lost points, as sentences (topCauses(report, game, 3)[i].text). */
  causes: string[];
  lesson: Lesson;
}

/** "chat" (one line) and "chat-history" (ChatLine[] on join). */
export interface ChatLine {
  from: string;
  text: string;
  /** Server time, ms. */
  at: number;
}

/** "notice": a message from the instructor. */
export interface NoticeMessage {
  text: string;
  at: number;
}

/** "error": a malformed, oversize, unknown or too-frequent message. */
export interface ErrorMessage {
  error: LiveError;
}

// ---- Console room --------------------------------------------------------------------------------

/** Schemas of what the console may send, by message type. */
export const CONSOLE_CLIENT_SCHEMAS = {
  start: v.strictObject({}),
  pause: v.strictObject({}),
  resume: v.strictObject({}),
  end: v.strictObject({}),
  pace: v.strictObject({ holdAtMonth: v.nullable(whole(0, 24, 'holdAtMonth')) }),
  timer: v.strictObject({
    seconds: v.nullable(whole(LIVE_LIMITS.timerSeconds[0], LIVE_LIMITS.timerSeconds[1], 'The timer')),
  }),
  chat: v.strictObject({ offMonths: v.pipe(v.array(whole(1, 24, 'A month')), v.maxLength(24)) }),
  message: v.strictObject({
    teamId: v.nullable(token),
    text: text(1, LIVE_LIMITS.noticeChars, 'The message'),
  }),
  createTeam: v.strictObject({ name: text(1, LIVE_LIMITS.teamNameChars, 'The team name') }),
} as const;

/** One team's line on the console (score parts 0–100, means over the months played, as the leaderboard). */
export interface ConsoleTeam {
  teamId: string;
  name: string;
  month: number;
  phase: Phase;
  step: number;
  waitingFor: { role: Role; name: string } | null;
  players: SeatPlayer[];
  score: number;
  alignment: number;
  balance: number;
  execution: number;
  profitCents: number;
  finished: boolean;
  resultCode: string | null;
}

/** "session": the session's settings and pace as the console shows them. */
export interface ConsoleSession {
  sessionId: string;
  name: string;
  joinCode: string;
  scenarioName: string;
  rounds: number;
  teamSize: number;
  teamForming: TeamForming;
  status: SessionStatus;
  paused: boolean;
  heldAtMonth: number | null;
  timerSeconds: number | null;
  chatOffMonths: number[];
}

/** "teams": every team, sent on every change (throttled). Console replies also use "error". */
export type TeamsMessage = ConsoleTeam[];

// ---- Validation ----------------------------------------------------------------------------------

/** A message's byte size as JSON (what the size cap counts); Infinity when it cannot be measured. */
export function messageBytes(message: unknown): number {
  try {
    const json = JSON.stringify(message);
    return json === undefined ? 0 : new TextEncoder().encode(json).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Checks an untrusted message against its schema and the size cap: the typed value or a LiveError. */
export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; error: LiveError } {
  if (messageBytes(message) > LIVE_LIMITS.messageBytes)
    return {
      ok: false,
      error: { code: 'tooLarge', message: `A message may be at most ${LIVE_LIMITS.messageBytes} bytes.` },
    };
  const parsed = v.safeParse(schema, message);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return {
    ok: false,
    error: { code: 'invalid', message: path ? `${path}: ${issue.message}` : issue.message },
  };
}
