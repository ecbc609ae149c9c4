/** A result code's debrief, rebuilt on the device by replaying its record: the live end screen and the console's
 * results both show one, the same way the offline instructor page does. */
import { replay } from '../../engine';
import { decodeResultCode } from '../../engine/codes';
import type { GameRecord, GameState } from '../../engine/types';
import { createDebrief } from '../debrief';
import type { Mounted } from './mount-slot';

/** A code's record and the game it replays to. */
export interface ReplayedCode {
  record: GameRecord;
  state: GameState;
}

/** Decodes and replays a result code; a code that cannot be read or replayed gives the reason, in words. */
export function replayCode(code: string): ReplayedCode | string {
  const record = decodeResultCode(code);
  if (!record.ok) return `The result code could not be read: ${record.error}`;
  const state = replay(record.value);
  if (!state.ok) return `The game could not be replayed: ${state.error}`;
  return { record: record.value, state: state.value };
}

/** Builds the debrief of a replayed code. */
export function mountDebrief({ record, state }: ReplayedCode): Mounted {
  const debrief = createDebrief({ state, record, players: record.team?.players ?? [] });
  return { element: debrief.element, destroy: () => debrief.destroy() };
}
