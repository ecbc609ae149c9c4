/**
 * Measures each built-in scenario's difficulty with the bot tournament (every pair, 50 seeds,
 * the suggested length) and writes src/engine/scenarios/difficulty.json, which the new-game screen
 * shows. Run after retuning a scenario or bot: `npx tsx scripts/measure-difficulty.ts`.
 */
import { writeFileSync } from 'node:fs';
import { runTournament } from '../src/cli/tournament';
import { BUILTIN_SCENARIOS } from '../src/engine';
import { DIFFICULTY_SEEDS, difficultyTable } from '../src/engine/scenarios/difficulty';

const result = runTournament(BUILTIN_SCENARIOS, DIFFICULTY_SEEDS);
const table = difficultyTable(result.difficulty);
writeFileSync('src/engine/scenarios/difficulty.json', `${JSON.stringify(table, null, 2)}\n`);
console.log(JSON.stringify(table, null, 2));
