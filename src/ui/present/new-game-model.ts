/** The new-game form's rules: which fields show, what each accepts, and the game input they make (no DOM). */
import { type SessionConfig, type SessionRules, sessionRules } from '../../engine/codes';
import {
  BOT_PERSONA_IDS,
  BOT_PERSONA_LABELS,
  PLAY_MODE_LABELS,
  PLAY_MODES,
} from '../../engine/play-conditions';
import { builtinDifficulty } from '../../engine/scenarios/difficulty';
import type { Result } from '../../engine/types';
import type { GameMode, NewGameDraft, NewGameInput } from '../../store/types';

/** What a session code sets (everything but the names), as the engine decodes it. */
export type SessionSettings = SessionConfig;

/** The fields that can carry an error message. */
export type NewGameField =
  | 'player0'
  | 'player1'
  | 'player2'
  | 'player3'
  | 'teamName'
  | 'scenarioId'
  | 'sessionCode'
  | 'rounds'
  | 'rotateEvery'
  | 'seed';

/** Field → the reason it was refused. */
export type NewGameErrors = Partial<Record<NewGameField, string>>;

/** Limits of a game's length. */
export const MIN_ROUNDS = 6;
export const MAX_ROUNDS = 24;
const MAX_NAME = 30;

/** How many name fields a mode shows, and how many must be filled. */
export function nameSlots(mode: GameMode): { shown: number; required: number } {
  if (mode === 'solo') return { shown: 1, required: 1 };
  if (mode === 'pair') return { shown: 2, required: 2 };
  return { shown: 4, required: 3 };
}

/** A whole number typed as text, or null ("12" → 12; "12.5", "", "1e3" → null). */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function checkNames(draft: NewGameDraft, errors: NewGameErrors): string[] {
  const slots = nameSlots(draft.mode);
  const names: string[] = [];
  for (let i = 0; i < slots.shown; i++) {
    const field = `player${i}` as NewGameField;
    const name = (draft.players[i] ?? '').trim();
    if (name === '') {
      if (i < slots.required) errors[field] = 'Enter a name.';
      continue;
    }
    if (name.length > MAX_NAME) errors[field] = `Keep the name under ${MAX_NAME + 1} characters.`;
    else if (names.some((n) => n.toLowerCase() === name.toLowerCase()))
      errors[field] = 'Two players have this name; make them different.';
    else names.push(name);
  }
  return names;
}

function checkLength(draft: NewGameDraft, errors: NewGameErrors): { rounds: number; rotateEvery: number } {
  const rounds = parseWhole(draft.rounds);
  if (rounds === null || rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
    errors.rounds = `Enter a whole number of rounds from ${MIN_ROUNDS} to ${MAX_ROUNDS}.`;
  }
  const rotateEvery = parseWhole(draft.rotateEvery);
  const maxRotate = rounds ?? MAX_ROUNDS;
  if (rotateEvery === null || rotateEvery < 1 || rotateEvery > maxRotate) {
    errors.rotateEvery = `Enter a whole number of rounds from 1 to ${maxRotate}.`;
  }
  return { rounds: rounds ?? 0, rotateEvery: rotateEvery ?? 0 };
}

/** The team name a game gets when none is typed: the players' names ("Ana & Ben"; solo: the player's). */
export function defaultTeamName(draft: NewGameDraft): string {
  const shown = nameSlots(draft.mode).shown;
  return draft.players
    .slice(0, shown)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .join(' & ');
}

/** The draft as a session lets it be: a mode or solo colleague the session does not allow becomes its first allowed
 * one (what the form shows as set by the session). Without rules, the draft itself. */
export function withinRules(draft: NewGameDraft, rules: SessionRules | null): NewGameDraft {
  if (!rules) return draft;
  const mode = rules.modes.includes(draft.mode) ? draft.mode : rules.modes[0];
  const persona = rules.personas.includes(draft.persona) ? draft.persona : rules.personas[0];
  return mode === draft.mode && persona === draft.persona ? draft : { ...draft, mode, persona };
}

/** The rules of the session a draft names, or null (no session chosen, or its code does not decode). */
export function draftSessionRules(
  draft: NewGameDraft,
  decodeSession: (code: string) => Result<SessionSettings, string>,
): SessionRules | null {
  if (draft.source !== 'session' || draft.sessionCode.trim() === '') return null;
  const session = decodeSession(draft.sessionCode);
  return session.ok ? sessionRules(session.value) : null;
}

