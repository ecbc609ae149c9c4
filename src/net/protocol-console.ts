/** The instructor console room's messages, shared by the server and the console page. */
import * as v from 'valibot';
import type { Phase, Role } from '../engine/types';
import type { SeatPlayer } from './protocol';
import {
  LIVE_LIMITS,
  type SessionStatus,
  type TeamForming,
  textField,
  tokenField,
  wholeField,
} from './protocol-base';

// ---- Console room --------------------------------------------------------------------------------

/** Schemas of what the console may send, by message type. */
export const CONSOLE_CLIENT_SCHEMAS = {
  start: v.strictObject({}),
  pause: v.strictObject({}),
  resume: v.strictObject({}),
  end: v.strictObject({}),
  pace: v.strictObject({ holdAtMonth: v.nullable(wholeField(0, 24, 'holdAtMonth')) }),
  timer: v.strictObject({
    seconds: v.nullable(wholeField(LIVE_LIMITS.timerSeconds[0], LIVE_LIMITS.timerSeconds[1], 'The timer')),
  }),
  chat: v.strictObject({ offMonths: v.pipe(v.array(wholeField(1, 24, 'A month')), v.maxLength(24)) }),
  message: v.strictObject({
    teamId: v.nullable(tokenField),
    text: textField(1, LIVE_LIMITS.noticeChars, 'The message'),
  }),
  createTeam: v.strictObject({ name: textField(1, LIVE_LIMITS.teamNameChars, 'The team name') }),
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
