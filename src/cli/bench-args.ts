/** Command-line parsing for `npm run bench`: pure. */
import type { Result } from '../engine/types';
import { checkScenarioId, parseWhole } from './args';

/** What one `bench` invocation asks for. */
export interface BenchCommand {
  help: boolean;
  json: boolean;
  /** Games per scenario; undefined: enough for about `seconds` each. */
  games?: number;
  /** Only this built-in scenario; undefined: all of them. */
  scenarioId?: string;
  /** Target engine time per scenario when `games` is not given. */
  seconds: number;
  /** Time with the process's CPU time instead of the wall clock (steadier on a busy machine). */
  cpu: boolean;
  /** Skip timing the command-line tools (sim --list, verify, the tournament). */
  engineOnly: boolean;
}

/** Most games per scenario `--games` accepts. */
export const MAX_BENCH_GAMES = 10_000_000;

/** Reads `bench`'s arguments, or one line saying what is wrong. */
export function parseBenchArgs(argv: readonly string[]): Result<BenchCommand, string> {
  const command: BenchCommand = { help: false, json: false, seconds: 1.5, cpu: false, engineOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const value = () => inline ?? argv[++i];
    if (
      flag === '--json' ||
      flag === '--cpu' ||
      flag === '--engine-only' ||
      flag === '--help' ||
      flag === '-h'
    ) {
      if (inline !== undefined) return { ok: false, error: `${flag} takes no value` };
      if (flag === '--json') command.json = true;
      else if (flag === '--cpu') command.cpu = true;
      else if (flag === '--engine-only') command.engineOnly = true;
      else command.help = true;
    } else if (flag === '--games') {
      const games = parseWhole('--games', value() ?? '', 1, MAX_BENCH_GAMES);
      if (!games.ok) return games;
      command.games = games.value;
    } else if (flag === '--seconds') {
      const seconds = parseWhole('--seconds', value() ?? '', 1, 60);
      if (!seconds.ok) return seconds;
      command.seconds = seconds.value;
    } else if (flag === '--scenario') {
      const id = checkScenarioId(value() ?? '');
      if (!id.ok) return id;
      command.scenarioId = id.value;
    } else {
      return { ok: false, error: `unknown flag "${flag}" (see --help)` };
    }
  }
  return { ok: true, value: command };
}

/** The text of `bench --help`. */
export const BENCH_USAGE = `S&OP Arena engine benchmark

  npm run bench [-- --json] [--games N] [--seconds S] [--scenario ID] [--cpu] [--engine-only]

Plays full 12-round bot-vs-bot games on every built-in scenario on the trusted fast path (every bot
pair on a seed sharing its world, then a new seed), best of 5 runs; prints games per second,
microseconds per round, and the ratio of the engine's time per game to a floor: the random work of
one game's world alone (its key, stream openings, draws), timed the same way. Then times the tools
as a person runs them (sim --list cold start, verify of 1,000 results, the tournament at 50 seeds)
and prints every target of issue 12 as met or missed.
--games N     games per run (default: enough for about --seconds of engine time over the 5 runs, default 1.5)
--engine-only skip timing the command-line tools
--cpu         time with the process's CPU time (user + system) instead of performance.now(),
              for a machine busy with other work
--json        one JSON object {scenarios: [{id, gamesPerSecond, microsPerRound, floorRatio, ...}]}
`;
