/** The conditions a verified result was played under — session, scenario (by content), seed, rounds, rotation,
 * weights, mode, bot and aids — and how they differ from the ones the class is ranked by, so that a game cut
 * short, reweighted or played on a doctored scenario is marked instead of ranked silently among genuine ones. */
import { builtInScenarioHash, type SessionConfig, sessionId, sessionRules } from '../codes';
import { BOT_PERSONA_LABELS, PLAY_MODE_LABELS, type PlayConditions } from '../play-conditions';
import { canonicalJson } from '../scenario-hash';
import { getScenario } from '../scenarios';
import type { GameRecord, ScoreWeights } from '../types';

/** The settings that make two results comparable: the same world, length and scoring. */
export interface PlayedRules {
  sessionId: string | null;
  sessionName: string | null;
  scenarioId: string;
  scenarioName: string;
  scenarioHash: string;
  seed: string;
  rounds: number;
  rotateEvery: number;
  weights: ScoreWeights | null;
}

/** The rules the class is ranked by, and where they come from (said beside the leaderboard). */
export interface Reference {
  rules: PlayedRules;
  /** "the session “Class A”" or "the rules most results share". */
  source: string;
}

/** The rules a record was played under (the scenario named as the replay found it). */
export function playedRules(
  record: GameRecord,
  scenarioName: string,
  session: SessionRef | null,
): PlayedRules {
  return {
    sessionId: session?.id ?? null,
    sessionName: session?.name ?? null,
    scenarioId: record.scenarioId,
    scenarioName,
    scenarioHash: record.scenarioHash,
    seed: record.seed,
    rounds: record.settings.rounds,
    rotateEvery: record.settings.rotateEvery,
    weights: record.settings.weights ?? null,
  };
}

/** A session as a result names it. */
export interface SessionRef {
  id: string;
  name: string;
}

/** The rules of a session config, in the same shape as a result's. */
export function sessionPlayedRules(config: SessionConfig): PlayedRules {
  const rules = sessionRules(config);
  return {
    sessionId: sessionId(config),
    sessionName: config.name,
    scenarioId: config.scenarioId,
    scenarioName: config.scenario?.name ?? getScenario(config.scenarioId)?.name ?? config.scenarioId,
    scenarioHash: rules.scenarioHash ?? '',
    seed: config.seed,
    rounds: config.rounds,
    rotateEvery: config.rotateEvery,
    weights: config.weights ?? null,
  };
}

/** The reference: the given session; else the rules most results played in a session share (a session's results
 * all carry its rules, since verification refuses any that break them); else the rules most results share. Ties
 * go to the first collected. Null without results. */
export function referenceRules(
  results: readonly PlayedRules[],
  session?: SessionConfig | null,
): Reference | null {
  if (session) return { rules: sessionPlayedRules(session), source: `the session “${session.name}”` };
  const inSession = results.filter((r) => r.sessionId !== null);
  const pool = inSession.length > 0 ? inSession : results;
  const counts = new Map<string, number>();
  let best: PlayedRules | null = null;
  let bestCount = 0;
  for (const rules of pool) {
    const key = rulesKey(rules);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > bestCount) {
      best = rules;
      bestCount = count;
    }
  }
  if (best === null) return null;
  return best.sessionName !== null
    ? { rules: best, source: `the session “${best.sessionName}”, which most results name` }
    : { rules: best, source: 'the rules most results share' };
}

/** Every way a result's rules differ from the reference, as short phrases; empty when it is comparable. */
export function rulesMarks(reference: PlayedRules, played: PlayedRules): string[] {
  const marks: string[] = [];
  if (reference.sessionId !== null && played.sessionId !== reference.sessionId)
    marks.push(
      played.sessionId === null ? 'not played in the session' : `another session (“${played.sessionName}”)`,
    );
  if (played.scenarioHash !== reference.scenarioHash) marks.push(scenarioMark(played));
  if (played.seed !== reference.seed) marks.push('another seed');
  if (played.rounds !== reference.rounds)
    marks.push(`${played.rounds} rounds instead of ${reference.rounds}`);
  if (played.rotateEvery !== reference.rotateEvery)
    marks.push(`roles rotating every ${played.rotateEvery} instead of ${reference.rotateEvery} rounds`);
  if (!sameWeights(played.weights, reference.weights)) marks.push('other score weights');
  return marks;
}

/** Whether two results were scored alike: the same weights whatever their key order, or both the scenario's own
 * (null, as most results are: no canonical JSON is written for them). */
function sameWeights(a: ScoreWeights | null, b: ScoreWeights | null): boolean {
  return a === b || (a !== null && b !== null && canonicalJson(a) === canonicalJson(b));
}

/** A built-in's id on other content is called a modified copy, whatever name it carries. */
function scenarioMark(played: PlayedRules): string {
  const builtIn = builtInScenarioHash(played.scenarioId);
  if (builtIn !== null && builtIn !== played.scenarioHash)
    return `a modified copy of the built-in “${getScenario(played.scenarioId)?.name ?? played.scenarioId}” (its numbers differ)`;
  return `another scenario (“${played.scenarioName}”)`;
}

/** The plain fields two results must share to be compared: every field of PlayedRules but the names and the
 * weights (compared apart). A field added to PlayedRules fails to compile here until it is listed. */
const COMPARED: Record<Exclude<keyof PlayedRules, 'sessionName' | 'scenarioName' | 'weights'>, true> = {
  sessionId: true,
  scenarioId: true,
  scenarioHash: true,
  seed: true,
  rounds: true,
  rotateEvery: true,
};
const COMPARED_FIELDS = Object.keys(COMPARED) as (keyof typeof COMPARED)[];

/** What two results must share to be compared, written so that equal keys mean equal values (JSON of the plain
 * fields, the weights as canonical JSON whatever their key order). */
function rulesKey(rules: PlayedRules): string {
  return `${JSON.stringify(COMPARED_FIELDS.map((field) => rules[field]))}${canonicalJson(rules.weights)}`;
}

/**
 * How the game was played, in words: "Solo with the Textbook planner bot", "Pair (hot seat)", "Live pair (own
 * devices)" or "not recorded".
 */
export function modeText(play: PlayConditions | undefined): string {
  if (!play) return 'not recorded';
  if (play.live) return play.mode === 'pair' ? 'Live pair (own devices)' : 'Live team (own devices)';
  if (play.mode === 'solo' && play.persona) return `Solo with the ${BOT_PERSONA_LABELS[play.persona]} bot`;
  return PLAY_MODE_LABELS[play.mode];
}

/** The solo bot's short name, or "—" for human teams and unknown records. */
export function botText(play: PlayConditions | undefined): string {
  return play?.mode === 'solo' && play.persona ? BOT_PERSONA_LABELS[play.persona] : '—';
}

/** The aids a team had and used: "Suggest used 3× (allowed)", "Suggest off", "not recorded". */
export function aidsText(play: PlayConditions | undefined): string {
  if (!play) return 'not recorded';
  if (!play.suggestAllowed)
    return play.suggestUsed > 0 ? `Suggest off, yet used ${play.suggestUsed}×` : 'Suggest off';
  return play.suggestUsed > 0 ? `Suggest used ${play.suggestUsed}×` : 'Suggest allowed, not used';
}
