/** Verification of a team's result: decode or validate, replay the record, and compare the replay's
 * score with the score the result claims. A result is accepted only if the replay backs every number. */
import {
  builtInScenarioHash,
  decodeResultCode,
  decodeSessionCode,
  rulesBreaches,
  type SessionConfig,
  sessionId,
  sessionRules,
} from '../codes';
import { actionError, createGame, ENGINE_VERSION } from '../game';
import type { PlayConditions } from '../play-conditions';
import { recordScenario } from '../record';
import { validateRecord } from '../record-schema';
import { canonicalHash } from '../scenario-hash';
import { getScenario } from '../scenarios';
import { type FinalScore, gameScore } from '../scoring';
import { applyTrusted } from '../trusted';
import type { GameRecord, GameState, Result, Scenario } from '../types';
import { type PlayedRules, playedRules } from './conditions';
import { type MonthFigures, meanOf, monthFigures } from './figures';
import { findDuplicates } from './leaderboard';
import { resultFileContent, type VerifyInput } from './split-inputs';

/** Why a result is refused. */
export type RefusalReason =
  | 'corrupt'
  | 'tampered'
  | 'otherSession'
  | 'rules'
  | 'engineVersion'
  | 'incomplete';

/** Short names of the refusal reasons, for tables. */
export const REFUSAL_LABELS: Record<RefusalReason, string> = {
  corrupt: 'corrupt',
  tampered: 'tampered',
  otherSession: 'another session',
  rules: 'against the session rules',
  engineVersion: 'another engine version',
  incomplete: 'incomplete game',
};

/** A verified result: every number comes from the replay, not from the claim. */
export interface VerifiedEntry {
  /** Hash of the record's canonical JSON: equal records give equal keys (duplicates). */
  key: string;
  team: string;
  players: string[];
  /** Game score and its three parts, 0–100 (one decimal). */
  total: number;
  alignment: number;
  balance: number;
  execution: number;
  profitCents: number;
  /** Means over the months, 0–1. */
  fillRate: number;
  forecastAccuracy: number;
  /** The session the result was played in, when it names one. */
  sessionId?: string;
  sessionName?: string;
  scenarioName: string;
  months: number;
  /** Session, scenario (by content hash), seed, rounds, rotation and weights, to compare results by. */
  rules: PlayedRules;
  /** Mode, solo bot and aids, as the record reports them (absent in older records). */
  play?: PlayConditions;
  monthly: MonthFigures[];
  record: GameRecord;
}

/** The outcome of verifying one input. */
export type Verification =
  | { ok: true; entry: VerifiedEntry }
  /** `team` is the name the refused result claims, when its record could be read. */
  | { ok: false; reason: RefusalReason; message: string; team?: string };

/** What a result is checked against. */
export interface VerifyOptions {
  /** Results must belong to this session (its id and its settings). */
  session?: SessionConfig;
}

const refuse = (reason: RefusalReason, message: string): Verification => ({ ok: false, reason, message });

/** Verifies any input: a result code, a result file's or a record's JSON, or something unreadable. */
export function verifyInput(input: VerifyInput, options: VerifyOptions = {}): Verification {
  if (input.kind === 'code') return verifyCode(input.text, options);
  if (input.kind === 'json') return verifyJson(input.data, options);
  return refuse('corrupt', input.message);
}

/** Verifies a pasted result code. Its entry reads the record again from the code when asked for it: a class's
 * entries then hold no record each (the leaderboard never reads one), which keeps a batch's memory and the
 * garbage collector's copying small. */
export function verifyCode(text: string, options: VerifyOptions = {}): Verification {
  const decoded = decodeResultCode(text);
  if (!decoded.ok) return refuse(codeRefusal(decoded.error), decoded.error);
  return checkedRecord(decoded.value, options, () => decodedRecord(text));
}

/** The record of a code already decoded once without a refusal (decoding is deterministic). */
function decodedRecord(text: string): GameRecord {
  const decoded = decodeResultCode(text);
  if (!decoded.ok) throw new Error(`A verified result code no longer decodes: ${decoded.error}`);
  return decoded.value;
}

/** Verifies a result file (`{kind: "sop-arena-result", code, record}`) or a raw record, as parsed JSON.
 * A file holding both a code and a record is refused as tampered if the two differ. */
