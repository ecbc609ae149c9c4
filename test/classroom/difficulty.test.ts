import { describe, expect, it } from 'vitest';
import { getScenario } from '../../src/engine';
import { allPairsMean, difficultyJobs, pairRanges, runBotGame } from '../../src/engine/classroom';
import { builtinDifficulty, difficultyLevel } from '../../src/engine/scenarios/difficulty';

describe('scenario difficulty in the editor', () => {
  it('uses one rule for the difficulty word (the mean of every bot pair)', () => {
    expect(difficultyLevel(90)).toBe('easy');
    expect(difficultyLevel(86)).toBe('easy');
    expect(difficultyLevel(85.9)).toBe('medium');
    expect(difficultyLevel(80)).toBe('medium');
    expect(difficultyLevel(79.9)).toBe('hard');
  });

  it('averages only the pairs that played', () => {
    const ranges = [
      { sales: 'planner', ops: 'planner', min: 90, max: 96, mean: 93, games: 2, failed: 0 },
      { sales: 'naive', ops: 'chase', min: 70, max: 80, mean: 75, games: 2, failed: 0 },
      { sales: 'optimist', ops: 'cautious', min: 0, max: 0, mean: 0, games: 0, failed: 2 },
    ] as Parameters<typeof allPairsMean>[0];
    expect(allPairsMean(ranges)).toBe(84);
    expect(allPairsMean([])).toBeNull();
  });

  it('rates an unedited built-in as the new-game screen does (black swan is hard)', () => {
    const scenario = getScenario('black-swan')!;
    const results = difficultyJobs(3).map((job) => runBotGame(scenario, scenario.suggestedRounds, job));
    const mean = allPairsMean(pairRanges(results));
    expect(mean).not.toBeNull();
    expect(difficultyLevel(mean!)).toBe(builtinDifficulty('black-swan')!.level);
  });
});
