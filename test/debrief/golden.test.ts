import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, gameScore, getScenario } from '../../src/engine';
import { chooseLessons, formatPoints, rankCauses, topCauses } from '../../src/engine/debrief';
import { playGame } from '../../src/engine/play';

// Golden figures of one fixed game; they change only when the engine's outcomes change (a version bump).
describe(`golden debrief: seasonal peak, seed "demo", optimist Sales and cautious Operations (engine ${ENGINE_VERSION})`, () => {
  const { state } = playGame(
    getScenario('seasonal-peak')!,
    'demo',
    { rounds: 12, rotateEvery: 1 },
    'optimist',
    'cautious',
  );

  it('ranks the same causes with the same points', () => {
    expect(gameScore(state).total).toBe(59.4);
    const ranked = rankCauses(state.history, state).slice(0, 4);
    expect(ranked.map((r) => [r.title, formatPoints(r.points), r.months.length])).toEqual([
      ['Supply plan short of the forecast (scooters)', '17', 12],
      ['Supply plan short of the forecast (e-bikes)', '10', 12],
      ['Post-promotion dip (scooters)', '5.1', 7],
      ['Post-promotion dip (e-bikes)', '3.4', 8],
    ]);
  });

  it('explains month 5 in the same words', () => {
    expect(topCauses(state.history[4], state, 2).map((c) => c.text)).toEqual([
      'Alignment lost 18 points: the supply plan left 1,924 scooters of the forecast uncovered.',
      'Alignment lost 15 points: the supply plan left 1,554 e-bikes of the forecast uncovered.',
    ]);
  });

  it('chooses the same lessons', () => {
    expect(chooseLessons(state.history, state).map((l) => l.id)).toEqual([
      'optimism',
      'promotions',
      'alignment',
      'incentives',
      'execution',
    ]);
  });
});