/** What a session sets, as short phrases (scenario name given by the caller); modes and bots only when restricted. */
export function sessionRulePhrases(rules: SessionRules, scenarioName: string): string[] {
  const phrases = [
    scenarioName,
    `${rules.rounds} rounds`,
    rules.rotateEvery === 1 ? 'roles swap every round' : `roles swap every ${rules.rotateEvery} rounds`,
  ];
  if (rules.modes.length < PLAY_MODES.length)
    phrases.push(`${listWords(rules.modes.map((m) => PLAY_MODE_LABELS[m]))} only`);
  if (rules.modes.includes('solo') && rules.personas.length < BOT_PERSONA_IDS.length)
    phrases.push(`bot colleague: ${listWords(rules.personas.map((p) => BOT_PERSONA_LABELS[p]))}`);
  phrases.push(rules.suggest ? 'Suggest allowed' : 'no Suggest button');
  phrases.push(rules.timerSeconds === null ? 'no round timer' : `a ${rules.timerSeconds}-second turn timer`);
  return phrases;
}

function listWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Checks the draft; the game input when every field is right, else the reason beside each wrong field. */
export function validateNewGame(
  typed: NewGameDraft,
  decodeSession: (code: string) => Result<SessionSettings, string>,
): Result<NewGameInput, NewGameErrors> {
  const errors: NewGameErrors = {};
  const rules = draftSessionRules(typed, decodeSession);
  const draft = withinRules(typed, rules);
  const players = checkNames(draft, errors);
  const teamName = draft.teamName.trim() || defaultTeamName(draft);
  if (draft.teamName.trim().length > 40) errors.teamName = 'Keep the team name under 41 characters.';
  const team = { mode: draft.mode, players, teamName, persona: draft.mode === 'solo' ? draft.persona : null };

  if (draft.source === 'session') {
    const code = draft.sessionCode.trim();
    const session = code === '' ? null : decodeSession(code);
    if (!session) errors.sessionCode = 'Paste or type the session code your instructor gave you.';
    else if (!session.ok) errors.sessionCode = session.error;
    if (Object.keys(errors).length > 0) return { ok: false, error: errors };
    return { ok: true, value: { ...team, sessionCode: extractSessionCode(code) } };
  }

  if (draft.scenarioId === '') errors.scenarioId = 'Choose a scenario.';
  const { rounds, rotateEvery } = checkLength(draft, errors);
  const seed = draft.seed.trim();
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(seed)) errors.seed = 'Use 1 to 32 letters, digits, "-" or "_".';
  if (Object.keys(errors).length > 0) return { ok: false, error: errors };
  return { ok: true, value: { ...team, scenarioId: draft.scenarioId, seed, rounds, rotateEvery } };
}

const LEVEL_NAMES = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

/** The measured difficulty of a scenario in one word (from the bot tournament), or '' when unknown. A student
 * choosing a scenario reads 'Hard'; the bot teams' average scores behind it mean little before a first game. */
export function scenarioDifficulty(scenarioId: string): string {
  const measured = builtinDifficulty(scenarioId);
  return measured ? LEVEL_NAMES[measured.level] : '';
}

/** The code inside what a player pasted: a bare code, or a session link's ?session= value. */
export function extractSessionCode(text: string): string {
  const trimmed = text.trim();
  const match = /[?&]session=([^&#\s]+)/.exec(trimmed);
  if (!match) return trimmed;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Decodes a session field: the engine's decoder plus a check that its scenario can be played here. */
export function readSessionCode(
  text: string,
  decode: (code: string) => Result<SessionSettings, string>,
  hasBuiltIn: (scenarioId: string) => boolean,
): Result<SessionSettings, string> {
  const decoded = decode(extractSessionCode(text));
  if (!decoded.ok) return decoded;
  if (!decoded.value.scenario && !hasBuiltIn(decoded.value.scenarioId)) {
    return {
      ok: false,
      error: `The session uses a scenario ("${decoded.value.scenarioId}") that this version does not have.`,
    };
  }
  return decoded;
}
