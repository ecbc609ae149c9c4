/**
 * The live server's HTTP API (JSON, size-capped, errors as {error}): create a session, look up a join
 * code, create a team, the results as CSV for the console, and a health check.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Presence } from '@colyseus/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { isOpsBotId, isSalesBotId } from '../engine';
import { leaderboardCsv, rankEntries, type VerifiedEntry, verifyCode } from '../engine/classroom';
import { type SessionConfig, validateSessionConfig } from '../engine/codes';
import {
  type CreateSessionResponse,
  CreateSessionSchema,
  CreateTeamSchema,
  type JoinInfo,
  LIVE_LIMITS,
  parseMessage,
  type TeamRecordResponse,
} from '../net/protocol';
import { consoleChannel } from './context';
import type { Database } from './database';
import { RateLimiter } from './rate-limit';
import { hashToken, newJoinCode, normaliseJoinCode, randomId, randomToken } from './secrets';
import { processStats } from './stats';
import * as store from './store';
import { sessionScenario } from './team-game';
import { loadTeamView } from './team-loader';

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** Wraps an async route so a thrown error becomes a 500 reply with a sentence, never a crash. */
const route = (handler: Handler) => (req: Request, res: Response, next: NextFunction) => {
  handler(req, res).catch(next);
};

const fail = (res: Response, status: number, error: string) => res.status(status).json({ error });

async function createSession(db: Database, body: unknown, res: Response) {
  const parsed = parseMessage(CreateSessionSchema, body);
  if (!parsed.ok) return fail(res, 400, parsed.error.message);
  const request = parsed.value;
  if (!isSalesBotId(request.botPersonas.sales))
    return fail(res, 400, `There is no Sales bot "${request.botPersonas.sales}".`);
  if (!isOpsBotId(request.botPersonas.ops))
    return fail(res, 400, `There is no Operations bot "${request.botPersonas.ops}".`);
  const seed = request.seed?.trim() ? request.seed.trim() : randomToken(9);
  const checked = validateSessionConfig({
    name: request.name,
    scenarioId: request.scenarioId,
    ...(request.scenario !== undefined ? { scenario: request.scenario } : {}),
    seed,
    rounds: request.rounds,
    rotateEvery: request.rotateEvery,
    ...(request.weights !== undefined ? { weights: request.weights } : {}),
    suggest: request.suggest,
    ...(request.timerSeconds !== null ? { timerSeconds: request.timerSeconds } : {}),
  });
  if (!checked.ok) return fail(res, 400, checked.error);
  const config: SessionConfig = checked.value;
  const settings = {
    config,
    teamSize: request.teamSize,
    teamForming: request.teamForming,
    botPersonas: request.botPersonas,
    graceSeconds: request.graceSeconds,
  };
  if (!sessionScenario(settings))
    return fail(res, 400, `There is no scenario called "${config.scenarioId}".`);
  const consoleToken = randomToken(24);
  const row = {
    id: randomId('session'),
    joinCode: newJoinCode(),
    consoleTokenHash: hashToken(consoleToken),
    settings,
    status: 'waiting' as const,
    paused: false,
    heldAtMonth: null,
    timerSeconds: request.timerSeconds,
    chatOffMonths: [],
  };
  await store.insertSession(db, row);
  const answer: CreateSessionResponse = { sessionId: row.id, joinCode: row.joinCode, consoleToken };
  return res.status(201).json(answer);
}

async function joinInfo(db: Database, code: string, res: Response) {
  const joinCode = normaliseJoinCode(code);
  const session = joinCode ? await store.sessionByJoinCode(db, joinCode) : null;
  if (!session) return fail(res, 404, 'No session has this join code. Check it with your instructor.');
  const [teams, players] = await Promise.all([
    store.teamsOfSession(db, session.id),
    store.playersOfSession(db, session.id),
  ]);
  const { config, teamSize, teamForming } = session.settings;
  const info: JoinInfo = {
    sessionName: config.name,
    scenarioName: sessionScenario(session.settings)?.name ?? config.scenarioId,
    rounds: config.rounds,
    teamSize,
    teamForming,
    status: session.status,
    teams: teams.map((team) => {
      const names = players.filter((p) => p.teamId === team.id).map((p) => p.name);
      return {
        teamId: team.id,
        name: team.name,
        players: names,
        open: names.length < teamSize && session.status !== 'ended',
      };
    }),
  };
  return res.json(info);
}

