/** The debrief's pure logic: causes in plain words, chart series, lessons and the CSV export (no DOM). */
export { type BullwhipFigures, bullwhip, standardDeviation } from './bullwhip';
export {
  CAUSE_TITLES,
  causeClause,
  causeTitle,
  SCORE_LABELS,
  SCORE_NAMES,
  type ScoreName,
} from './cause-words';
export {
  type GameFrame,
  type MonthCause,
  mainScore,
  monthCauses,
  type RankedCause,
  rankCauses,
  topCauses,
} from './causes';
export { DEBRIEF_COLUMNS, debriefCsv, debriefFileName, debriefRows } from './csv';
export { type DealFigures, dealFigures, dealWords } from './deals';
export { type IncentiveSeries, incentiveSeries } from './incentives';
export { type KeyFigures, keyFigures } from './key-figures';
export type { LessonMoment } from './lesson-triggers';
export {
  type ChosenLesson,
  CONCEPTS,
  type Concept,
  chooseLessons,
  FORECAST_MISS,
  LESSONS,
  type Lesson,
  lessonForMonth,
  overForecast,
  repeatedOverForecast,
} from './lessons';
export { type PlayerStats, playerStats, type SeatBonuses, seatBonuses } from './players';
export { type ProductSeries, productSeries, type ScoreSeries, type ShockMarker, scoreSeries } from './series';
