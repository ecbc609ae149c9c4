/** What `npm run sim` does, as a function of its arguments and two output sinks: returns the exit code. */
import {
  BUILTIN_SCENARIOS,
  gameScore,
  getScenario,
  newRecord,
  OPS_BOT_IDS,
  parseScenarioJson,
  playGame,
  recordOf,
  replay,
  SALES_BOT_IDS,
} from '../engine';
import { validateRecord } from '../engine/record-schema';
import type { ClaimedResult, GameRecord, Result, Scenario } from '../engine/types';
import { type GameRequest, parseSimArgs, SIM_USAGE, type SimCommand } from './args';
import { EXIT, problemLine, readJsonFile, readTextFile, writeTextFile } from './io';
import { buildReport, type Players, type SimReport } from './report';
import { formatGameTable } from './table';
import { formatTournament, runTournament } from './tournament';

/** Where the CLI writes: stdout for results, stderr for one-line refusals. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A refusal: its one line and its exit code. */
interface Failure {
  code: number;
  message: string;
}

const usage = (message: string): Failure => ({ code: EXIT.usage, message });

/** The scenario a game request names: a built-in, or a validated file. */
function loadScenario(request: GameRequest['scenario']): Result<Scenario, Failure> {
  if (request.kind === 'builtin') {
    const scenario = getScenario(request.id);
    return scenario
      ? { ok: true, value: scenario }
      : { ok: false, error: usage(`unknown scenario "${request.id}"`) };
  }
  const text = readTextFile(request.path);
  if (!text.ok) return { ok: false, error: usage(text.error) };
  const parsed = parseScenarioJson(text.value);
  if (!parsed.ok)
    return { ok: false, error: usage(`invalid scenario in ${request.path}: ${problemLine(parsed.error)}`) };
  return { ok: true, value: parsed.value };
}

function printReport(report: SimReport, json: boolean, out: Output): void {
  out.stdout(json ? `${JSON.stringify(report)}\n` : `${formatGameTable(report)}\n`);
}

function play(command: Extract<SimCommand, { mode: 'play' }>, out: Output): Failure | null {
  const { game } = command;
  const scenario = loadScenario(game.scenario);
  if (!scenario.ok) return scenario.error;
  const settings = { rounds: game.rounds ?? scenario.value.suggestedRounds, rotateEvery: 1 };
  const { state, actions } = playGame(scenario.value, game.seed, settings, game.sales, game.ops);
  if (command.recordOut !== undefined) {
    const base = newRecord(scenario.value, game.seed, settings, {
      team: { name: 'CLI', players: [game.sales, game.ops] },
    });
    const written = writeTextFile(command.recordOut, `${JSON.stringify(recordOf(base, actions, state))}\n`);
    if (!written.ok) return usage(written.error);
  }
  printReport(buildReport(state, { salesBot: game.sales, opsBot: game.ops }), command.json, out);
  return null;
}

/** The bots a record names, when it was written by `--record-out`. */
export function recordPlayers(record: GameRecord): Players {
  const players = record.team?.name === 'CLI' ? record.team.players : [];
  return players.length === 2
    ? { salesBot: players[0], opsBot: players[1] }
    : { salesBot: null, opsBot: null };
}

/** The fields where a claimed result differs from the replayed one, as "total: claimed 80, replay 79". */
export function claimMismatches(claimed: ClaimedResult, actual: ClaimedResult): string[] {
  const keys = ['total', 'alignment', 'balance', 'execution', 'profitCents', 'months'] as const;
  return keys
    .filter((key) => claimed[key] !== actual[key])
    .map((key) => `${key}: claimed ${claimed[key]}, replay ${actual[key]}`);
}

function replayFile(command: Extract<SimCommand, { mode: 'replay' }>, out: Output): Failure | null {
  const data = readJsonFile(command.path);
  if (!data.ok) return usage(data.error);
  const record = validateRecord(data.value);
  if (!record.ok) return usage(`${command.path} is not a valid record: ${record.error}`);
  const replayed = replay(record.value);
  if (!replayed.ok) return usage(`${command.path} cannot be replayed: ${replayed.error}`);
  printReport(buildReport(replayed.value, recordPlayers(record.value)), command.json, out);
  const { claimed } = record.value;
  if (claimed === undefined) return null;
  const mismatches = claimMismatches(claimed, gameScore(replayed.value));
  if (mismatches.length === 0) return null;
  return {
    code: EXIT.mismatch,
    message: `${command.path}: the claimed result does not match the replay (${mismatches.join('; ')})`,
  };
}

function list(json: boolean, out: Output): void {
  if (json) {
    const scenarios = BUILTIN_SCENARIOS.map((s) => ({
      id: s.id,
      name: s.name,
      goal: s.goal,
      suggestedRounds: s.suggestedRounds,
      products: s.products.map((p) => p.id),
    }));
    out.stdout(`${JSON.stringify({ scenarios, bots: { sales: SALES_BOT_IDS, ops: OPS_BOT_IDS } })}\n`);
    return;
  }
  const lines = ['Scenarios:'];
  for (const s of BUILTIN_SCENARIOS)
    lines.push(`  ${s.id.padEnd(20)} ${s.name} (${s.suggestedRounds} rounds): ${s.goal}`);
  lines.push(
    '',
    `Sales bots:      ${SALES_BOT_IDS.join(', ')}`,
    `Operations bots: ${OPS_BOT_IDS.join(', ')}`,
  );
  out.stdout(`${lines.join('\n')}\n`);
}

function tournament(command: Extract<SimCommand, { mode: 'tournament' }>, out: Output): void {
  const scenarios = command.scenarioId
    ? BUILTIN_SCENARIOS.filter((s) => s.id === command.scenarioId)
    : BUILTIN_SCENARIOS;
  const result = runTournament(scenarios, command.seeds, command.rounds);
  out.stdout(command.json ? `${JSON.stringify(result)}\n` : `${formatTournament(result)}\n`);
}

function dispatch(command: SimCommand, out: Output): Failure | null {
  switch (command.mode) {
    case 'help':
      out.stdout(SIM_USAGE);
      return null;
    case 'list':
      list(command.json, out);
      return null;
    case 'play':
      return play(command, out);
    case 'replay':
      return replayFile(command, out);
    case 'tournament':
      tournament(command, out);
      return null;
  }
}

/** Collapses a message to one line (JSON parse errors quote the input, newlines included). */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** Runs `sim` with these arguments; every refusal is one line on stderr prefixed "sim: ". */
export function runSim(argv: readonly string[], out: Output): number {
  const command = parseSimArgs(argv);
  if (!command.ok) {
    out.stderr(`sim: ${oneLine(command.error)}\n`);
    return EXIT.usage;
  }
  try {
    const failure = dispatch(command.value, out);
    if (failure === null) return EXIT.ok;
    out.stderr(`sim: ${oneLine(failure.message)}\n`);
    return failure.code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    out.stderr(`sim: internal error: ${oneLine(message)}\n`);
    return EXIT.internal;
  }
}
