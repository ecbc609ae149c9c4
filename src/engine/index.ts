/** The engine's public face: pure functions over plain JSON data (see docs/engine-api.md). */

export { type Attribution, attributeMonth, CAUSES, type Cause, type CauseType } from './attribution';
export { describeCause } from './attribution-text';
export * from './bots';
export * from './codes';
export { applyAction, createGame, ENGINE_VERSION } from './game';
export { canOrderMaterials, gameEndWords, monthsInGame, orderArrivalMonth } from './game-end';
export { type AttributionGame, monthAttribution, withAttribution } from './month-attribution';
export { type ConsensusGaps, consensusGaps, reportGaps, weightingSentence } from './plan-gaps';
export { defaultOpsPlan, defaultSalesPlan } from './plans';
export { applyAll, botDecisions, playGame, playGameTrusted, playRound, type RoundDecisions } from './play';
export * from './play-conditions';
export { newRecord, recordOf, recordScenario, replay } from './record';
export { validateRecord } from './record-schema';
export { roleHolder } from './roles';
export { canonicalJson, scenarioHash } from './scenario-hash';
export { parseScenarioJson, validateScenario } from './scenario-schema';
export * from './scenario-types';
export { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS, getScenario } from './scenarios';
export { effectiveWeights, type FinalScore, gameScore, roundScore } from './scoring';
export { heldSignals, sharedWith, signalsSoFar } from './signals';
export { applyTrusted, createTrustedGame, replayTrusted } from './trusted';
export * from './types';
export { type RoleView, roleView } from './views';
export { generateWorld, signalRole } from './world';
