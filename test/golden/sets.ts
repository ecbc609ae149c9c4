/** Every golden data set: its file name (test/golden/<name>.json) and how to compute it from the engine. */
import { debriefGolden } from './debrief-figures';
import { allGoldenFigures } from './game-figures';
import { scenarioHashes } from './scenario-hashes';
import { sharingGaps } from './sharing-gaps';

/** The golden sets `npm run golden` writes and the tests read. */
export const GOLDEN_SETS = {
  games: allGoldenFigures,
  debrief: debriefGolden,
  'scenario-hashes': scenarioHashes,
  'sharing-gaps': sharingGaps,
} as const;

/** The name of one golden set (and of its JSON file). */
export type GoldenSetName = keyof typeof GOLDEN_SETS;
