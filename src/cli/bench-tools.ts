/**
 * The command-line tools timed as a person runs them: a new Node process on the bundled build
 * (through scripts/cli.mjs, staleness check included, with the Node flags of its npm script), wall clock,
 * best of N.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_SCENARIOS,
  newRecord,
  OPS_BOT_IDS,
  playGameTrusted,
  recordOf,
  SALES_BOT_IDS,
} from '../engine';
import { encodeResultCode } from '../engine/codes';

/** The project's root: the nearest folder above this file with a package.json. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The Node flags an npm script gives before the launcher: "node --max-semi-space-size=64 scripts/cli.mjs verify"
 * gives ["--max-semi-space-size=64"]; a script that is not `node … scripts/cli.mjs` gives none. */
export function nodeFlagsOf(script: string): string[] {
  const words = script.trim().split(/\s+/);
  const launcher = words.indexOf('scripts/cli.mjs');
  if (words[0] !== 'node' || launcher < 0) return [];
  return words.slice(1, launcher).filter((word) => word.startsWith('--'));
}

/** The Node flags `npm run <tool>` starts Node with, from package.json. */
export function toolNodeFlags(tool: string): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return nodeFlagsOf(pkg.scripts?.[tool] ?? '');
}

/** Milliseconds of the fastest of `runs` runs of `npm run <tool> -- args` (without npm itself). */
export function timeTool(args: readonly string[], runs: number): { ms: number; status: number | null } {
  const launcher = join(projectRoot(), 'scripts', 'cli.mjs');
  const flags = toolNodeFlags(args[0]);
  let ms = Number.POSITIVE_INFINITY;
  let status: number | null = null;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...flags, launcher, ...args], { stdio: 'ignore' });
    ms = Math.min(ms, performance.now() - start);
    status = result.status;
  }
  return { ms, status };
}

/** Milliseconds of the fastest of `runs` starts of Node itself doing nothing: the floor under any tool's start. */
export function timeNodeStart(runs: number): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

/** Result codes of `count` distinct finished 12-round games (scenarios, bot pairs and seeds vary). */
export function distinctResultCodes(count: number): string[] {
  const settings = { rounds: 12, rotateEvery: 1 };
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const scenario = BUILTIN_SCENARIOS[i % BUILTIN_SCENARIOS.length];
    const sales = SALES_BOT_IDS[i % SALES_BOT_IDS.length];
    const ops = OPS_BOT_IDS[Math.floor(i / SALES_BOT_IDS.length) % OPS_BOT_IDS.length];
    const seed = `bench-${i}`;
    const base = newRecord(scenario, seed, settings, {
      team: { name: `Team ${i + 1}`, players: ['A', 'B'] },
    });
    const { state, actions } = playGameTrusted(scenario, seed, settings, sales, ops);
    codes.push(encodeResultCode(recordOf(base, actions, state)));
  }
  return codes;
}

/** Times `verify` of a file of `count` distinct result codes; the file is removed afterwards. */
export function timeVerify(count: number, runs: number): { ms: number; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'sop-bench-verify-'));
  try {
    const file = join(dir, 'codes.txt');
    writeFileSync(file, `${distinctResultCodes(count).join('\n')}\n`);
    return timeTool(['verify', file, '--json'], runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