export function verifyJson(data: unknown, options: VerifyOptions = {}): Verification {
  const content = resultFileContent(data);
  if (!content.ok) return refuse('corrupt', content.error);
  const { code, record: rawRecord } = content.value;
  if (rawRecord === undefined) return verifyCode(code ?? '', options);
  const version = (rawRecord as { engineVersion?: unknown }).engineVersion;
  if (typeof version === 'string' && version !== ENGINE_VERSION) return versionRefusal(version);
  const record = validateRecord(rawRecord);
  if (!record.ok) return refuse('corrupt', `This is not a valid game record: ${record.error}.`);
  if (code !== undefined) {
    const fromCode = decodeResultCode(code);
    if (!fromCode.ok) return refuse(codeRefusal(fromCode.error), fromCode.error);
    if (recordKey(fromCode.value) !== recordKey(record.value))
      return refuse('tampered', "The file's result code and its record differ: one of them was edited.");
  }
  return verifyRecord(record.value, options);
}

/** Verifies a validated record: engine version, session, replay, completeness, claimed score. A refusal
 * carries the team name the record claims, so the instructor knows whose result it was. */
export function verifyRecord(record: GameRecord, options: VerifyOptions = {}): Verification {
  return checkedRecord(record, options, () => record);
}

/** verifyRecord; the entry asks `reread` for the record when it is first read. */
function checkedRecord(record: GameRecord, options: VerifyOptions, reread: () => GameRecord): Verification {
  const verification = checkRecord(record, options, reread);
  const team = record.team?.name.trim();
  return verification.ok || !team ? verification : { ...verification, team };
}

function checkRecord(record: GameRecord, options: VerifyOptions, reread: () => GameRecord): Verification {
  if (record.engineVersion !== ENGINE_VERSION) return versionRefusal(record.engineVersion);
  const session = sessionOf(record, options.session);
  if (!session.ok) return session.error;
  const state = replayRecord(record);
  if (!state.ok) return state.error;
  const { history, settings } = state.value;
  if (state.value.phase !== 'finished' || history.length < settings.rounds)
    return refuse(
      'incomplete',
      `The game is not finished: ${history.length} of ${settings.rounds} rounds were played.`,
    );
  const score = gameScore(state.value);
  const mismatch = claimMismatch(record, score);
  if (mismatch !== null) return refuse('tampered', mismatch);
  const monthly = monthFigures(state.value);
  // The key hashes the whole record: worked out when first read (a page showing the entry, or findRepeats for a
  // result that shares its traits with another), not for every result of a class. The record itself comes from
  // `reread` when first read: these getters are the only closures the entry keeps, and they do not hold `record`.
  let key: string | undefined;
  let kept: GameRecord | undefined;
  return {
    ok: true,
    entry: {
      get key() {
        key ??= recordKey(this.record);
        return key;
      },
      team: record.team?.name.trim() || 'Unnamed team',
      players: record.team?.players ?? [],
      total: score.total,
      alignment: score.alignment,
      balance: score.balance,
      execution: score.execution,
      profitCents: score.profitCents,
      fillRate: meanOf(monthly, (m) => m.fillRate),
      forecastAccuracy: meanOf(monthly, (m) => m.forecastAccuracy),
      ...(session.value ? { sessionId: session.value.id, sessionName: session.value.name } : {}),
      scenarioName: state.value.scenario.name,
      months: score.months,
      rules: playedRules(record, state.value.scenario.name, session.value),
      ...(record.play ? { play: record.play } : {}),
      monthly,
      get record() {
        kept ??= reread();
        return kept;
      },
    },
  };
}

/** Which earlier entry each entry repeats (the index of its first copy, as findDuplicates gives it), or null; a
 * refused result (null) repeats nothing. Records are hashed only when they share the traits every copy of a
 * record shares (scenario, seed, team, score, profit: all worked out from the record), so a class of distinct
 * results costs no hashing, and no record is read. */
export function findRepeats(entries: readonly (VerifiedEntry | null)[]): (number | null)[] {
  const trait = (e: VerifiedEntry) =>
    `${e.rules.scenarioHash}\u0000${e.rules.seed}\u0000${e.team}\u0000${e.total}\u0000${e.profitCents}`;
  const traits = entries.map((e) => (e ? trait(e) : null));
  const counts = new Map<string, number>();
  for (const t of traits) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
  return findDuplicates(
    entries.map((e, i) => {
      const t = traits[i];
      return { key: e && t !== null && (counts.get(t) ?? 0) > 1 ? e.key : null, item: e };
    }),
  );
}

/** The identity of a record's content: equal records (whatever their key order) give equal keys. */
export function recordKey(record: GameRecord): string {
  return canonicalHash(record);
}

function versionRefusal(version: string): Verification {
  // The version may come from an unvalidated file: never echo more than a version's length of it.
  const shown = version.length > 32 ? `${version.slice(0, 31)}…` : version;
  return refuse(
    'engineVersion',
    `The result was made by engine ${shown}; this is engine ${ENGINE_VERSION}, which cannot replay it exactly.`,
  );
}

