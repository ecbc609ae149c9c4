/** The app store's data: what is saved (preferences, the game record, the UI step) and what is derived. */

import type { BotPersonaId, PlayMode } from '../engine/play-conditions';
import type {
  ActionError,
  GameRecord,
  GameState,
  Result,
  Role,
  Scenario,
  ScoreWeights,
} from '../engine/types';
import type { TurnDraft } from './turn-draft';

/** How the game is played on this device (the engine's play modes). */
export type GameMode = PlayMode;

/** The bot colleague's character in solo mode (it plays whichever role the player does not). */
export type { BotPersonaId } from '../engine/play-conditions';

/** The player's preferences; kept across games. */
export interface Prefs {
  sound: boolean;
  reducedMotion: boolean;
  /** Okabe–Ito colours (safe for colour-blind players) rather than the classic red/green. */
  colourSafe: boolean;
  /** Show the Suggest button on the forms (a session may switch it off anyway). */
  suggest: boolean;
  /** Show a visible round timer (classroom play). */
  timer: boolean;
}

/** Who plays and how, beside the engine's record. */
export interface GameMeta {
  mode: GameMode;
  /** Human players in seat order (solo: the one player). */
  players: string[];
  teamName: string;
  /** Solo only: the bot colleague's persona. */
  persona: BotPersonaId | null;
  /** False when the session switched the Suggest button off. */
  suggestAllowed: boolean;
  /** Seconds per turn when the session switched the round timer on, else null. */
  timerSeconds: number | null;
}

/** Where the players are inside a round, beyond the engine's phase. */
export interface RoundProgress {
  /** The hand-off the right player confirmed (month and role), so private cards may show. */
  handoff: { month: number; role: Role } | null;
  /** Reports whose execution animation has been watched (or skipped). */
  reportsSeen: number;
}

/** A game in progress, as saved: the record (inputs and decisions) plus who plays and the step. */
export interface SavedGame {
  record: GameRecord;
  meta: GameMeta;
  progress: RoundProgress;
}

/** The top-level screen; inside a game the step comes from the game itself. */
export type Screen = 'title' | 'newGame' | 'game';

/** The new-game form as typed so far (kept so nothing is lost when leaving the screen). */
export interface NewGameDraft {
  mode: GameMode;
  players: string[];
  teamName: string;
  persona: BotPersonaId;
  source: 'builtin' | 'session';
  scenarioId: string;
  sessionCode: string;
  rounds: string;
  rotateEvery: string;
  seed: string;
}

/** Why progress is not being saved: the browser's storage is full, or there is none (blocked, private mode). */
export type StorageProblem = 'full' | 'unavailable';

/** What the store writes to storage (never the derived game state); the preferences go under their own key. */
export interface PersistedData {
  saved: SavedGame | null;
  screen: Screen;
  draft: NewGameDraft | null;
  /** The turn being typed (role, month and the typed values), until it is submitted. */
  turnDraft: TurnDraft | null;
}

/** The store's data: the persisted part plus what is derived from it. */
export interface AppData extends PersistedData {
  prefs: Prefs;
  /** The game state replayed from saved.record; null without a game. */
  game: GameState | null;
  /** A plain sentence when the save could not be loaded (corrupt or incompatible), else null. */
  loadProblem: string | null;
  /** A session link opened while a game is saved, waiting for the player's answer: join it, or keep playing. */
  pendingSession: { code: string; draft: NewGameDraft } | null;
  /** Set when the last write to storage failed: the game goes on, but progress is not being saved. */
  storageProblem: StorageProblem | null;
}

/** The outcome of a game action as a panel sees it. */
export type ActionOutcome = Result<null, ActionError>;

/** Who plays a new game: the same for a scenario game and a session game. */
export interface NewGameTeam {
  mode: GameMode;
  players: string[];
  teamName: string;
  persona: BotPersonaId | null;
}

/** A game on a scenario and settings the players chose. */
export interface ScenarioGameInput extends NewGameTeam {
  scenarioId: string;
  /** A scenario given whole (used instead of the built-in scenarioId when set). */
  scenario?: Scenario;
  seed: string;
  rounds: number;
  rotateEvery: number;
  weights?: ScoreWeights;
}

/** A game of a class session: its code fixes everything but the team, and the team's choices must keep its rules. */
export interface SessionGameInput extends NewGameTeam {
  sessionCode: string;
}

/** What the new-game screen hands to the store once its fields are valid. */
export type NewGameInput = ScenarioGameInput | SessionGameInput;
