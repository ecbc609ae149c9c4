/** Classroom competitions, pure logic: verify results, rank them, export CSV, read pasted codes and files. */

export * from './conditions';
export { LEADERBOARD_CSV_HEADERS, leaderboardCsv } from './csv';
export * from './difficulty';
export { type MonthFigures, meanOf, monthFigures, type RoleStat, roleStats } from './figures';
export * from './leaderboard';
export * from './split-inputs';
export * from './verify';
