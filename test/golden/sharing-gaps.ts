/** The sharing gap (issue 11): the planners sharing their warnings against the same planners keeping them, per shock scenario. */
import { playPair, SHOCK_SCENARIO_IDS, tournamentSeeds } from '../../src/cli/tournament';
import { getScenario } from '../../src/engine/scenarios';
import { DIFFICULTY_SEEDS } from '../../src/engine/scenarios/difficulty';

/** One shock scenario's means over the seeds, and the two gaps the issue asks for. */
export interface SharingGapFigures {
  planners: number;
  silentPlanners: number;
  optimistCautious: number;
  /** planners − silentPlanners: what sharing warnings is worth. */
  sharingGap: number;
  /** planners − optimistCautious. */
  marginOverOptimistCautious: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Plays the three pairs on every shock scenario over seeds "1".."50" at the suggested length. */
export function sharingGaps(): Record<string, SharingGapFigures> {
  const seeds = tournamentSeeds(DIFFICULTY_SEEDS);
  const out: Record<string, SharingGapFigures> = {};
  for (const id of SHOCK_SCENARIO_IDS) {
    const scenario = getScenario(id)!;
    const mean = (
      sales: 'planner' | 'planner-silent' | 'optimist',
      ops: 'planner' | 'planner-silent' | 'cautious',
    ) => playPair(scenario, sales, ops, seeds, scenario.suggestedRounds).meanScore;
    const planners = mean('planner', 'planner');
    const silentPlanners = mean('planner-silent', 'planner-silent');
    const optimistCautious = mean('optimist', 'cautious');
    out[id] = {
      planners,
      silentPlanners,
      optimistCautious,
      sharingGap: round2(planners - silentPlanners),
      marginOverOptimistCautious: round2(planners - optimistCautious),
    };
  }
  return out;
}
