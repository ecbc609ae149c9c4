/** The debrief UI: the end-of-game debrief, the round report's top causes, and the guided first game's coach marks. */
export { createDebrief, type DebriefHandle, type DebriefInput } from './debrief';
export { createRoundCauses } from './round-causes';