async function createTeam(db: Database, presence: () => Presence, body: unknown, res: Response) {
  const parsed = parseMessage(CreateTeamSchema, body);
  if (!parsed.ok) return fail(res, 400, parsed.error.message);
  const joinCode = normaliseJoinCode(parsed.value.joinCode);
  const session = joinCode ? await store.sessionByJoinCode(db, joinCode) : null;
  if (!session) return fail(res, 404, 'No session has this join code. Check it with your instructor.');
  if (session.settings.teamForming !== 'players')
    return fail(res, 403, 'Your instructor forms the teams: join one of theirs.');
  if (session.status === 'ended') return fail(res, 403, 'This session has ended.');
  const team = {
    id: randomId('team'),
    sessionId: session.id,
    name: parsed.value.name.trim(),
    suggestUsed: 0,
  };
  if (!(await store.insertTeam(db, team)))
    return fail(res, 409, `A team called "${team.name}" already exists: pick another name or join it.`);
  const now = Date.now();
  const view = await loadTeamView(db, team, session, now);
  await presence().publish(consoleChannel(session.id), view.consoleLine(now));
  return res.status(201).json({ teamId: team.id });
}

/** Whether the request carries the session's console token (Authorization: Bearer …). */
function consoleAuthorised(req: Request, session: store.LiveSessionRow): boolean {
  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const hash = Buffer.from(hashToken(token));
  const expected = Buffer.from(session.consoleTokenHash);
  return token !== '' && hash.length === expected.length && timingSafeEqual(hash, expected);
}

async function resultsCsv(db: Database, req: Request, res: Response) {
  const session = await store.sessionById(db, String(req.params.id));
  if (!session) return fail(res, 404, 'There is no such session.');
  if (!consoleAuthorised(req, session)) return fail(res, 403, 'This needs the console link of the session.');
  const entries: VerifiedEntry[] = [];
  const now = Date.now();
  for (const team of await store.teamsOfSession(db, session.id)) {
    const code = (await loadTeamView(db, team, session, now)).resultCode();
    if (!code) continue;
    const verified = verifyCode(code, { session: session.settings.config });
    if (verified.ok) entries.push(verified.entry);
  }
  res.type('text/csv').attachment(`${session.settings.config.name.replace(/[^\w-]+/g, '-')}-results.csv`);
  return res.send(leaderboardCsv(rankEntries(entries)));
}

/**
 * A team's record so far, for the console's "months so far": every move made, with the seed (the console
 * holds the instructor's token, and the instructor sees the whole world anyway once the result codes come).
 */
async function teamRecord(db: Database, req: Request, res: Response) {
  const session = await store.sessionById(db, String(req.params.id));
  if (!session) return fail(res, 404, 'There is no such session.');
  if (!consoleAuthorised(req, session)) return fail(res, 403, 'This needs the console link of the session.');
  const team = await store.teamById(db, String(req.params.teamId));
  if (!team || team.sessionId !== session.id) return fail(res, 404, 'There is no such team in this session.');
  const view = await loadTeamView(db, team, session, Date.now());
  const response: TeamRecordResponse = { record: view.recordSoFar(), finished: view.game.finished };
  return res.json(response);
}

/** Per-address allowance for creating sessions and teams (a script cannot fill the database). */
function postLimiter(perSecond: number) {
  const buckets = new Map<string, RateLimiter>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || perSecond <= 0) return next();
    const address = req.ip ?? 'unknown';
    let bucket = buckets.get(address);
    if (!bucket) {
      if (buckets.size > 10_000) buckets.clear();
      bucket = new RateLimiter(perSecond, 30);
      buckets.set(address, bucket);
    }
    if (bucket.take()) return next();
    return fail(res, 429, 'Too many requests from this address: wait a moment and try again.');
  };
}

/** Mounts the API on an express app (with its JSON body cap, a per-address limit on creating, and error replies). */
export function mountLiveApi(
  app: express.Application,
  db: Database,
  presence: () => Presence,
  postsPerSecond: number,
): void {
  const api = express.Router();
  api.use(postLimiter(postsPerSecond));
  api.use(express.json({ limit: LIVE_LIMITS.httpBodyBytes }));
  api.post(
    '/sessions',
    route((req, res) => createSession(db, req.body, res)),
  );
  api.get(
    '/join/:code',
    route((req, res) => joinInfo(db, String(req.params.code), res)),
  );
  api.post(
    '/teams',
    route((req, res) => createTeam(db, presence, req.body, res)),
  );
  api.get(
    '/sessions/:id/results.csv',
    route((req, res) => resultsCsv(db, req, res)),
  );
  api.get(
    '/sessions/:id/teams/:teamId/record',
    route((req, res) => teamRecord(db, req, res)),
  );
  api.get(
    '/health',
    route(async (_req, res) => {
      await db.query('SELECT 1');
      return res.json({ ok: true, database: db.kind });
    }),
  );
  api.get('/stats', (_req, res) => {
    res.json(processStats());
  });
  api.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      if (error.type === 'entity.too.large')
        return fail(res, 413, `The request is larger than ${LIVE_LIMITS.httpBodyBytes} bytes.`);
      if (error.type === 'entity.parse.failed') return fail(res, 400, 'The request is not valid JSON.');
      console.error(`HTTP API: ${error.message}`);
      return fail(res, 503, 'The server could not reach its database. Try again in a moment.');
    },
  );
  app.use('/api/live', api);
}
