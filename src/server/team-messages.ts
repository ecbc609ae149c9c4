/** What a player's device sent, checked: a move, a chat line, or the error to answer it with. */
import type { Action } from '../engine/types';
import { type LiveError, parseMessage, TEAM_CLIENT_SCHEMAS } from '../net/protocol';

/** A checked message from a team room's client. */
export type TeamMessage =
  | { kind: 'action'; seq: number; action: Action }
  | { kind: 'chat'; text: string }
  | { kind: 'suggested' }
  /** Refused: answered as an "ack" when the message carried a seq, else as an "error". */
  | { kind: 'refused'; seq: number | null; error: LiveError };

/** Checks one message by its type against the protocol's schemas and size cap. */
export function readTeamMessage(type: string, message: unknown): TeamMessage {
  if (type === 'action') {
    const parsed = parseMessage(TEAM_CLIENT_SCHEMAS.action, message);
    if (parsed.ok) return { kind: 'action', seq: parsed.value.seq, action: parsed.value.action };
    return { kind: 'refused', seq: seqOf(message), error: parsed.error };
  }
  if (type === 'suggested') {
    const parsed = parseMessage(TEAM_CLIENT_SCHEMAS.suggested, message);
    return parsed.ok ? { kind: 'suggested' } : { kind: 'refused', seq: null, error: parsed.error };
  }
  if (type === 'chat') {
    const parsed = parseMessage(TEAM_CLIENT_SCHEMAS.chat, message);
    return parsed.ok
      ? { kind: 'chat', text: parsed.value.text }
      : { kind: 'refused', seq: null, error: parsed.error };
  }
  return {
    kind: 'refused',
    seq: null,
    error: { code: 'invalid', message: `Unknown message type "${type.slice(0, 40)}".` },
  };
}

/** The sequence number a move message carries, if any (read without checking the rest of it). */
export function seqOf(message: unknown): number | null {
  const seq = (message as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' ? seq : null;
}

/** The answer to a message over the connection's allowance. */
export const RATE_LIMITED: LiveError = { code: 'rateLimited', message: 'Too many messages: slow down.' };

/** The answer when storing a move failed: nothing was applied. */
export const STORAGE_ERROR: LiveError = {
  code: 'storage',
  message:
    'The game could not be saved (database unreachable), so the move was not made. Try again in a moment.',
};
