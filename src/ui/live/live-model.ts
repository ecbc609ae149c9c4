/** What the live player page shows, decided from the store's plain data (no DOM): which screen, who the team
 * is waiting for, the seat's sentence, and the connection line. */
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../engine/words/roles';
import type { ConnectionStatus, LiveData } from '../../net/live-store';
import type { SeatMessage } from '../../net/protocol';

/** The live page's screens. */
export type LiveScreen =
  | 'enterCode'
  | 'joinForm'
  | 'connecting'
  | 'lobby'
  | 'briefing'
  | 'turn'
  | 'waiting'
  | 'consensus'
  | 'execution'
  | 'report'
  | 'finished'
  | 'ended';

/** The screen for the current data. */
export function liveScreen(data: LiveData): LiveScreen {
  const { seat } = data;
  if (!seat) {
    if (
      data.connection === 'connecting' ||
      data.connection === 'reconnecting' ||
      data.connection === 'connected'
    )
      return 'connecting';
    return data.joinInfo ? 'joinForm' : 'enterCode';
  }
  if (seat.status === 'waiting') return 'lobby';
  if (seat.status === 'ended' && seat.phase !== 'finished') return 'ended';
  switch (seat.phase) {
    case 'briefing':
      return 'briefing';
    case 'sales':
    case 'ops':
      return seat.myRole === seat.phase ? 'turn' : 'waiting';
    case 'consensus':
      return 'consensus';
    case 'execution':
      return 'execution';
    case 'report':
      return 'report';
    default:
      return 'finished';
  }
}

/** "Waiting for Operations — Bea" (or, without a name, "Waiting for Operations"). */
export function waitingText(waitingFor: { role: Role; name: string } | null, phase: string): string {
  if (waitingFor) return `Waiting for ${ROLE_NAMES[waitingFor.role]} — ${waitingFor.name}`;
  const role = phase === 'sales' || phase === 'ops' ? ROLE_NAMES[phase] : null;
  return role ? `Waiting for ${role}` : 'Waiting for the team';
}

/** "Month 2 of 6 · you are Sales" / "… · you advise this month". */
export function seatLine(seat: SeatMessage): string {
  if (seat.status === 'waiting')
    return seat.myRole
      ? `${seat.rounds} months · you start as ${ROLE_NAMES[seat.myRole]}`
      : `${seat.rounds} months`;
  if (seat.phase === 'finished') return `${seat.rounds} months played`;
  if (seat.status === 'ended') return 'The session has ended';
  const month = `Month ${seat.month} of ${seat.rounds}`;
  return seat.myRole ? `${month} · you are ${ROLE_NAMES[seat.myRole]}` : `${month} · you advise this month`;
}

/** The connection as a short status for the header. */
export function connectionText(status: ConnectionStatus): string {
  switch (status) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return 'Reconnecting… your seat is kept';
    case 'closed':
      return 'Not connected';
    default:
      return 'Not connected';
  }
}

/** Who holds each role this month, as a sentence ("Ana is Sales and Bea is Operations; Cy advises."). */
export function rolesSentence(seat: SeatMessage): string {
  const by = (role: Role) => seat.players.find((p) => p.role === role)?.name ?? 'a bot';
  const advisers = seat.players.filter((p) => p.role === null).map((p) => p.name);
  const advice =
    advisers.length === 0
      ? ''
      : ` ${advisers.join(' and ')} ${advisers.length === 1 ? 'advises' : 'advise'}.`;
  return `${by('sales')} is Sales and ${by('ops')} is Operations this month.${advice}`;
}

/** Seconds left on the decision timer (negative once it ran out): what the server said remained when the seat
 * arrived, less the time since (the device's own clock never compared with the server's). */
export function secondsLeft(remainingMs: number, elapsedMs: number): number {
  return Math.ceil((remainingMs - elapsedMs) / 1000);
}
