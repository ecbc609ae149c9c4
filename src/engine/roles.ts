/** Who holds which role in a month: roles rotate every N rounds. */
import type { GameSettings, Role } from './types';

/** Index of the player holding `role` in `month`: Sales starts with player 0, Operations with player 1. */
export function roleHolder(settings: GameSettings, month: number, role: Role, playerCount: number): number {
  if (playerCount <= 1) return 0;
  const turn = Math.floor((month - 1) / Math.max(1, settings.rotateEvery));
  return (turn + (role === 'sales' ? 0 : 1)) % playerCount;
}
