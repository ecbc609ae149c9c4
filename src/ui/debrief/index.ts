/** The debrief UI: the end-of-game debrief, the round report's top causes, and the guided first game's coach marks. */
export {
  type CoachMarks,
  type CoachOptions,
  type CoachStep,
  createCoachMarks,
  STEADY_START_SCENARIO_ID,
  STEADY_START_TOUR,
  STEADY_START_TOUR_KEY,
} from './coach-marks';
export { createDebrief, type DebriefHandle, type DebriefInput } from './debrief';
