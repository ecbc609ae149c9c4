/** Command-line parsing for `npm run sim`: pure, so every refusal can be tested without a process. */
import { BUILTIN_SCENARIO_IDS, OPS_BOT_IDS, type OpsBotId, SALES_BOT_IDS, type SalesBotId } from '../engine';
import type { Result } from '../engine/types';

/** What one `sim` invocation asks for. */
export type SimCommand =
  | { mode: 'help' }
  | { mode: 'list'; json: boolean }
  | { mode: 'play'; game: GameRequest; json: boolean; recordOut?: string }
  | { mode: 'replay'; path: string; json: boolean }
  | { mode: 'tournament'; scenarioId?: string; seeds: number; rounds?: number; json: boolean };

/** The game one `sim` run plays: where the scenario comes from, the seed, the length, the two bots. */
export interface GameRequest {
  scenario: { kind: 'builtin'; id: string } | { kind: 'file'; path: string };
  seed: string;
  /** Undefined: the scenario's suggested length. */
  rounds?: number;
  sales: SalesBotId;
  ops: OpsBotId;
}

/** Longest seed a record accepts. */
export const MAX_SEED_LENGTH = 64;
/** Most seeds a tournament may play per pair and scenario. */
export const MAX_TOURNAMENT_SEEDS = 1000;
/** The tournament's number of seeds when --seeds is not given. */
export const DEFAULT_TOURNAMENT_SEEDS = 10;

const VALUE_FLAGS = [
  '--scenario',
  '--scenario-file',
  '--seed',
  '--rounds',
  '--sales',
  '--ops',
  '--record-out',
  '--replay',
  '--seeds',
] as const;
const SWITCHES = ['--json', '--list', '--tournament', '--help', '-h'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** Flags and values as given, before their meaning is checked. */
interface RawArgs {
  values: Partial<Record<ValueFlag, string>>;
  switches: Set<string>;
}

const fail = (message: string): { ok: false; error: string } => ({ ok: false, error: message });

/** Splits argv into flags with values and switches; refuses unknown flags, repeats and stray words. */
function tokenize(argv: readonly string[]): Result<RawArgs, string> {
  const values: RawArgs['values'] = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const name = eq > 0 ? token.slice(0, eq) : token;
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (eq > 0) return fail(`${name} takes no value`);
      switches.add(name === '-h' ? '--help' : name);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      return fail(
        token.startsWith('-')
          ? `unknown flag "${name}" (see --help)`
          : `unexpected argument "${token}" (flags start with --; see --help)`,
      );
    }
    const flag = name as ValueFlag;
    const value = eq > 0 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      return fail(`${flag} needs a value (see --help)`);
    if (values[flag] !== undefined) return fail(`${flag} is given twice`);
    values[flag] = value;
  }
  return { ok: true, value: { values, switches } };
}

