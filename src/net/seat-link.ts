/** One device's link to its team room: joins, numbers each action and waits for its ack, lands every server
 * message in the live store, and comes back to the same seat (with the device's player token) after a dropped
 * network, a locked phone or a restarted server. */
import { withAttribution } from '../engine';
import type { Action } from '../engine/types';
import type { LiveData, LiveState, SendOutcome } from './live-store';
import type { Membership } from './membership';
import type { TeamJoinOptions } from './protocol';
import { LIVE_LIMITS } from './protocol';
import { readServerMessage } from './server-messages';
import type { LiveTransport, RoomConnection, RoomHandlers, Schedule } from './transport';

/** What the link needs from the store around it. */
export interface SeatLinkDeps {
  transport: LiveTransport;
  schedule: Schedule;
  now(): number;
  get(): LiveState;
  set(patch: Partial<LiveData>): void;
  remember(membership: Membership): void;
  forget(joinCode: string): void;
}

/** The link's operations, called by the store's intents. */
export interface SeatLink {
  /** Joins a team; null when in, else the reason. */
  join(options: TeamJoinOptions): Promise<string | null>;
  /** Back to the seat this device holds (its membership). */
  rejoin(): Promise<void>;
  act(action: Action): Promise<SendOutcome>;
  /** Tries to come back at once (the network is back, the page is visible again) instead of at the next retry. */
  retryNow(): void;
  /** Sends a message now; false when not connected. */
  send(type: string, payload: unknown): boolean;
  leave(): Promise<void>;
}

/** Waits between attempts to come back after the room was lost (a restarted server, a long outage). */
const REJOIN_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000];
const MAX_NOTICES = 5;
const NOT_CONNECTED =
  'Not sent: not connected. Your numbers are kept on this device; submit again once reconnected.';

/** Refusals another attempt cannot fix (the server said so in words). */
function isFinalRefusal(problem: string): boolean {
  return /ended|unknown join code|not found|no longer|full/i.test(problem);
}

