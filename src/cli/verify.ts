/** Entry point of `npm run verify -- FILES… [--csv|--json] [--session CODE]`: verifies every result in the
 * files by replaying it and prints the leaderboard. Exit 0 all valid, 1 any refused, 2 bad usage. */
import { pathToFileURL } from 'node:url';
import {
  fileInputs,
  findDuplicates,
  leaderboardCsv,
  REFUSAL_LABELS,
  type RefusalReason,
  rankEntries,
  type VerifiedEntry,
  type VerifyInput,
  verifyInput,
} from '../engine/classroom';
import { decodeSessionCode, type SessionConfig } from '../engine/codes';
import type { Result } from '../engine/types';
import { formatCents, formatPercentPlain } from '../ui/present/plain-numbers';
import { EXIT, readTextFile } from './io';
import { formatColumns } from './table';

/** What one `verify` run asks for. */
export interface VerifyCommand {
  files: string[];
  format: 'table' | 'csv' | 'json';
  session?: SessionConfig;
  help: boolean;
}

/** The text of `--help`. */
export const VERIFY_USAGE = `S&OP Arena result verifier

  npm run verify -- FILES... [--csv | --json] [--session CODE]

FILES are result files downloaded from the game, records written by \`npm run sim -- --record-out\`,
or text files of result codes, one per line. Every result is replayed and its claimed score checked.
  --csv            print the leaderboard as CSV (refused results go to stderr)
  --json           print the leaderboard, refusals and duplicates as JSON
  --session CODE   refuse results that do not belong to this session
Exit codes: 0 every result valid, 1 some result refused, 2 bad usage or an unreadable file.
`;

/** Reads the arguments into a command, or one line saying what is wrong. */
export function parseVerifyArgs(argv: readonly string[]): Result<VerifyCommand, string> {
  const command: VerifyCommand = { files: [], format: 'table', help: false };
  const formats: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--help' || token === '-h') command.help = true;
    else if (token === '--csv' || token === '--json') formats.push(token);
    else if (token === '--session' || token.startsWith('--session=')) {
      if (command.session) return { ok: false, error: '--session is given twice' };
      const code = token === '--session' ? argv[++i] : token.slice('--session='.length);
      if (code === undefined || code === '') return { ok: false, error: '--session needs a session code' };
      const session = decodeSessionCode(code);
      if (!session.ok) return { ok: false, error: `--session: ${session.error}` };
      command.session = session.value;
    } else if (token.startsWith('-')) return { ok: false, error: `unknown flag "${token}" (see --help)` };
    else command.files.push(token);
  }
  if (formats.length > 1) return { ok: false, error: 'give --csv or --json, not both' };
  if (formats[0]) command.format = formats[0] === '--csv' ? 'csv' : 'json';
  if (!command.help && command.files.length === 0)
    return { ok: false, error: 'no files to verify (usage: npm run verify -- FILES... ; see --help)' };
  return { ok: true, value: command };
}

/** One input's fate. */
export type Outcome =
  | { source: string; ok: true; entry: VerifiedEntry; duplicateOf?: string }
  | { source: string; ok: false; reason: RefusalReason; message: string };

/** Verifies every input in order and marks repeats of an entry already seen. */
export function verifyAll(inputs: readonly VerifyInput[], session?: SessionConfig): Outcome[] {
  const outcomes: Outcome[] = inputs.map((input) => {
    const result = verifyInput(input, session ? { session } : {});
    return result.ok
      ? { source: input.source, ok: true, entry: result.entry }
      : { source: input.source, ok: false, reason: result.reason, message: result.message };
  });
  const duplicates = findDuplicates(outcomes.map((o) => ({ key: o.ok ? o.entry.key : null, item: o })));
  return outcomes.map((outcome, index) => {
    const first = duplicates[index];
    return first !== null && outcome.ok ? { ...outcome, duplicateOf: outcomes[first].source } : outcome;
  });
}

