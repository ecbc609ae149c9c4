/**
 * Golden figures: scenario + seed + bots → exact numbers, read from test/golden/games.json.
 * They change only with an ENGINE_VERSION bump; then rewrite them with `npm run golden`.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/game';
import { GOLDEN_PAIRS, type GoldenFigures, goldenFigures } from '../golden/game-figures';
import { assertGoldenCurrent, readGolden, staleGoldenMessage } from '../golden/golden-file';

const file = readGolden<Record<string, GoldenFigures>>('games');

describe('golden games (seed "golden-1", 12 rounds)', () => {
  it(`were written for engine ${ENGINE_VERSION}`, () => {
    expect(staleGoldenMessage(file, ENGINE_VERSION)).toBeNull();
  });

  it('cover every built-in scenario with both bot pairs', () => {
    expect(Object.keys(file.figures)).toHaveLength(10);
    for (const [sales, ops] of GOLDEN_PAIRS)
      expect(Object.keys(file.figures).filter((k) => k.endsWith(` ${sales}/${ops}`))).toHaveLength(5);
  });

  it.each(Object.entries(file.figures))('%s gives exactly its golden figures', (key, golden) => {
    assertGoldenCurrent(file, ENGINE_VERSION);
    const [scenarioId, pair] = key.split(' ');
    const [sales, ops] = pair.split('/') as (typeof GOLDEN_PAIRS)[number];
    expect(goldenFigures(scenarioId, sales, ops)).toEqual(golden);
  });
});
