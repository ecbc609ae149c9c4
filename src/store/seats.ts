/** Who holds which role in a month: seats, the solo bot's personas, and the rotation. */
import { roleHolder } from '../engine';
import type { GameSettings, Role } from '../engine/types';
import type { BotPersonaId, GameMeta } from './types';

/** One bot persona per role: the engine's bot id and the name the player sees. */
export interface BotCharacter {
  botId: string;
  name: string;
  /** Short first name for sentences ("Olivia forecasts …"). */
  shortName: string;
}

/** A solo colleague: how it behaves as Sales and as Operations. */
export interface BotPersona {
  id: BotPersonaId;
  label: string;
  sales: BotCharacter;
  ops: BotCharacter;
}

/** The three colleagues a solo player can choose, from naive to textbook. */
export const BOT_PERSONAS: Record<BotPersonaId, BotPersona> = {
  naive: {
    id: 'naive',
    label: 'Naive: repeats last month',
    sales: { botId: 'naive', name: 'Nico the naive', shortName: 'Nico' },
    ops: { botId: 'chase', name: 'Chase the chaser', shortName: 'Chase' },
  },
  incentive: {
    id: 'incentive',
    label: 'Driven by the bonus: quota-driven in Sales, cost-driven in Operations',
    sales: { botId: 'optimist', name: 'Olivia the optimist (quota-driven)', shortName: 'Olivia' },
    ops: { botId: 'cautious', name: 'Cora the cautious (cost-driven)', shortName: 'Cora' },
  },
  textbook: {
    id: 'textbook',
    label: 'Textbook planner: plans together and shares',
    sales: { botId: 'planner', name: 'Priya the planner', shortName: 'Priya' },
    ops: { botId: 'planner', name: 'Pat the planner', shortName: 'Pat' },
  },
};

/** The person (or bot) at the controls of a role in a month. */
export interface RoleHolder {
  seat: number;
  name: string;
  isBot: boolean;
  bot: BotCharacter | null;
}

/** Seat names: the players, and in solo a second seat for the bot colleague. */
export function seatNames(meta: GameMeta): string[] {
  if (meta.mode !== 'solo' || !meta.persona) return meta.players;
  const persona = BOT_PERSONAS[meta.persona];
  // The bot's seat plays Sales in some months and Operations in others: name both personas.
  return [meta.players[0] ?? 'Player', `${persona.sales.shortName} & ${persona.ops.shortName} (bot)`];
}

/** Who holds `role` in `month`: the engine's rotation over the seats; seat 1 is the bot in solo. */
export function holderOf(meta: GameMeta, settings: GameSettings, month: number, role: Role): RoleHolder {
  const seats = seatNames(meta);
  const seat = roleHolder(settings, month, role, seats.length);
  const isBot = meta.mode === 'solo' && seat === 1 && meta.persona !== null;
  const bot = isBot && meta.persona ? BOT_PERSONAS[meta.persona][role] : null;
  return { seat, name: bot ? bot.name : (seats[seat] ?? `Player ${seat + 1}`), isBot, bot };
}