/** A code from another version of the game is a version problem; anything else a code refuses is corruption. */
function codeRefusal(message: string): RefusalReason {
  return /unsupported format version/.test(message) ? 'engineVersion' : 'corrupt';
}

type Step<T> = { ok: true; value: T } | { ok: false; error: Verification };

/** The session a record names (checked for consistency with its own settings), and that it is the expected one. */
function sessionOf(
  record: GameRecord,
  expected: SessionConfig | undefined,
): Step<{ id: string; name: string } | null> {
  const fail = (reason: RefusalReason, message: string) => ({
    ok: false as const,
    error: refuse(reason, message),
  });
  if (!record.session) {
    if (expected)
      return fail('otherSession', `The result was not played in a session; expected "${expected.name}".`);
    return { ok: true, value: null };
  }
  const decoded = decodedSession(record.session.code);
  if (!decoded.ok) return fail('tampered', `The result's session code is damaged: ${decoded.error}`);
  const config = decoded.value;
  const id = sessionId(config);
  if (expected && id !== sessionId(expected))
    return fail(
      'otherSession',
      `The result belongs to the session "${config.name}", not to "${expected.name}".`,
    );
  const breaches = rulesBreaches(sessionRules(config), record);
  if (breaches.length > 0)
    return fail(
      'rules',
      `The result names the session "${config.name}" but was not played by its rules: ${breaches.join('; ')}.`,
    );
  return { ok: true, value: { id, name: config.name } };
}

/** Session codes repeat across a class's results: each is decoded once. */
const sessionCache = new Map<string, Result<SessionConfig, string>>();
function decodedSession(code: string): Result<SessionConfig, string> {
  let decoded = sessionCache.get(code);
  if (decoded === undefined) {
    decoded = decodeSessionCode(code);
    if (sessionCache.size > 500) sessionCache.clear();
    sessionCache.set(code, decoded);
  }
  return decoded;
}

/** The scenario a record was played on, as recordScenario finds it, with built-in hashes cached. */
function scenarioOf(record: GameRecord): Result<Scenario, string> {
  const builtIn = record.scenario ? undefined : getScenario(record.scenarioId);
  if (!builtIn || !Object.isFrozen(builtIn)) return recordScenario(record);
  if (builtInScenarioHash(record.scenarioId) !== record.scenarioHash)
    return {
      ok: false,
      error: 'The scenario does not match the one the record was played on (hash differs).',
    };
  return { ok: true, value: builtIn };
}

/** Replays a record; a missing scenario is corruption, a changed scenario or a refused move tampering. */
function replayRecord(record: GameRecord): Step<GameState> {
  const fail = (reason: RefusalReason, message: string) => ({
    ok: false as const,
    error: refuse(reason, message),
  });
  const scenario = scenarioOf(record);
  if (!scenario.ok) return fail(/hash differs/.test(scenario.error) ? 'tampered' : 'corrupt', scenario.error);
  // Each action is checked by the rules against the state just before it, then written into the one state of
  // the replay (the trusted path's applyTrusted): the state applyAction would give, without a copy per action.
  const state = createGame(scenario.value, record.seed, record.settings);
  for (let index = 0; index < record.actions.length; index++) {
    const action = record.actions[index];
    if (state.phase === 'finished')
      return fail('tampered', `The record goes on after the game finished (action ${index + 1}).`);
    const error = actionError(state, action);
    if (error)
      return fail(
        'tampered',
        `Action ${index + 1} (${action.type}) in month ${state.month} is refused by the rules: ${error.message}`,
      );
    applyTrusted(state, action);
  }
  return { ok: true, value: state };
}

const CLAIM_FIELDS = ['total', 'alignment', 'balance', 'execution', 'profitCents', 'months'] as const;

/** Names the first claimed number the replay does not give, or null when the claim holds (or is absent). */
function claimMismatch(record: GameRecord, score: FinalScore): string | null {
  const claimed = record.claimed;
  if (!claimed) return null;
  let field: (typeof CLAIM_FIELDS)[number] | undefined;
  for (let i = 0; i < CLAIM_FIELDS.length && field === undefined; i++)
    if (claimed[CLAIM_FIELDS[i]] !== score[CLAIM_FIELDS[i]]) field = CLAIM_FIELDS[i];
  if (field === undefined) return null;
  const label = field === 'total' ? 'score' : field === 'profitCents' ? 'profit (cents)' : field;
  return `The claimed ${label} ${claimed[field]} does not match the replay, which gives ${score[field]}.`;
}
