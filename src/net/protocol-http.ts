/** The live server's HTTP API bodies (src/server/http-api.ts), shared with the browser. */
import * as v from 'valibot';
import type { GameRecord } from '../engine/types';
import { LIVE_LIMITS, type SessionStatus, type TeamForming, textField, wholeField } from './protocol-base';

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
  teamSize: wholeField(LIVE_LIMITS.teamSize[0], LIVE_LIMITS.teamSize[1], 'The team size'),
  weights: v.optional(v.unknown()),
  suggest: v.boolean('Suggest must be true or false'),
  timerSeconds: v.nullable(wholeField(LIVE_LIMITS.timerSeconds[0], LIVE_LIMITS.timerSeconds[1], 'The timer')),
  teamForming: v.picklist(['players', 'instructor'], "Team forming must be 'players' or 'instructor'"),
  botPersonas: v.strictObject({
    sales: v.string('The Sales bot must be text'),
    ops: v.string('The Operations bot must be text'),
  }),
  graceSeconds: wholeField(LIVE_LIMITS.graceSeconds[0], LIVE_LIMITS.graceSeconds[1], 'The grace period'),
});

/** The answer to creating a session. The console link is /console.html?session=ID#token=TOKEN. */
export interface CreateSessionResponse {
  sessionId: string;
  joinCode: string;
  consoleToken: string;
}

/**
 * GET /api/live/sessions/:id/teams/:teamId/record (console token): a team's record so far, for the
 * console's "months so far"; the console checks it with the record schema before replaying it.
 */
export interface TeamRecordResponse {
  record: GameRecord;
  finished: boolean;
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
  name: textField(1, LIVE_LIMITS.teamNameChars, 'The team name'),
});
