/** How a game was played beyond its settings — mode, solo colleague, Suggest, timer — as plain data that a
 * record carries and a session restricts. Offline these are what the game reports (honour-based). */

/** How the game is played on one device. */
export const PLAY_MODES = ['solo', 'pair', 'team'] as const;
/** Solo against a bot, a pair in hot seat, or a team of 3–4. */
export type PlayMode = (typeof PLAY_MODES)[number];

/** The solo bot colleague's characters, from naive to textbook. */
export const BOT_PERSONA_IDS = ['naive', 'incentive', 'textbook'] as const;
/** One of the solo colleagues (the store maps each to a Sales bot and an Operations bot). */
export type BotPersonaId = (typeof BOT_PERSONA_IDS)[number];

/** What a record says about how its game was played. */
export interface PlayConditions {
  mode: PlayMode;
  /** Solo only: the bot colleague. */
  persona?: BotPersonaId;
  /** Whether the Suggest button (the planner bot's numbers) was offered. */
  suggestAllowed: boolean;
  /** How many times a turn's plan was filled in by Suggest. */
  suggestUsed: number;
  /** The round timer in seconds, when one ran. */
  timerSeconds?: number;
  /** Played live, each player on their own device, the record kept by the live server. */
  live?: boolean;
}

/** Short names of the modes, for tables and forms. */
export const PLAY_MODE_LABELS: Record<PlayMode, string> = {
  solo: 'Solo',
  pair: 'Pair (hot seat)',
  team: 'Team (3–4)',
};

/** Short names of the solo colleagues, for tables and forms. */
export const BOT_PERSONA_LABELS: Record<BotPersonaId, string> = {
  naive: 'Naive',
  incentive: 'Bonus-driven',
  textbook: 'Textbook planner',
};
