/** Entry point of `npm run verify -- FILES… [--csv|--json] [--session CODE]`: verifies every result in the
 * files by replaying it and prints the leaderboard. Exit 0 all valid, 1 any refused, 2 bad usage. */
import { pathToFileURL } from 'node:url';
import {
  fileInputs,
  findRepeats,
  type ReadInputs,
  type RefusalReason,
  type VerifiedEntry,
  type VerifyInput,
  verifyInput,
} from '../engine/classroom';
import { decodeSessionCode, type SessionConfig } from '../engine/codes';
import type { Result } from '../engine/types';
import { EXIT, readTextFile } from './io';
import { terminalWriters } from './terminal-text';
import { renderOutcomes } from './verify-output';

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
  --session CODE   refuse results that do not belong to this session or break its rules
Results played under other rules than the session's (without --session: than the rules most results
share) are listed after the ranked ones, unranked, with what differs. Inputs must be regular files of at
most 8 MB (devices and pipes are refused).
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

/** A line of an input file that held no code (listed, never dropped silently). */
export type IgnoredInput = ReadInputs['ignored'][number];

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
  const duplicates = findRepeats(outcomes.map((o) => (o.ok ? o.entry : null)));
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
  const ignored: IgnoredInput[] = [];
  for (const path of command.value.files) {
    const text = readTextFile(path);
    if (!text.ok) {
      io.stderr(`verify: ${text.error}\n`);
      return EXIT.usage;
    }
    const read = fileInputs(path, text.value);
    if (!read.ok) inputs.push({ source: path, kind: 'unreadable', message: read.error });
    else if (read.value.inputs.length === 0)
      inputs.push({ source: path, kind: 'unreadable', message: 'The file holds no result.' });
    else inputs.push(...read.value.inputs);
    if (read.ok) {
      ignored.push(...read.value.ignored);
      if (read.value.ignoredMore > 0)
        ignored.push({ source: path, text: `and ${read.value.ignoredMore} more lines that are not codes` });
    }
  }
  const outcomes = verifyAll(inputs, command.value.session);
  const session = command.value.session ?? null;
  io.stdout(renderOutcomes(outcomes, ignored, command.value.format, session, io.stderr));
  return outcomes.some((o) => !o.ok) ? EXIT.mismatch : EXIT.ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = runVerify(process.argv.slice(2), terminalWriters());
  } catch (error) {
    process.stderr.write(
      `verify: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = EXIT.internal;
  }
}
