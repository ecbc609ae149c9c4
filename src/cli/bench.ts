/** Entry point of `npm run bench`: engine speed per built-in scenario and the tools' times, against targets (see --help). */
import { cpus, loadavg } from 'node:os';
import { BUILTIN_SCENARIOS } from '../engine';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import { timeNodeStart, timeTool, timeVerify, toolNodeFlags } from './bench-tools';
import {
  BEST_OF,
  benchScenario,
  calibrate,
  freshGames,
  type ScenarioBench,
  TARGETS,
  timeGames,
} from './benchmark';
import { EXIT } from './io';
import { formatColumns } from './table';

/** Milliseconds of CPU time this process has used (user + system). */
function cpuClock(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const mark = (pass: boolean) => (pass ? 'met' : 'missed');

/** The benchmark as a readable table with the targets beside the figures. */
export function formatBench(results: readonly ScenarioBench[]): string {
  const rows = results.map((r) => [
    r.id,
    String(r.games),
    String(r.gamesPerSecond),
    mark(r.meetsGamesTarget),
    r.microsPerRound.toFixed(2),
    String(r.drawsPerGame),
    r.floorMicrosPerGame.toFixed(2),
    r.floorRatio.toFixed(2),
    mark(r.meetsFloorTarget),
    r.worldRatio.toFixed(2),
  ]);
  const headers = [
    'scenario',
    'games/run',
    'games/s',
    `>=${TARGETS.gamesPerSecond}`,
    'us/round',
    'draws/world',
    'floor us/world',
    'engine/floor',
    `<=${TARGETS.floorRatio}`,
    'world/floor',
  ];
  return formatColumns(headers, rows);
}

/** Times of the command-line tools, in milliseconds. */
export interface ToolTimes {
  listColdStartMs: number;
  /** Node starting and doing nothing, for reference. */
  nodeStartMs: number;
  verifyThousandMs: number;
  tournamentMs: number;
}

function timeTools(): ToolTimes {
  const list = timeTool(['sim', '--list'], BEST_OF);
  const tournament = timeTool(['sim', '--tournament', '--seeds', '50', '--json'], 3);
  const verify = timeVerify(1000, 3);
  for (const [name, run] of [
    ['sim --list', list],
    ['sim --tournament', tournament],
    ['verify', verify],
  ] as const)
    if (run.status !== 0) throw new Error(`${name} exited with ${run.status}`);
  return {
    listColdStartMs: list.ms,
    nodeStartMs: timeNodeStart(BEST_OF),
    verifyThousandMs: verify.ms,
    tournamentMs: tournament.ms,
  };
}

/** Every target of issue 12 with the figure measured and whether it is met. */
export function formatTargets(results: readonly ScenarioBench[], tools: ToolTimes): string {
  const slowest = results.reduce((a, b) => (b.gamesPerSecond < a.gamesPerSecond ? b : a));
  const widest = results.reduce((a, b) => (b.floorRatio > a.floorRatio ? b : a));
  const ms = (x: number) => `${Math.round(x)} ms`;
  const rows = [
    [
      'games/s, every built-in scenario, 1 thread',
      `>= ${TARGETS.gamesPerSecond}`,
      `${slowest.gamesPerSecond} (slowest: ${slowest.id})`,
      mark(slowest.meetsGamesTarget),
    ],
    [
      'engine / random-number floor',
      `<= ${TARGETS.floorRatio}x`,
      `${widest.floorRatio.toFixed(2)}x (widest: ${widest.id})`,
      mark(widest.meetsFloorTarget),
    ],
    [
      'sim --list cold start',
      `<= ${TARGETS.listColdStartMs} ms`,
      `${ms(tools.listColdStartMs)} (node alone: ${ms(tools.nodeStartMs)})`,
      mark(tools.listColdStartMs <= TARGETS.listColdStartMs),
    ],
    [
      'verify of 1,000 distinct results',
      `<= ${TARGETS.verifyThousandMs} ms`,
      ms(tools.verifyThousandMs),
      mark(tools.verifyThousandMs <= TARGETS.verifyThousandMs),
    ],
    [
      'tournament at 50 seeds (5 scenarios x 16 pairs)',
      `<= ${TARGETS.tournamentMs} ms`,
      ms(tools.tournamentMs),
      mark(tools.tournamentMs <= TARGETS.tournamentMs),
    ],
  ];
  const worlds = results.map((r) => r.worldRatio);
  return [
    formatColumns(['target', 'goal', 'measured', ''], rows),
    '',
    `Why engine/floor stays above 4x: drawing a world alone takes ${Math.min(...worlds).toFixed(1)}-${Math.max(...worlds).toFixed(1)}x the floor`,
    '(world/floor): beyond the draws it builds every shock, signal and deal with its id and the per-month',
    'lists, before any bot decides or any month is played. Here the 16 bot pairs of a seed share its',
    'world, as in the tournament; the floor is one world per game. The floor and the worlds are timed in',
    "runs as long as the engine's (their seeds pass after pass), so a busy machine slows all three alike.",
    '',
    ...toolFlagsNote(),
  ].join('\n');
}

/** Which Node flags the tools were timed with (their npm scripts'), and why. */
function toolFlagsNote(): string[] {
  const flags = (tool: string) => toolNodeFlags(tool).join(' ') || '(none)';
  return [
    `The tools run as \`npm run\` starts them: sim with ${flags('sim')}, verify with ${flags('verify')}.`,
    "A run of a second or less spends most of it before V8's optimised code is ready; a smaller inlining",
    'budget makes that code ready sooner (the games/s above are timed with V8 defaults, as a browser runs them).',
  ];
}

function main(argv: readonly string[]): number {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.error}\n`);
    return EXIT.usage;
  }
  const command = parsed.value;
  if (command.help) {
    process.stdout.write(BENCH_USAGE);
    return EXIT.ok;
  }
  const now = command.cpu ? cpuClock : () => performance.now();
  const scenarios = BUILTIN_SCENARIOS.filter((s) => !command.scenarioId || s.id === command.scenarioId);
  // Warm the JIT on every scenario first, so the first one measured does not pay for compiling the engine.
  for (let pass = 0; pass < 2; pass++)
    for (const scenario of BUILTIN_SCENARIOS) timeGames(scenario, freshGames(32), 32, now);
  const results: ScenarioBench[] = [];
  for (const scenario of scenarios) {
    const games = command.games ?? calibrate(scenario, command.seconds / BEST_OF, now);
    const result = benchScenario(scenario, games, now);
    results.push(result);
    if (!command.json) process.stderr.write(`  ${scenario.id}: ${result.gamesPerSecond} games/s\n`);
  }
  const tools = command.engineOnly ? null : timeTools();
  const load = loadavg().map((x) => x.toFixed(2));
  if (command.json) {
    const clock = command.cpu ? 'cpu' : 'wall';
    process.stdout.write(`${JSON.stringify({ clock, load, targets: TARGETS, scenarios: results, tools })}\n`);
  } else {
    const clock = command.cpu ? 'process CPU time' : 'wall clock';
    process.stdout.write(
      `\nEngine benchmark (Node ${process.version}, single thread, 12-round games, ${clock}, best of ${BEST_OF})\n` +
        `Machine: ${cpus().length} CPUs, load average ${load.join(' ')} (1, 5, 15 min)\n\n`,
    );
    process.stdout.write(`${formatBench(results)}\n\n`);
    if (tools) process.stdout.write(`${formatTargets(results, tools)}\n`);
  }
  return EXIT.ok;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.internal;
}
