/**
 * The debrief's golden figures and sentences for one fixed game, read from test/golden/debrief.json.
 * They change only when the engine's outcomes or words change (a version bump): `npm run golden`.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine';
import { DEBRIEF_GAME, type DebriefGolden, debriefGolden } from '../golden/debrief-figures';
import { assertGoldenCurrent, readGolden, staleGoldenMessage } from '../golden/golden-file';

const file = readGolden<DebriefGolden>('debrief');
const g = DEBRIEF_GAME;

describe(`golden debrief: ${g.scenarioId}, seed "${g.seed}", ${g.sales} Sales and ${g.ops} Operations`, () => {
  const actual = debriefGolden();
  const golden = file.figures;

  it(`was written for engine ${ENGINE_VERSION}`, () => {
    expect(staleGoldenMessage(file, ENGINE_VERSION)).toBeNull();
  });

  it('ranks the same causes with the same points', () => {
    assertGoldenCurrent(file, ENGINE_VERSION);
    expect(actual.total).toBe(golden.total);
    expect(actual.rankedCauses).toEqual(golden.rankedCauses);
  });

  it(`explains month ${g.explainedMonth} in the same words`, () => {
    assertGoldenCurrent(file, ENGINE_VERSION);
    expect(golden.monthSentences).toHaveLength(2);
    expect(actual.monthSentences).toEqual(golden.monthSentences);
  });

  it('chooses the same lessons', () => {
    assertGoldenCurrent(file, ENGINE_VERSION);
    expect(actual.lessons).toEqual(golden.lessons);
  });
});