/** Creates the link (one per page). */
export function createSeatLink(deps: SeatLinkDeps): SeatLink {
  const { transport, get, set } = deps;
  let room: RoomConnection | null = null;
  let seq = 0;
  const waiting = new Map<number, (outcome: SendOutcome) => void>();
  let attempt = 0;
  let cancelRejoin: (() => void) | null = null;
  let leaving = false;
  /** The name given when joining, until the welcome completes the membership. */
  let joiningName = '';

  function settleAll(message: string): void {
    for (const resolve of waiting.values()) resolve({ ok: false, message });
    waiting.clear();
    set({ pending: 0 });
  }

  function onMessage(type: string, payload: unknown): void {
    const message = readServerMessage(type, payload);
    if (!message) return;
    const state = get();
    switch (message.type) {
      case 'welcome':
        deps.remember({
          joinCode: state.joinCode ?? '',
          playerName: state.membership?.playerName ?? joiningName,
          playerId: message.value.playerId,
          playerToken: message.value.playerToken,
          teamId: message.value.teamId,
        });
        set({ teamName: message.value.teamName });
        return;
      case 'seat': {
        // The team moved on: an earlier refusal (say, the second "Go to month 5") no longer applies.
        const movedOn = state.seat !== null && message.value.step > state.seat.step;
        set({
          seat: message.value,
          seatAt: deps.now(),
          teamName: message.value.teamName,
          ...(movedOn ? { actionProblem: null } : {}),
        });
        return;
      }
      case 'chat':
        set({ chat: [...state.chat, message.value].slice(-LIVE_LIMITS.chatHistory) });
        return;
      case 'chat-history':
        set({ chat: message.value.slice(-LIVE_LIMITS.chatHistory) });
        return;
      case 'notice':
        set({ notices: [...state.notices, message.value].slice(-MAX_NOTICES) });
        return;
      case 'ack': {
        const resolve = waiting.get(message.value.seq);
        if (!resolve) return;
        waiting.delete(message.value.seq);
        set({ pending: waiting.size });
        resolve(message.value.ok ? { ok: true } : { ok: false, message: message.value.error.message });
        return;
      }
      case 'error':
        set({ actionProblem: message.value.error.message });
        return;
      case 'history': {
        // The server explains each month (it holds the world); the reports carry their explanation here.
        const { reports, attributions } = message.value;
        set({ history: reports.map((report, i) => withAttribution(report, attributions[i])) });
        return;
      }
    }
  }

  const handlers: RoomHandlers = {
    onMessage,
    onDrop() {
      set({ connection: 'reconnecting' });
      settleAll(NOT_CONNECTED);
    },
    onReconnect() {
      set({ connection: 'connected' });
    },
    onLeave(consented) {
      room = null;
      settleAll(NOT_CONNECTED);
      if (consented || leaving) {
        set({ connection: 'closed' });
        return;
      }
      set({ connection: 'reconnecting' });
      scheduleRejoin();
    },
  };

  function scheduleRejoin(): void {
    const delay = REJOIN_DELAYS_MS[Math.min(attempt, REJOIN_DELAYS_MS.length - 1)];
    attempt += 1;
    cancelRejoin?.();
    cancelRejoin = deps.schedule(() => {
      cancelRejoin = null;
      void link.rejoin();
    }, delay);
  }

  async function connect(options: TeamJoinOptions): Promise<string | null> {
    set({
      connection: room ? 'connected' : get().connection === 'reconnecting' ? 'reconnecting' : 'connecting',
    });
    const joined = await transport.joinTeam(options, handlers);
    if (!joined.ok) return joined.error;
    room = joined.value;
    attempt = 0;
    seq = 0;
    set({ connection: 'connected', joinProblem: null });
    return null;
  }

  const link: SeatLink = {
    async join(options) {
      joiningName = options.playerName;
      const problem = await connect(options);
      if (problem) set({ connection: 'idle' });
      return problem;
    },

    async rejoin() {
      const { membership, joinCode } = get();
      if (!membership || !joinCode || leaving || room) return;
      const problem = await connect({
        joinCode,
        teamId: membership.teamId,
        playerName: membership.playerName,
        playerToken: membership.playerToken,
      });
      if (problem === null) return;
      if (isFinalRefusal(problem)) {
        set({ joinProblem: problem, connection: 'closed' });
        return;
      }
      set({ connection: 'reconnecting', joinProblem: problem });
      scheduleRejoin();
    },

    retryNow() {
      if (room || leaving || !cancelRejoin) return;
      cancelRejoin();
      cancelRejoin = null;
      attempt = 0;
      void link.rejoin();
    },

    act(action) {
      if (!room || get().connection !== 'connected') {
        set({ actionProblem: NOT_CONNECTED });
        return Promise.resolve({ ok: false, message: NOT_CONNECTED });
      }
      seq += 1;
      const mySeq = seq;
      const outcome = new Promise<SendOutcome>((resolve) => waiting.set(mySeq, resolve));
      set({ pending: waiting.size, actionProblem: null });
      room.send('action', { seq: mySeq, action });
      const sentAt = get().seat?.step ?? 0;
      return outcome.then((result) => {
        // A refusal of a move the team already made (a teammate was quicker) is no problem to show.
        const overtaken = (get().seat?.step ?? 0) > sentAt;
        if (!result.ok && !overtaken) set({ actionProblem: result.message });
        return result;
      });
    },

    send(type, payload) {
      if (!room || get().connection !== 'connected') return false;
      room.send(type, payload);
      return true;
    },

    async leave() {
      leaving = true;
      cancelRejoin?.();
      const { joinCode, joinInfo } = get();
      if (joinCode) deps.forget(joinCode);
      const current = room;
      room = null;
      await current?.leave();
      set({ joinInfo, joinCode, seat: null, membership: null, chat: [], notices: [], connection: 'closed' });
      leaving = false;
    },
  };
  return link;
}
