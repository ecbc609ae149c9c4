/** Shared lookups for in-game screens: the saved game, its state and who holds each role. */
import type { GameState, Role } from '../../engine/types';
import { otherRole, ROLE_NAMES } from '../../engine/words/roles';
import { holderOf, type RoleHolder } from '../../store/seats';
import type { SavedGame } from '../../store/types';
import type { ScreenContext } from '../screen';

/** The game a screen is mounted for (the router only mounts game screens when both exist). */
export function currentGame(ctx: ScreenContext): { saved: SavedGame; game: GameState } {
  const { saved, game } = ctx.store.getState();
  if (!saved || !game) throw new Error('A game screen was mounted without a game.');
  return { saved, game };
}

/** The holder of a role this month. */
export function holder(saved: SavedGame, game: GameState, role: Role, month = game.month): RoleHolder {
  return holderOf(saved.meta, game.settings, month, role);
}

/** "Ana is Sales and Ben is Operations this month." — or, in solo, "You are Sales; Pat the planner is Operations." */
export function rolesSentence(saved: SavedGame, game: GameState): string {
  const sales = holder(saved, game, 'sales');
  const ops = holder(saved, game, 'ops');
  if (saved.meta.mode === 'solo') {
    const you = sales.isBot ? 'ops' : 'sales';
    const bot = you === 'sales' ? ops : sales;
    return `This month you are ${ROLE_NAMES[you]}; ${bot.name} is ${ROLE_NAMES[otherRole(you)]}.`;
  }
  const advisers = saved.meta.players.filter((_, i) => i !== sales.seat && i !== ops.seat);
  const advice =
    advisers.length > 0 ? ` ${advisers.join(' and ')} ${advisers.length === 1 ? 'advises' : 'advise'}.` : '';
  return `${sales.name} is Sales and ${ops.name} is Operations this month.${advice}`;
}
