/** What `npm run verify` prints: the leaderboard (ranked results, then those played under other rules with what
 * differs), refusals and duplicates, as a table, CSV or JSON. Text from the results is escaped and clipped. */

import type { VerifiedEntry } from '../engine/classroom';
import {
  aidsText,
  buildLeaderboard,
  leaderboardCsv,
  modeText,
  type RankedEntry,
  REFUSAL_LABELS,
  type Reference,
} from '../engine/classroom';
import type { SessionConfig } from '../engine/codes';
import { plainMoney, plainPercent } from '../engine/words/plain';
import { formatColumns } from './table';
import { fieldText, jsonSafe } from './terminal-text';
import type { IgnoredInput, Outcome } from './verify';

type Refused = Extract<Outcome, { ok: false }>;
type Accepted = Extract<Outcome, { ok: true }>;

const TABLE_HEADERS = [
  'rank',
  'team',
  'players',
  'score',
  'align',
  'balance',
  'exec',
  'profit',
  'fill',
  'forecast',
  'scenario',
  'rounds',
  'mode',
  'aids',
  'source',
];

/** The whole output of a run in the chosen format; refusals and duplicates go to stderr with --csv. */
export function renderOutcomes(
  outcomes: readonly Outcome[],
  ignored: readonly IgnoredInput[],
  format: 'table' | 'csv' | 'json',
  session: SessionConfig | null,
  stderr: (text: string) => void,
): string {
  const valid = outcomes.flatMap((o) => (o.ok && o.duplicateOf === undefined ? [o] : []));
  const sourceOf = new Map(valid.map((o) => [o.entry, o.source]));
  const { reference, rows } = buildLeaderboard(
    valid.map((o) => o.entry),
    session,
  );
  const refused = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const duplicates = outcomes.flatMap((o) => (o.ok && o.duplicateOf !== undefined ? [o] : []));
  if (format === 'csv') {
    for (const o of refused) stderr(`refused ${refusalLine(o)}\n`);
    for (const o of duplicates) stderr(`duplicate ${duplicateLine(o)}\n`);
    for (const line of ignored) stderr(`ignored ${ignoredLine(line)}\n`);
    return leaderboardCsv(rows);
  }
  if (format === 'json') {
    const leaderboard = rows.map(({ rank, entry, marks }) => {
      return { rank, ...entryFigures(entry), notRankedBecause: marks, source: sourceOf.get(entry) };
    });
    const output = {
      comparedWith: reference?.source ?? null,
      leaderboard,
      refused: refused.map(({ source, reason, message }) => ({ source, reason, message })),
      duplicates: duplicates.map(({ source, duplicateOf }) => ({ source, duplicateOf })),
      ignored,
    };
    return `${jsonSafe(JSON.stringify(output, null, 2))}\n`;
  }
  const ranked = rows.filter((row) => row.rank !== null);
  const unranked = rows.filter((row) => row.rank === null);
  const lines = [
    `${valid.length} verified (${ranked.length} ranked, ${unranked.length} played under other rules), ${refused.length} refused, ${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'}`,
  ];
  if (reference) lines.push(`Ranked by ${fieldText(reference.source, 120)}: ${rulesLine(reference)}`);
  lines.push(
    '',
    rows.length > 0
      ? formatColumns(
          TABLE_HEADERS,
          rows.map((row) => tableRow(row, sourceOf.get(row.entry) ?? '')),
        )
      : '(no verified results)',
  );
  if (unranked.length > 0)
    lines.push(
      '',
      'Not ranked (played under other rules):',
      ...unranked.map(
        ({ entry, marks }) =>
          `  ${fieldText(entry.team, 60)}: ${marks.map((m) => fieldText(m, 120)).join('; ')}`,
      ),
    );
  if (refused.length > 0) lines.push('', 'Refused:', ...refused.map((o) => `  ${refusalLine(o)}`));
  if (duplicates.length > 0)
    lines.push('', 'Duplicates (counted once):', ...duplicates.map((o) => `  ${duplicateLine(o)}`));
  if (ignored.length > 0)
    lines.push('', 'Ignored (not a code):', ...ignored.map((line) => `  ${ignoredLine(line)}`));
  return `${lines.join('\n')}\n`;
}

function tableRow({ rank, entry }: RankedEntry, source: string): string[] {
  return [
    rank === null ? '-' : String(rank),
    fieldText(entry.team, 30),
    fieldText(entry.players.join(', '), 40) || '-',
    entry.total.toFixed(1),
    entry.alignment.toFixed(1),
    entry.balance.toFixed(1),
    entry.execution.toFixed(1),
    plainMoney(entry.profitCents),
    plainPercent(entry.fillRate),
    plainPercent(entry.forecastAccuracy),
    fieldText(entry.scenarioName, 30),
    String(entry.rules.rounds),
    modeText(entry.play),
    aidsText(entry.play),
    fieldText(source, 60),
  ];
}

/** The reference rules in one line: scenario, seed, rounds, rotation. */
function rulesLine(reference: Reference): string {
  const { rules } = reference;
  const weights = rules.weights
    ? `weights ${rules.weights.alignment}/${rules.weights.balance}/${rules.weights.execution}`
    : "the scenario's weights";
  return `${fieldText(rules.scenarioName, 40)}, seed ${fieldText(rules.seed, 64)}, ${rules.rounds} rounds, roles rotating every ${rules.rotateEvery}, ${weights}`;
}

function refusalLine(o: Refused): string {
  return `${fieldText(o.source, 120)}: ${REFUSAL_LABELS[o.reason]}: ${fieldText(o.message, 400)}`;
}

function duplicateLine(o: Accepted): string {
  return `${fieldText(o.source, 120)}: the same result as ${fieldText(o.duplicateOf ?? '', 120)}`;
}

function ignoredLine(line: IgnoredInput): string {
  return `${fieldText(line.source, 120)}: ${fieldText(line.text, 80)}`;
}

/** An entry's figures for the JSON output: every field but the record, its monthly figures and its key (which
 * is not even worked out: reading it would hash the record). */
function entryFigures(entry: VerifiedEntry): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const name of Object.keys(entry))
    if (name !== 'record' && name !== 'monthly' && name !== 'key')
      figures[name] = entry[name as keyof VerifiedEntry];
  return figures;
}
