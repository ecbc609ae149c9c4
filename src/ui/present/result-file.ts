/** The downloadable result: the finished record (with its claimed score) as JSON, and a safe file name (no DOM). */
import type { GameRecord } from '../../engine/types';

/** A file name from the team's name and the seed, with only safe characters. */
export function resultFileName(record: GameRecord): string {
  const team = (record.team?.name ?? 'team')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const seed = record.seed.replace(/[^A-Za-z0-9_-]+/g, '');
  return `sop-arena-result-${(team || 'team').slice(0, 40)}-${seed.slice(0, 32)}.json`;
}

/** The file's text: the record as indented JSON, the same data the result code carries. */
export function resultFileText(record: GameRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