/** A whole number in [min, max] from a flag's text. */
export function parseWhole(flag: string, text: string, min: number, max: number): Result<number, string> {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    return fail(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  return { ok: true, value: Number(text) };
}

/** A bot id for a role, or a refusal that lists the valid ones. */
function parseBot<T extends string>(
  flag: string,
  id: string | undefined,
  ids: readonly T[],
): Result<T, string> {
  if (id === undefined) return { ok: true, value: 'planner' as T };
  if ((ids as readonly string[]).includes(id)) return { ok: true, value: id as T };
  return fail(`unknown bot "${id}" for ${flag} (choose: ${ids.join(', ')})`);
}

/** A built-in scenario id, or a refusal that lists the valid ones. */
export function checkScenarioId(id: string): Result<string, string> {
  if (BUILTIN_SCENARIO_IDS.includes(id)) return { ok: true, value: id };
  return fail(`unknown scenario "${id}" (choose: ${BUILTIN_SCENARIO_IDS.join(', ')})`);
}

/** Refuses flags that mean nothing in the chosen mode. */
function onlyAllowed(raw: RawArgs, mode: string, allowed: readonly string[]): string | null {
  const given = [...Object.keys(raw.values), ...raw.switches];
  const stray = given.find((flag) => !allowed.includes(flag));
  return stray ? `${stray} cannot be used with ${mode}` : null;
}

function parseRounds(text: string | undefined): Result<number | undefined, string> {
  return text === undefined ? { ok: true, value: undefined } : parseWhole('--rounds', text, 1, 24);
}

function parseGame(values: RawArgs['values']): Result<GameRequest, string> {
  const { '--scenario': id, '--scenario-file': path } = values;
  if (id !== undefined && path !== undefined) return fail('give --scenario or --scenario-file, not both');
  if (id === undefined && path === undefined)
    return fail(
      `choose a scenario with --scenario ID (${BUILTIN_SCENARIO_IDS.join(', ')}) or --scenario-file PATH`,
    );
  let scenario: GameRequest['scenario'];
  if (id !== undefined) {
    const checked = checkScenarioId(id);
    if (!checked.ok) return checked;
    scenario = { kind: 'builtin', id };
  } else {
    if (path === '') return fail('--scenario-file needs a path');
    scenario = { kind: 'file', path: path as string };
  }
  const seed = values['--seed'] ?? '1';
  if (seed.length < 1 || seed.length > MAX_SEED_LENGTH)
    return fail(`--seed must be text of 1 to ${MAX_SEED_LENGTH} characters`);
  const rounds = parseRounds(values['--rounds']);
  if (!rounds.ok) return rounds;
  const sales = parseBot('--sales', values['--sales'], SALES_BOT_IDS);
  if (!sales.ok) return sales;
  const ops = parseBot('--ops', values['--ops'], OPS_BOT_IDS);
  if (!ops.ok) return ops;
  return { ok: true, value: { scenario, seed, rounds: rounds.value, sales: sales.value, ops: ops.value } };
}

function parseTournament(raw: RawArgs): Result<SimCommand, string> {
  const stray = onlyAllowed(raw, '--tournament', [
    '--tournament',
    '--json',
    '--seeds',
    '--rounds',
    '--scenario',
  ]);
  if (stray) return fail(stray);
  const seedsText = raw.values['--seeds'];
  const seeds =
    seedsText === undefined
      ? { ok: true as const, value: DEFAULT_TOURNAMENT_SEEDS }
      : parseWhole('--seeds', seedsText, 1, MAX_TOURNAMENT_SEEDS);
  if (!seeds.ok) return seeds;
  const rounds = parseRounds(raw.values['--rounds']);
  if (!rounds.ok) return rounds;
  const scenarioId = raw.values['--scenario'];
  if (scenarioId !== undefined) {
    const checked = checkScenarioId(scenarioId);
    if (!checked.ok) return checked;
  }
  return {
    ok: true,
    value: {
      mode: 'tournament',
      seeds: seeds.value,
      json: raw.switches.has('--json'),
      ...(rounds.value !== undefined ? { rounds: rounds.value } : {}),
      ...(scenarioId !== undefined ? { scenarioId } : {}),
    },
  };
}

/** Reads `sim`'s arguments (without node and the script) into one command, or one line saying what is wrong. */
export function parseSimArgs(argv: readonly string[]): Result<SimCommand, string> {
  const tokens = tokenize(argv);
  if (!tokens.ok) return tokens;
  const raw = tokens.value;
  const json = raw.switches.has('--json');
  if (raw.switches.has('--help')) return { ok: true, value: { mode: 'help' } };
  const modes = ['--list', '--tournament'].filter((m) => raw.switches.has(m));
  if (raw.values['--replay'] !== undefined) modes.push('--replay');
  if (modes.length > 1) return fail(`${modes.join(' and ')} cannot be used together`);
  if (raw.switches.has('--list')) {
    const stray = onlyAllowed(raw, '--list', ['--list', '--json']);
    return stray ? fail(stray) : { ok: true, value: { mode: 'list', json } };
  }
  if (raw.switches.has('--tournament')) return parseTournament(raw);
  if (raw.values['--seeds'] !== undefined) return fail('--seeds is for --tournament');
  const replayPath = raw.values['--replay'];
  if (replayPath !== undefined) {
    const stray = onlyAllowed(raw, '--replay', ['--replay', '--json']);
    if (stray) return fail(stray);
    return { ok: true, value: { mode: 'replay', path: replayPath, json } };
  }
  const game = parseGame(raw.values);
  if (!game.ok) return game;
  const recordOut = raw.values['--record-out'];
  return {
    ok: true,
    value: { mode: 'play', game: game.value, json, ...(recordOut !== undefined ? { recordOut } : {}) },
  };
}

/** The text of `--help`. */
export const SIM_USAGE = `S&OP Arena headless simulator

Play a game with two bots:
  npm run sim -- --scenario ID [--seed S] [--rounds N] [--sales BOT] [--ops BOT] [--json] [--record-out PATH]
  npm run sim -- --scenario-file PATH ...          (a custom scenario JSON file)
Replay a record written by --record-out and check the result it claims:
  npm run sim -- --replay PATH [--json]
List the built-in scenarios and bots:
  npm run sim -- --list [--json]
Play every Sales x Operations bot pair on every built-in scenario (or one) over seeds 1..N:
  npm run sim -- --tournament [--seeds N] [--scenario ID] [--rounds N] [--json]

Defaults: --seed 1, --rounds the scenario's suggested length (1-24), --sales planner, --ops planner,
--seeds ${DEFAULT_TOURNAMENT_SEEDS}.
Sales bots: ${SALES_BOT_IDS.join(', ')}
Operations bots: ${OPS_BOT_IDS.join(', ')}
Exit codes: 0 done, 1 a replayed record does not match its claimed result, 2 bad arguments or input.
`;
