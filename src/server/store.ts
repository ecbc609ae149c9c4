/** The live server's rows: sessions, teams, players, the append-only action log and chat, in SQL both databases run. */
import type { SessionConfig } from '../engine/codes';
import type { Action } from '../engine/types';
import type { SessionStatus, TeamForming } from '../net/protocol';
import type { Database } from './database';

/** What a live session fixes at creation (the seed and the world stay on the server). */
export interface LiveSessionSettings {
  /** The engine's session config, seed included: the source of the session code in every record. */
  config: SessionConfig;
  teamSize: number;
  teamForming: TeamForming;
  botPersonas: { sales: string; ops: string };
  graceSeconds: number;
}

/** A session row: its settings plus what the console changes while it runs. */
export interface LiveSessionRow {
  id: string;
  joinCode: string;
  consoleTokenHash: string;
  settings: LiveSessionSettings;
  status: SessionStatus;
  paused: boolean;
  heldAtMonth: number | null;
  timerSeconds: number | null;
  chatOffMonths: number[];
}

/** The parts of a session the console may change. */
export type SessionControls = Pick<
  LiveSessionRow,
  'status' | 'paused' | 'heldAtMonth' | 'timerSeconds' | 'chatOffMonths'
>;

/** A team row. */
export interface TeamRow {
  id: string;
  sessionId: string;
  name: string;
  /** Times a player of the team filled a turn's plan in with Suggest (the record's play.suggestUsed). */
  suggestUsed: number;
}

/** A player row; seat is null for a player who joined a full team (an observer in every month). */
export interface PlayerRow {
  id: string;
  teamId: string;
  name: string;
  seat: number | null;
  tokenHash: string;
}

/** One line of team chat as stored. */
export interface ChatRow {
  sender: string;
  text: string;
  at: number;
}

type Row = Record<string, unknown>;
/** jsonb comes back parsed from both drivers; bigint may come back as text. */
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

function sessionOf(row: Row): LiveSessionRow {
  return {
    id: String(row.id),
    joinCode: String(row.join_code),
    consoleTokenHash: String(row.console_token_hash),
    settings: row.config as LiveSessionSettings,
    status: row.status as SessionStatus,
    paused: Boolean(row.paused),
    heldAtMonth: numOrNull(row.held_at_month),
    timerSeconds: numOrNull(row.timer_seconds),
    chatOffMonths: (row.chat_off_months as number[]) ?? [],
  };
}

/** Stores a new session. */
export async function insertSession(db: Database, s: LiveSessionRow): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id, join_code, console_token_hash, config, status, paused, held_at_month, timer_seconds, chat_off_months, created_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9::jsonb, $10)`,
    [
      s.id,
      s.joinCode,
      s.consoleTokenHash,
      JSON.stringify(s.settings),
      s.status,
      s.paused,
      s.heldAtMonth,
      s.timerSeconds,
      JSON.stringify(s.chatOffMonths),
      Date.now(),
    ],
  );
}

/** The session with this id, or null. */
export async function sessionById(db: Database, id: string): Promise<LiveSessionRow | null> {
  const rows = await db.query(`SELECT * FROM sessions WHERE id = $1`, [id]);
  return rows[0] ? sessionOf(rows[0]) : null;
}

/** The session with this (normalised) join code, or null. */
export async function sessionByJoinCode(db: Database, joinCode: string): Promise<LiveSessionRow | null> {
  const rows = await db.query(`SELECT * FROM sessions WHERE join_code = $1`, [joinCode]);
  return rows[0] ? sessionOf(rows[0]) : null;
}

/** Saves what the console changed. */
export async function updateSessionControls(db: Database, id: string, c: SessionControls): Promise<void> {
  await db.query(
    `UPDATE sessions SET status = $2, paused = $3, held_at_month = $4, timer_seconds = $5, chat_off_months = $6::jsonb WHERE id = $1`,
    [id, c.status, c.paused, c.heldAtMonth, c.timerSeconds, JSON.stringify(c.chatOffMonths)],
  );
}

/** Stores a new team; false when the session already has a team of that name. */
export async function insertTeam(db: Database, team: TeamRow): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO teams (id, session_id, name, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (session_id, name) DO NOTHING RETURNING id`,
    [team.id, team.sessionId, team.name, Date.now()],
  );
  return rows.length === 1;
}

