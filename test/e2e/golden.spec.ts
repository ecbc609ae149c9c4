/** The same golden games computed in Chromium and in Node give the same figures, to the unit and the cent: the
 * engine's sources are bundled for each runtime (test/e2e/fixtures/golden-entry.ts) and played on every built-in
 * scenario with several pairs of bots. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { GoldenFigures } from './fixtures/golden-entry';
import { expect, test } from './support';

const ENTRY = 'test/e2e/fixtures/golden-entry.ts';
const OUT = join('test-results', 'e2e-build');
const BROWSER_BUNDLE = join(OUT, 'golden-browser.js');
const NODE_BUNDLE = join(OUT, 'golden-node.mjs');

/** Bot pairs from very different plans: aligned planners, the incentive-driven pair, the naive pair. */
const BOT_PAIRS: [string, string][] = [
  ['planner', 'planner'],
  ['optimist', 'cautious'],
  ['naive', 'chase'],
];
const SEEDS = ['golden-1', 'e2e golden 2'];

type GoldenModule = {
  goldenGame(scenarioId: string, seed: string, sales: string, ops: string): GoldenFigures;
  scenarioIds: readonly string[];
};

let node: GoldenModule;

test.beforeAll(async () => {
  const common = { entryPoints: [ENTRY], bundle: true, logLevel: 'error' as const, target: 'es2022' };
  await build({ ...common, format: 'iife', platform: 'browser', outfile: BROWSER_BUNDLE });
  await build({ ...common, format: 'esm', platform: 'node', outfile: NODE_BUNDLE });
  node = (await import(pathToFileURL(join(process.cwd(), NODE_BUNDLE)).href)) as GoldenModule;
});

test('golden games give the same figures in Chromium and in Node on every built-in scenario', async ({
  page,
}) => {
  await page.goto('/');
  await page.addScriptTag({ path: BROWSER_BUNDLE });
  const browserIds = await page.evaluate(
    () => (window as unknown as { goldenScenarioIds: string[] }).goldenScenarioIds,
  );
  expect(browserIds).toEqual([...node.scenarioIds]);
  expect(browserIds.length).toBeGreaterThanOrEqual(5);

  const games = browserIds.flatMap((scenarioId) =>
    SEEDS.flatMap((seed) => BOT_PAIRS.map(([sales, ops]) => ({ scenarioId, seed, sales, ops }))),
  );
  const inBrowser = await page.evaluate((list) => {
    const play = (window as unknown as { goldenGame: GoldenModule['goldenGame'] }).goldenGame;
    return list.map((g) => play(g.scenarioId, g.seed, g.sales, g.ops));
  }, games);
  const inNode = games.map((g) => node.goldenGame(g.scenarioId, g.seed, g.sales, g.ops));

  expect(inBrowser).toHaveLength(games.length);
  for (let i = 0; i < games.length; i++) {
    const label = `${games[i].scenarioId} / ${games[i].seed} / ${games[i].sales}+${games[i].ops}`;
    const b = inBrowser[i];
    const n = inNode[i];
    // The figures are real: a whole game, scores in range, the replay agrees with the play.
    expect(n.rounds, label).toBeGreaterThanOrEqual(6);
    expect(JSON.parse(n.reportsJson), label).toHaveLength(n.rounds);
    expect(n.total, label).toBeGreaterThan(0);
    expect(n.total, label).toBeLessThanOrEqual(100);
    expect(Number.isInteger(n.profitCents), label).toBe(true);
    expect(n.replayedTotal, label).toBe(n.total);
    // And Chromium computed exactly the same.
    expect(b, label).toEqual(n);
  }
  // Different bots give different games (the comparison is not between two empty answers).
  expect(new Set(inNode.map((g) => g.reportsJson)).size).toBe(games.length);
});
