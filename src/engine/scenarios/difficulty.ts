/**
 * The built-in scenarios' difficulty, as measured by the bot tournament (not guessed): every Sales ×
 * Operations bot pair over DIFFICULTY_SEEDS seeds at the suggested length. Regenerate the data
 * with `npx tsx scripts/measure-difficulty.ts`; a test checks it matches the engine.
 */
import measured from './difficulty.json';

/** Seeds the stored measurement was made over. */
export const DIFFICULTY_SEEDS = 50;

export type DifficultyLevel = 'easy' | 'medium' | 'hard';

/** The one rule for a difficulty word: the mean game score of every bot pair (0–100). */
export function difficultyLevel(allPairsMean: number): DifficultyLevel {
  return allPairsMean >= 86 ? 'easy' : allPairsMean >= 80 ? 'medium' : 'hard';
}

/** One scenario's measured difficulty. */
export interface ScenarioDifficulty {
  level: DifficultyLevel;
  /** Mean score of every bot pair, 0–100. */
  allPairsMean: number;
  /** Mean score of the textbook planners, 0–100. */
  plannerMean: number;
}

/** Keeps the fields the game shows, rounded to one decimal. */
export function difficultyTable(
  list: readonly { scenario: string; level: DifficultyLevel; allPairsMean: number; plannerMean: number }[],
): Record<string, ScenarioDifficulty> {
  const table: Record<string, ScenarioDifficulty> = {};
  for (const d of list) {
    table[d.scenario] = {
      level: d.level,
      allPairsMean: Math.round(d.allPairsMean * 10) / 10,
      plannerMean: Math.round(d.plannerMean * 10) / 10,
    };
  }
  return table;
}

const TABLE = measured as Record<string, ScenarioDifficulty>;

/** The measured difficulty of a built-in scenario, or undefined for a custom one. */
export function builtinDifficulty(scenarioId: string): ScenarioDifficulty | undefined {
  return Object.hasOwn(TABLE, scenarioId) ? TABLE[scenarioId] : undefined;
}