function teamOf(row: Row): TeamRow {
  return {
    id: String(row.id),
    sessionId: String(row.session_id),
    name: String(row.name),
    suggestUsed: Number(row.suggest_used),
  };
}

/** The team with this id, or null. */
export async function teamById(db: Database, id: string): Promise<TeamRow | null> {
  const rows = await db.query(`SELECT id, session_id, name, suggest_used FROM teams WHERE id = $1`, [id]);
  return rows[0] ? teamOf(rows[0]) : null;
}

/** Counts one use of Suggest by a player of the team. */
export async function countSuggestUse(db: Database, teamId: string): Promise<void> {
  await db.query(`UPDATE teams SET suggest_used = suggest_used + 1 WHERE id = $1`, [teamId]);
}

/** Every team of a session, oldest first. */
export async function teamsOfSession(db: Database, sessionId: string): Promise<TeamRow[]> {
  const rows = await db.query(
    `SELECT id, session_id, name, suggest_used FROM teams WHERE session_id = $1 ORDER BY created_at, id`,
    [sessionId],
  );
  return rows.map(teamOf);
}

function playerOf(row: Row): PlayerRow {
  return {
    id: String(row.id),
    teamId: String(row.team_id),
    name: String(row.name),
    seat: numOrNull(row.seat),
    tokenHash: String(row.token_hash),
  };
}

/** The players of a team in the order they joined. */
export async function playersOfTeam(db: Database, teamId: string): Promise<PlayerRow[]> {
  const rows = await db.query(`SELECT * FROM players WHERE team_id = $1 ORDER BY joined_at, id`, [teamId]);
  return rows.map(playerOf);
}

/** Players of every team of a session (for the join page). */
export async function playersOfSession(db: Database, sessionId: string): Promise<PlayerRow[]> {
  const rows = await db.query(
    `SELECT p.* FROM players p JOIN teams t ON t.id = p.team_id WHERE t.session_id = $1 ORDER BY p.joined_at, p.id`,
    [sessionId],
  );
  return rows.map(playerOf);
}

/** Stores a new player. */
export async function insertPlayer(db: Database, p: PlayerRow): Promise<void> {
  await db.query(
    `INSERT INTO players (id, team_id, token_hash, name, seat, joined_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [p.id, p.teamId, p.tokenHash, p.name, p.seat, Date.now()],
  );
}

/** Renames a returning player (the device may send a corrected name). */
export async function renamePlayer(db: Database, id: string, name: string): Promise<void> {
  await db.query(`UPDATE players SET name = $2 WHERE id = $1`, [id, name]);
}

/** A team's actions in order: the record's decisions, from which its state is replayed. */
export async function actionsOfTeam(db: Database, teamId: string): Promise<Action[]> {
  const rows = await db.query(`SELECT action FROM actions WHERE team_id = $1 ORDER BY step`, [teamId]);
  return rows.map((row) => row.action as Action);
}

/** Stores a chat line. */
export async function insertChat(db: Database, teamId: string, line: ChatRow): Promise<void> {
  await db.query(`INSERT INTO chat (team_id, sender, text, at) VALUES ($1, $2, $3, $4)`, [
    teamId,
    line.sender,
    line.text,
    line.at,
  ]);
}

/** The team's last `limit` chat lines, oldest first. */
export async function recentChat(db: Database, teamId: string, limit: number): Promise<ChatRow[]> {
  const rows = await db.query(
    `SELECT sender, text, at FROM chat WHERE team_id = $1 ORDER BY id DESC LIMIT $2`,
    [teamId, limit],
  );
  return rows
    .reverse()
    .map((row) => ({ sender: String(row.sender), text: String(row.text), at: num(row.at) }));
}
