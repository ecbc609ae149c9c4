/**
 * `npm run bench:live -- --teams N [--url URL]... [--rounds R] [--think-ms MS] [--json]`: N teams of two bot
 * players play whole games over real WebSockets (with several --url, a team's two players connect to
 * different processes). Each bot thinks 0.5–1.5 × MS (default 1000) before a move, as a person would;
 * --think-ms 0 makes it a saturation test. Prints {teams, players, actions, p50Ms, p95Ms, p99Ms, errors, lost} and the server's
 * per-action cost. Without --url it starts one server process (PGlite) and stops it afterwards.
 */
import { loadavg } from 'node:os';
import { decodeResultCode } from '../../engine/codes';
import { BotPlayer } from './bot-client';
import { ConsoleClient, createSession, createTeam, sessionRequest } from './live-session';
import { freshPgliteDir, type ServerProcess, startServer } from './spawn-server';

interface Options {
  teams: number;
  urls: string[];
  rounds: number;
  json: boolean;
  minutes: number;
  thinkMs: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { teams: 10, urls: [], rounds: 12, json: false, minutes: 15, thinkMs: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--teams') options.teams = Number(next());
    else if (arg === '--url') options.urls.push(next());
    else if (arg === '--rounds') options.rounds = Number(next());
    else if (arg === '--minutes') options.minutes = Number(next());
    else if (arg === '--think-ms') options.thinkMs = Number(next());
    else if (arg === '--json') options.json = true;
    else
      throw new Error(
        `Unknown option ${arg} (use --teams N, --url URL, --rounds R, --think-ms MS, --minutes M, --json)`,
      );
  }
  if (!Number.isInteger(options.teams) || options.teams < 1)
    throw new Error('--teams must be a whole number ≥ 1');
  return options;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

type Stats = { actions: number; actionMs: number; cpuMs: number };
async function serverStats(url: string): Promise<Stats> {
  return (await (await fetch(new URL('/api/live/stats', url))).json()) as Stats;
}

/** Connects `players` a few at a time (a room of 500 does not all join in the same millisecond). */
async function connectAll(players: BotPlayer[], batch = 20): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < players.length; i += batch) {
    const results = await Promise.allSettled(players.slice(i, i + batch).map((p) => p.connect()));
    for (const r of results)
      if (r.status === 'rejected') failures.push(`join: ${(r.reason as Error).message}`);
  }
  return failures;
}

/** Acknowledged actions missing from (or different in) the team's released record, plus unfinished teams. */
function lostActions(team: BotPlayer[]): number {
  const code = team.find((p) => p.seat?.resultCode)?.seat?.resultCode;
  const acked = team.flatMap((p) => p.stats.acked);
  if (!code) return acked.length || 1;
  const record = decodeResultCode(code);
  if (!record.ok) return acked.length || 1;
  return acked.filter(
    ({ step, action }) => JSON.stringify(record.value.actions[step - 1]) !== JSON.stringify(action),
  ).length;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let own: ServerProcess | null = null;
  if (options.urls.length === 0) {
    own = await startServer({ DATA_DIR: await freshPgliteDir(), API_POSTS_PER_SECOND: '0' });
    options.urls.push(own.url);
  }
  const urls = options.urls;
  const session = await createSession(
    urls[0],
    sessionRequest({ name: 'bench:live', rounds: options.rounds, scenarioId: 'seasonal-peak' }),
  );
  const teams: BotPlayer[][] = [];
  for (let t = 0; t < options.teams; t++) {
    const teamId = await createTeam(urls[0], session.joinCode, `Team ${t + 1}`);
    const join = (name: string) => ({ joinCode: session.joinCode, teamId, playerName: name });
    teams.push([
      new BotPlayer({ url: urls[t % urls.length], join: join(`S${t + 1}`), thinkMs: options.thinkMs }),
      new BotPlayer({ url: urls[(t + 1) % urls.length], join: join(`O${t + 1}`), thinkMs: options.thinkMs }),
    ]);
  }
  const players = teams.flat();
  const joinFailures = await connectAll(players);
  const instructor = new ConsoleClient();
  await instructor.connect(urls[0], session.sessionId, session.consoleToken);
  const before = await Promise.all(urls.map(serverStats));
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  instructor.send('start');
  const deadline = new Promise((resolve) => setTimeout(resolve, options.minutes * 60_000));
  await Promise.race([Promise.all(players.filter((p) => p.connected).map((p) => p.finished())), deadline]);
  const seconds = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const after = await Promise.all(urls.map(serverStats));
  const trips = players.flatMap((p) => p.stats.roundTripsMs).sort((a, b) => a - b);
  const serverActions = after.reduce((s, a, i) => s + a.actions - before[i].actions, 0);
  const serverCpuMs = after.reduce((s, a, i) => s + a.cpuMs - before[i].cpuMs, 0);
  const serverActionMs = after.reduce((s, a, i) => s + a.actionMs - before[i].actionMs, 0);
  const result = {
    teams: options.teams,
    players: players.length,
    processes: urls.length,
    rounds: options.rounds,
    thinkMs: options.thinkMs,
    actions: trips.length,
    p50Ms: percentile(trips, 50),
    p95Ms: percentile(trips, 95),
    p99Ms: percentile(trips, 99),
    errors: joinFailures.length + players.reduce((s, p) => s + p.stats.errors.length, 0),
    lost: teams.reduce((s, team) => s + lostActions(team), 0),
    seconds: Math.round(seconds * 10) / 10,
    serverActions,
    serverCpuMsPerAction: serverActions ? Math.round((serverCpuMs / serverActions) * 1000) / 1000 : null,
    serverMsPerAction: serverActions ? Math.round((serverActionMs / serverActions) * 1000) / 1000 : null,
    /** Share of one core the server processes and this bot process used while the games ran. */
    serverCpuPercent: Math.round((serverCpuMs / 10 / seconds) * 10) / 10,
    botsCpuPercent: Math.round(((clientCpu.user + clientCpu.system) / 1e4 / seconds) * 10) / 10,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  if (options.json) console.log(JSON.stringify(result));
  else {
    console.log(result);
    const sample = [...joinFailures, ...players.flatMap((p) => p.stats.errors)].slice(0, 5);
    if (sample.length) console.log('first errors:', sample);
  }
  await Promise.all(players.map((p) => p.disconnect()));
  await instructor.close();
  await own?.stop();
  process.exit(result.errors === 0 && result.lost === 0 ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(`bench:live: ${error.message}`);
  process.exit(2);
});
