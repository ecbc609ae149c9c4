/**
 * Communication pays (issue 11): over seeds "1".."50", the planners who share their warnings beat the
 * same planners keeping them by at least 3 points in every shock scenario and 5 on average, and beat
 * the quota-driven optimist with the cost-cutting planner by at least 15. The exact figures are golden
 * (test/golden/sharing-gaps.json, `npm run golden`).
 */
import { describe, expect, it } from 'vitest';
import { REQUIRED_MARGIN, REQUIRED_SHARING_GAP, SHOCK_SCENARIO_IDS } from '../../src/cli/tournament';
import { ENGINE_VERSION } from '../../src/engine/game';
import { assertGoldenCurrent, readGolden, staleGoldenMessage } from '../golden/golden-file';
import { type SharingGapFigures, sharingGaps } from '../golden/sharing-gaps';

const file = readGolden<Record<string, SharingGapFigures>>('sharing-gaps');

describe('the sharing gap (50 seeds, every shock scenario)', { timeout: 300_000 }, () => {
  const actual = sharingGaps();

  it(`was written for engine ${ENGINE_VERSION}`, () => {
    expect(staleGoldenMessage(file, ENGINE_VERSION)).toBeNull();
  });

  it('gives exactly the golden figures', () => {
    assertGoldenCurrent(file, ENGINE_VERSION);
    expect(Object.keys(actual)).toEqual([...SHOCK_SCENARIO_IDS]);
    expect(actual).toEqual(file.figures);
  });

  it.each(SHOCK_SCENARIO_IDS.map((id) => [id]))('%s: sharing pays at least 3, planning at least 15', (id) => {
    expect(actual[id].sharingGap).toBeGreaterThanOrEqual(REQUIRED_SHARING_GAP.each);
    expect(actual[id].marginOverOptimistCautious).toBeGreaterThanOrEqual(REQUIRED_MARGIN);
  });

  it('sharing pays at least 5 points on average over the shock scenarios', () => {
    const gaps = SHOCK_SCENARIO_IDS.map((id) => actual[id].sharingGap);
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeGreaterThanOrEqual(REQUIRED_SHARING_GAP.mean);
  });
});
