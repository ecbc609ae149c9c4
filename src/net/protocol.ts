/**
 * The live-session protocol shared by the server (src/server) and the browser (src/net): joining rooms
 * and the team room's messages here; room names, size caps and validation in protocol-base.ts, the HTTP
 * API in protocol-http.ts, the console room in protocol-console.ts (all re-exported from here).
 * Pure: no Node, no DOM.
 */
import * as v from 'valibot';
import type { Attribution } from '../engine/attribution';
import type { Lesson } from '../engine/debrief/month-lesson';
import { ActionSchema } from '../engine/record-schema';
import type { Action, GameSettings, MonthReport, OpsPlan, Phase, Role, SalesPlan } from '../engine/types';
import type { RoleView } from '../engine/views';
import {
  LIVE_LIMITS,
  type LiveError,
  type SessionStatus,
  textField,
  tokenField,
  wholeField,
} from './protocol-base';
import { CreateTeamSchema } from './protocol-http';

export * from './protocol-base';
export * from './protocol-console';
export * from './protocol-http';

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
  teamId: tokenField,
  playerName: textField(1, LIVE_LIMITS.playerNameChars, 'Your name'),
  playerToken: v.optional(tokenField),
});

/** Options of joining the console room (client.joinOrCreate('console', options)). */
export interface ConsoleJoinOptions {
  sessionId: string;
  consoleToken: string;
}

/** Schema of ConsoleJoinOptions. */
export const ConsoleJoinSchema = v.object({ sessionId: tokenField, consoleToken: tokenField });

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

/** "suggested": the player filled their turn's plan in with Suggest (counted in the record; no answer). */
export type SuggestedMessage = Record<string, never>;

/** Schemas of what a player's device may send, by message type. */
export const TEAM_CLIENT_SCHEMAS = {
  action: v.strictObject({ seq: wholeField(0, 1e9, 'seq'), action: ActionSchema }),
  chat: v.strictObject({ text: textField(1, LIVE_LIMITS.chatChars, 'A chat message') }),
  suggested: v.strictObject({}),
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
