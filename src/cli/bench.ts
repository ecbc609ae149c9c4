/** Entry point of `npm run bench`: engine speed per built-in scenario, against targets (see --help). */
import { BUILTIN_SCENARIOS } from '../engine';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import { benchScenario, calibrate, type ScenarioBench, TARGETS, timeGames } from './benchmark';
import { EXIT } from './io';
import { formatColumns } from './table';

/** Milliseconds of CPU time this process has used (user + system). */
function cpuClock(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const mark = (pass: boolean) => (pass ? 'PASS' : 'MISS');

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
  ]);
  const headers = [
    'scenario',
    'games',
    'games/s',
    `>=${TARGETS.gamesPerSecond}`,
    'us/round',
    'draws/game',
    'floor us/game',
    'engine/floor',
    `<=${TARGETS.floorRatio}`,
  ];
  return formatColumns(headers, rows);
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
    for (const scenario of BUILTIN_SCENARIOS) timeGames(scenario, 0, 32, now);
  const results: ScenarioBench[] = [];
  for (const scenario of scenarios) {
    const games = command.games ?? calibrate(scenario, command.seconds, now);
    const result = benchScenario(scenario, games, now);
    results.push(result);
    if (!command.json) process.stderr.write(`  ${scenario.id}: ${result.gamesPerSecond} games/s\n`);
  }
  if (command.json) {
    process.stdout.write(
      `${JSON.stringify({ clock: command.cpu ? 'cpu' : 'wall', targets: TARGETS, scenarios: results })}\n`,
    );
  } else {
    const clock = command.cpu ? 'process CPU time' : 'wall clock';
    process.stdout.write(
      `\nEngine benchmark (Node ${process.version}, single thread, 12-round games, ${clock})\n\n`,
    );
    process.stdout.write(`${formatBench(results)}\n`);
  }
  return EXIT.ok;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.internal;
}
