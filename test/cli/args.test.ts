import { describe, expect, it } from 'vitest';
import { DEFAULT_TOURNAMENT_SEEDS, parseSimArgs, type SimCommand } from '../../src/cli/args';

function ok(argv: string[]): SimCommand {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) throw new Error(`expected success, got: ${parsed.error}`);
  return parsed.value;
}

function refusal(argv: string[]): string {
  const parsed = parseSimArgs(argv);
  if (parsed.ok) throw new Error(`expected a refusal for ${argv.join(' ')}`);
  return parsed.error;
}

describe('parseSimArgs: playing a game', () => {
  it('defaults the seed to "1", the bots to planner/planner and the rounds to the scenario', () => {
    expect(ok(['--scenario', 'steady-start'])).toEqual({
      mode: 'play',
      json: false,
      game: {
        scenario: { kind: 'builtin', id: 'steady-start' },
        seed: '1',
        rounds: undefined,
        sales: 'planner',
        ops: 'planner',
      },
    });
  });

  it('reads every flag, in both the "--flag value" and "--flag=value" forms', () => {
    const command = ok([
      '--scenario-file=my.json',
      '--seed',
      'class-7',
      '--rounds=6',
      '--sales',
      'optimist',
      '--ops',
      'cautious',
      '--json',
      '--record-out',
      'out.json',
    ]);
    expect(command).toEqual({
      mode: 'play',
      json: true,
      recordOut: 'out.json',
      game: {
        scenario: { kind: 'file', path: 'my.json' },
        seed: 'class-7',
        rounds: 6,
        sales: 'optimist',
        ops: 'cautious',
      },
    });
  });

  it('refuses an unknown bot and lists the valid ones for that role', () => {
    expect(refusal(['--scenario', 'steady-start', '--sales', 'x'])).toBe(
      'unknown bot "x" for --sales (choose: naive, optimist, planner, planner-silent)',
    );
    expect(refusal(['--scenario', 'steady-start', '--ops', 'naive'])).toBe(
      'unknown bot "naive" for --ops (choose: chase, cautious, planner, planner-silent)',
    );
  });

  it('refuses an unknown scenario and lists the built-ins', () => {
    expect(refusal(['--scenario', 'nope'])).toMatch(
      /^unknown scenario "nope" \(choose: steady-start, .*black-swan\)$/,
    );
  });

  it.each([
    [['--rounds', '0', '--scenario', 'black-swan'], /--rounds must be a whole number from 1 to 24/],
    [['--rounds', '25', '--scenario', 'black-swan'], /--rounds must be a whole number from 1 to 24/],
    [['--rounds', '6.5', '--scenario', 'black-swan'], /--rounds must be a whole number/],
    [['--rounds', 'abc', '--scenario', 'black-swan'], /--rounds must be a whole number/],
    [['--scenario', 'black-swan', '--seed', 'x'.repeat(65)], /--seed must be text of 1 to 64/],
    [['--scenario', 'black-swan', '--seed', ''], /--seed must be text/],
    [['--bogus'], /^unknown flag "--bogus"/],
    [['stray'], /^unexpected argument "stray"/],
    [['--scenario'], /^--scenario needs a value/],
    [['--scenario', '--json'], /^--scenario needs a value/],
    [['--scenario', 'a', '--scenario', 'b'], /given twice/],
    [['--scenario', 'black-swan', '--scenario-file', 'x.json'], /not both/],
    [[], /choose a scenario/],
    [['--json=1', '--scenario', 'black-swan'], /--json takes no value/],
    [['--seeds', '5', '--scenario', 'black-swan'], /--seeds is for --tournament/],
  ])('refuses %j', (argv, message) => {
    expect(refusal(argv)).toMatch(message);
  });
});

describe('parseSimArgs: other modes', () => {
  it('reads --list with or without --json, and refuses game flags with it', () => {
    expect(ok(['--list'])).toEqual({ mode: 'list', json: false });
    expect(ok(['--list', '--json'])).toEqual({ mode: 'list', json: true });
    expect(refusal(['--list', '--seed', '2'])).toBe('--seed cannot be used with --list');
  });

  it('reads --replay and refuses game flags with it', () => {
    expect(ok(['--replay', 'r.json', '--json'])).toEqual({ mode: 'replay', path: 'r.json', json: true });
    expect(refusal(['--replay', 'r.json', '--scenario', 'black-swan'])).toBe(
      '--scenario cannot be used with --replay',
    );
  });

  it('reads --tournament with its defaults and options', () => {
    expect(ok(['--tournament'])).toEqual({
      mode: 'tournament',
      seeds: DEFAULT_TOURNAMENT_SEEDS,
      json: false,
    });
    expect(
      ok(['--tournament', '--seeds', '50', '--json', '--rounds', '6', '--scenario', 'black-swan']),
    ).toEqual({
      mode: 'tournament',
      seeds: 50,
      json: true,
      rounds: 6,
      scenarioId: 'black-swan',
    });
    expect(refusal(['--tournament', '--seeds', '0'])).toMatch(
      /--seeds must be a whole number from 1 to 1000/,
    );
    expect(refusal(['--tournament', '--sales', 'planner'])).toBe('--sales cannot be used with --tournament');
    expect(refusal(['--tournament', '--scenario', 'x'])).toMatch(/^unknown scenario "x"/);
  });

  it('refuses two modes at once and lets --help win over everything else', () => {
    expect(refusal(['--list', '--tournament'])).toBe('--list and --tournament cannot be used together');
    expect(refusal(['--list', '--replay', 'x'])).toBe('--list and --replay cannot be used together');
    expect(ok(['--scenario', 'nope', '--help'])).toEqual({ mode: 'help' });
    expect(ok(['-h'])).toEqual({ mode: 'help' });
  });
});
