import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the real entry point as `npm run` does (node with tsx), capturing its exit code and output. */
function run(script: string, ...argv: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], {
    encoding: 'utf8',
    timeout: 100_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sop-cli-spawn-'));

describe('npm run sim, as a process', { timeout: 120_000 }, () => {
  it('plays a game and prints exactly one JSON object; a replay of its record prints the same', () => {
    const record = join(dir, 'r.json');
    const played = run(
      'src/cli/sim.ts',
      '--scenario',
      'promotion-whiplash',
      '--seed',
      '4',
      '--rounds',
      '6',
      '--json',
      '--record-out',
      record,
    );
    expect(played.code).toBe(0);
    expect(played.stderr).toBe('');
    const report = JSON.parse(played.stdout);
    expect(report).toMatchObject({ scenario: 'promotion-whiplash', seed: '4', rounds: 6 });
    for (const key of ['total', 'alignment', 'balance', 'execution'])
      expect(report.score[key]).toBeGreaterThanOrEqual(0);
    const replayed = run('src/cli/sim.ts', '--replay', record, '--json');
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toBe(played.stdout);
  });

  it('refuses an unknown bot with one line on stderr, exit 2 and no stack trace', () => {
    const refused = run('src/cli/sim.ts', '--scenario', 'steady-start', '--sales', 'x');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'sim: unknown bot "x" for --sales (choose: naive, optimist, planner, planner-silent)\n',
    );
  });

  it('refuses a missing record file with exit 2 and no stack trace', () => {
    const refused = run('src/cli/sim.ts', '--replay', join(dir, 'none.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^sim: cannot read .*none\.json: no such file\n$/);
    expect(refused.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('npm run bench, as a process', { timeout: 120_000 }, () => {
  it('prints one JSON object with the figures of every built-in scenario (engine only: no tools timed)', () => {
    const bench = run('src/cli/bench.ts', '--json', '--games', '16', '--engine-only');
    expect(bench.code).toBe(0);
    const { scenarios } = JSON.parse(bench.stdout);
    expect(scenarios.map((s: { id: string }) => s.id)).toHaveLength(5);
    for (const s of scenarios) {
      expect(s.gamesPerSecond).toBeGreaterThan(0);
      expect(s.microsPerRound).toBeGreaterThan(0);
      expect(s.floorRatio).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown flag with exit 2', () => {
    const refused = run('src/cli/bench.ts', '--fast');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('bench: unknown flag "--fast" (see --help)\n');
  });
});
