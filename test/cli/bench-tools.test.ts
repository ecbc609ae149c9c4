import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOf } from '../../src/cli/bench-tools';

describe('the Node flags the bench starts a tool with', () => {
  it('are the flags of its npm script, before the launcher', () => {
    expect(nodeFlagsOf('node --max-semi-space-size=64 scripts/cli.mjs verify')).toEqual([
      '--max-semi-space-size=64',
    ]);
    expect(nodeFlagsOf('node scripts/cli.mjs sim')).toEqual([]);
    expect(nodeFlagsOf('tsx src/server/main.ts')).toEqual([]);
    expect(nodeFlagsOf('node --a=1 --b scripts/cli.mjs bench --json')).toEqual(['--a=1', '--b']);
  });

  it('read from package.json: verify runs with a larger young generation, both with a smaller inlining budget', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(nodeFlagsOf(scripts.verify)).toEqual([
      '--max-semi-space-size=64',
      '--max-inlined-bytecode-size-cumulative=200',
    ]);
    expect(nodeFlagsOf(scripts.sim)).toEqual(['--max-inlined-bytecode-size-cumulative=200']);
  });
});