/** Runs the verifier; the writers receive the output, the return value is the exit code. */
export function runVerify(
  argv: readonly string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): number {
  const command = parseVerifyArgs(argv);
  if (!command.ok) {
    io.stderr(`verify: ${command.error}\n`);
    return EXIT.usage;
  }
  if (command.value.help) {
    io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  const inputs: VerifyInput[] = [];
  for (const path of command.value.files) {
    const text = readTextFile(path);
    if (!text.ok) {
      io.stderr(`verify: ${text.error}\n`);
      return EXIT.usage;
    }
    const read = fileInputs(path, text.value);
    if (!read.ok) inputs.push({ source: path, kind: 'unreadable', message: read.error });
    else if (read.value.length === 0)
      inputs.push({ source: path, kind: 'unreadable', message: 'The file holds no result.' });
    else inputs.push(...read.value);
  }
  const outcomes = verifyAll(inputs, command.value.session);
  io.stdout(render(outcomes, command.value.format, io.stderr));
  return outcomes.some((o) => !o.ok) ? EXIT.mismatch : EXIT.ok;
}

function render(
  outcomes: readonly Outcome[],
  format: VerifyCommand['format'],
  stderr: (t: string) => void,
): string {
  const valid = outcomes.flatMap((o) => (o.ok && o.duplicateOf === undefined ? [o] : []));
  const sourceOf = new Map(valid.map((o) => [o.entry, o.source]));
  const ranked = rankEntries(valid.map((o) => o.entry));
  const refused = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const duplicates = outcomes.flatMap((o) => (o.ok && o.duplicateOf !== undefined ? [o] : []));
  const refusalLine = (o: Extract<Outcome, { ok: false }>) =>
    `${o.source}: ${REFUSAL_LABELS[o.reason]}: ${o.message}`;
  const duplicateLine = (o: Extract<Outcome, { ok: true }>) =>
    `${o.source}: the same result as ${o.duplicateOf}`;
  if (format === 'csv') {
    for (const o of refused) stderr(`refused ${refusalLine(o)}\n`);
    for (const o of duplicates) stderr(`duplicate ${duplicateLine(o)}\n`);
    return leaderboardCsv(ranked);
  }
  if (format === 'json') {
    const leaderboard = ranked.map(({ rank, entry }) => {
      const { record: _record, monthly: _monthly, key: _key, ...figures } = entry;
      return { rank, ...figures, source: sourceOf.get(entry) };
    });
    const refusals = refused.map(({ source, reason, message }) => ({ source, reason, message }));
    const repeats = duplicates.map(({ source, duplicateOf }) => ({ source, duplicateOf }));
    return `${JSON.stringify({ leaderboard, refused: refusals, duplicates: repeats }, null, 2)}\n`;
  }
  const headers = [
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
    'source',
  ];
  const rows = ranked.map(({ rank, entry }) => [
    String(rank),
    entry.team,
    entry.players.join(', ') || '-',
    entry.total.toFixed(1),
    entry.alignment.toFixed(1),
    entry.balance.toFixed(1),
    entry.execution.toFixed(1),
    formatCents(entry.profitCents),
    formatPercentPlain(entry.fillRate),
    formatPercentPlain(entry.forecastAccuracy),
    sourceOf.get(entry) ?? '',
  ]);
  const lines = [
    `${valid.length} verified, ${refused.length} refused, ${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'}`,
    '',
    ranked.length > 0 ? formatColumns(headers, rows) : '(no verified results)',
  ];
  if (refused.length > 0) lines.push('', 'Refused:', ...refused.map((o) => `  ${refusalLine(o)}`));
  if (duplicates.length > 0)
    lines.push('', 'Duplicates (counted once):', ...duplicates.map((o) => `  ${duplicateLine(o)}`));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = runVerify(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } catch (error) {
    process.stderr.write(
      `verify: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = EXIT.internal;
  }
}
