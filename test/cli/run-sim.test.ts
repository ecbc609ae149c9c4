import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimMismatches, oneLine, recordPlayers, runSim } from '../../src/cli/run-sim';
import { getScenario } from '../../src/engine';

const dir = mkdtempSync(join(tmpdir(), 'sop-cli-'));

function sim(...argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runSim(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A refusal is exactly one line on stderr, prefixed "sim: ", with nothing on stdout. */
function expectRefusal(run: ReturnType<typeof sim>, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^sim: /);
  expect(run.stderr).toMatch(pattern);
}

describe('runSim: playing and recording', () => {
  it('prints one JSON object with the game, and the same figures for the same seed', () => {
    const a = sim('--scenario', 'black-swan', '--seed', 'x', '--rounds', '4', '--json');
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    const report = JSON.parse(a.stdout);
    expect(report).toMatchObject({
      scenario: 'black-swan',
      seed: 'x',
      rounds: 4,
      salesBot: 'planner',
      opsBot: 'planner',
    });
    expect(report.months).toHaveLength(4);
    expect(sim('--scenario', 'black-swan', '--seed', 'x', '--rounds', '4', '--json').stdout).toBe(a.stdout);
  });

  it("plays the scenario's suggested number of rounds by default", () => {
    const report = JSON.parse(sim('--scenario', 'steady-start', '--json').stdout);
    expect(report.rounds).toBe(getScenario('steady-start')!.suggestedRounds);
  });

  it('writes a record that replays to the same report, with its claimed result and the CLI team', () => {
    const path = join(dir, 'game.json');
    const played = sim(
      '--scenario',
      'supply-crunch',
      '--seed',
      '9',
      '--rounds',
      '5',
      '--sales',
      'optimist',
      '--ops',
      'cautious',
      '--json',
      '--record-out',
      path,
    );
    expect(played.code).toBe(0);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    expect(record.team).toEqual({ name: 'CLI', players: ['optimist', 'cautious'] });
    expect(record.claimed.total).toBe(JSON.parse(played.stdout).score.total);
    const replayed = sim('--replay', path, '--json');
    expect(replayed).toEqual({ code: 0, stdout: played.stdout, stderr: '' });
  });

  it('exits 1 and names the field when the claimed result does not match the replay', () => {
    const path = join(dir, 'tampered.json');
    sim('--scenario', 'black-swan', '--rounds', '3', '--record-out', path);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    const claimed = record.claimed.total;
    record.claimed.total = claimed + 5;
    writeFileSync(path, JSON.stringify(record));
    const run = sim('--replay', path, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).score.total).toBe(claimed);
    expect(run.stderr).toBe(
      `sim: ${path}: the claimed result does not match the replay (total: claimed ${claimed + 5}, replay ${claimed})\n`,
    );
  });

  it('refuses a record whose actions the rules refuse, or whose scenario was changed, with exit 2', () => {
    const path = join(dir, 'broken.json');
    sim('--scenario', 'black-swan', '--rounds', '3', '--record-out', path);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...record, actions: [{ type: 'execute' }] }));
    expectRefusal(sim('--replay', path), 2, /cannot be replayed: Action 1 \(execute\) is refused/);
    writeFileSync(path, JSON.stringify({ ...record, scenarioHash: '0000000000000000' }));
    expectRefusal(sim('--replay', path), 2, /hash differs/);
    writeFileSync(path, JSON.stringify({ ...record, format: 2 }));
    expectRefusal(sim('--replay', path), 2, /is not a valid record: format/);
  });

  it('plays a scenario from a file, and refuses a bad file listing its problems on one line', () => {
    const good = join(dir, 'custom.json');
    writeFileSync(good, JSON.stringify({ ...getScenario('steady-start')!, id: 'my-class' }));
    expect(JSON.parse(sim('--scenario-file', good, '--rounds', '2', '--json').stdout).scenario).toBe(
      'my-class',
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...getScenario('steady-start')!, suggestedRounds: 99, plant: 'big' }),
    );
    expectRefusal(
      sim('--scenario-file', bad),
      2,
      /invalid scenario in .*bad\.json: .*suggestedRounds: .*; plant: /,
    );
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'nope\n{');
    expectRefusal(sim('--scenario-file', notJson), 2, /not valid JSON/);
    expectRefusal(
      sim('--scenario-file', join(dir, 'missing.json')),
      2,
      /cannot read .*missing\.json: no such file/,
    );
    expectRefusal(sim('--scenario-file', dir), 2, /is a directory/);
  });

  it('refuses a record path it cannot write to', () => {
    expectRefusal(
      sim('--scenario', 'black-swan', '--rounds', '1', '--record-out', join(dir, 'no', 'such', 'dir.json')),
      2,
      /cannot write/,
    );
  });
});

describe('runSim: other modes and refusals', () => {
  it('lists the scenarios and bots as JSON', () => {
    const listed = JSON.parse(sim('--list', '--json').stdout);
    expect(listed.scenarios.map((s: { id: string }) => s.id)).toEqual([
      'steady-start',
      'seasonal-peak',
      'promotion-whiplash',
      'supply-crunch',
      'black-swan',
    ]);
    expect(listed.scenarios[0]).toMatchObject({
      id: 'steady-start',
      name: expect.any(String),
      goal: expect.any(String),
    });
    expect(listed.bots).toEqual({
      sales: ['naive', 'optimist', 'planner', 'planner-silent'],
      ops: ['chase', 'cautious', 'planner', 'planner-silent'],
    });
  });

  it('prints help on stdout with exit 0', () => {
    const run = sim('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--tournament');
  });

  it('refuses bad arguments in one line with exit 2', () => {
    expectRefusal(
      sim('--scenario', 'steady-start', '--sales', 'x'),
      2,
      /unknown bot "x" for --sales \(choose: naive, optimist, planner, planner-silent\)/,
    );
    expectRefusal(sim('--frobnicate'), 2, /unknown flag/);
  });
});

describe('helpers', () => {
  it('collapses a message to one line', () => {
    expect(oneLine('not valid JSON ("a\n  b")\n')).toBe('not valid JSON ("a b")');
  });

  it('names every field where a claim and a replay differ', () => {
    const actual = { total: 80, alignment: 70, balance: 90, execution: 80, profitCents: 100, months: 12 };
    expect(claimMismatches(actual, actual)).toEqual([]);
    expect(claimMismatches({ ...actual, balance: 91, profitCents: 99 }, actual)).toEqual([
      'balance: claimed 91, replay 90',
      'profitCents: claimed 99, replay 100',
    ]);
  });

  it('reads the bots back only from a CLI team of two', () => {
    const base = {
      format: 1,
      engineVersion: '1',
      scenarioId: 's',
      scenarioHash: '0',
      seed: '1',
      settings: { rounds: 1, rotateEvery: 1 },
      actions: [],
    } as const;
    expect(
      recordPlayers({ ...base, actions: [], team: { name: 'CLI', players: ['naive', 'chase'] } }),
    ).toEqual({ salesBot: 'naive', opsBot: 'chase' });
    expect(recordPlayers({ ...base, actions: [], team: { name: 'Blue', players: ['Ann', 'Bo'] } })).toEqual({
      salesBot: null,
      opsBot: null,
    });
    expect(recordPlayers({ ...base, actions: [] })).toEqual({ salesBot: null, opsBot: null });
  });
});
