/** The new-game form's rules: which fields show, what each accepts, and the game input they make (no DOM). */
import type { SessionConfig } from '../../engine/codes';
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

/** The draft a fresh form starts from. */
export function emptyDraft(seed: string, scenarioId: string): NewGameDraft {
  return {
    mode: 'solo',
    players: ['', '', '', ''],
    teamName: '',
    persona: 'incentive',
    source: 'builtin',
    scenarioId,
    sessionCode: '',
    rounds: '12',
    rotateEvery: '1',
    seed,
  };
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

/** Checks the draft; the game input when every field is right, else the reason beside each wrong field. */
export function validateNewGame(
  draft: NewGameDraft,
  decodeSession: (code: string) => Result<SessionSettings, string>,
): Result<NewGameInput, NewGameErrors> {
  const errors: NewGameErrors = {};
  const players = checkNames(draft, errors);
  const teamName = draft.teamName.trim() || players.join(' & ');
  if (draft.teamName.trim().length > 40) errors.teamName = 'Keep the team name under 41 characters.';
  const base = { mode: draft.mode, players, teamName, persona: draft.mode === 'solo' ? draft.persona : null };

  if (draft.source === 'session') {
    const code = draft.sessionCode.trim();
    const session = code === '' ? null : decodeSession(code);
    const normalized = extractSessionCode(code);
    if (!session) errors.sessionCode = 'Paste or type the session code your instructor gave you.';
    else if (!session.ok) errors.sessionCode = session.error;
    if (Object.keys(errors).length > 0 || !session?.ok) return { ok: false, error: errors };
    const s = session.value;
    return {
      ok: true,
      value: {
        ...base,
        scenarioId: s.scenarioId,
        scenario: s.scenario,
        seed: s.seed,
        rounds: s.rounds,
        rotateEvery: s.rotateEvery,
        weights: s.weights,
        session: {
          name: s.name,
          code: normalized,
          suggestAllowed: s.suggest !== false,
          timerSeconds: s.timerSeconds ?? null,
        },
      },
    };
  }

  if (draft.scenarioId === '') errors.scenarioId = 'Choose a scenario.';
  const { rounds, rotateEvery } = checkLength(draft, errors);
  const seed = draft.seed.trim();
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(seed)) errors.seed = 'Use 1 to 32 letters, digits, "-" or "_".';
  if (Object.keys(errors).length > 0) return { ok: false, error: errors };
  return { ok: true, value: { ...base, scenarioId: draft.scenarioId, seed, rounds, rotateEvery } };
}

const LEVEL_NAMES = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

/** The measured difficulty of a scenario in words (from the bot tournament), or '' when unknown. */
export function scenarioDifficulty(scenarioId: string): string {
  const measured = builtinDifficulty(scenarioId);
  if (!measured) return '';
  return `${LEVEL_NAMES[measured.level]} (bot teams average ${Math.round(measured.allPairsMean)}; textbook planners ${Math.round(measured.plannerMean)})`;
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
