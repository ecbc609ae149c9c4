/** The screen a game is on, derived from the engine's phase and the round progress (never stored twice). */
import type { GameState, Role } from '../engine/types';
import { holderOf } from './seats';
import type { SavedGame } from './types';

/** One step of a round as the screens see it. */
export type GameStep =
  | { kind: 'briefing' }
  | { kind: 'handoff'; role: Role }
  | { kind: 'turn'; role: Role }
  | { kind: 'botTurn'; role: Role }
  | { kind: 'consensus' }
  | { kind: 'execution' }
  | { kind: 'report' }
  | { kind: 'end' };

/** True when the mode passes the device between turns (pair and team; never for a solo bot). */
function needsHandoff(saved: SavedGame): boolean {
  return saved.meta.mode !== 'solo';
}

/** The step to show for a saved game and its replayed state. */
export function gameStep(saved: SavedGame, game: GameState): GameStep {
  const seen = saved.progress.reportsSeen;
  switch (game.phase) {
    case 'briefing':
      return { kind: 'briefing' };
    case 'sales':
    case 'ops':
      return turnStep(saved, game, game.phase);
    case 'consensus':
      return { kind: 'consensus' };
    case 'execution':
      return { kind: 'execution' };
    case 'report':
      return seen < game.history.length ? { kind: 'execution' } : { kind: 'report' };
    case 'finished':
      return seen < game.history.length ? { kind: 'execution' } : { kind: 'end' };
  }
}

function turnStep(saved: SavedGame, game: GameState, role: Role): GameStep {
  const holder = holderOf(saved.meta, game.settings, game.month, role);
  if (holder.isBot) return { kind: 'botTurn', role };
  const handoff = saved.progress.handoff;
  const confirmed = handoff !== null && handoff.month === game.month && handoff.role === role;
  if (needsHandoff(saved) && !confirmed) return { kind: 'handoff', role };
  return { kind: 'turn', role };
}

/** A stable key for a step: the router re-mounts a screen only when this changes. */
export function stepKey(step: GameStep, month: number): string {
  return 'role' in step ? `${step.kind}:${step.role}:${month}` : `${step.kind}:${month}`;
}
