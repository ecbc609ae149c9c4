/** The live player page's store (zustand vanilla): the join flow, the connection, the seat the server
 * sends, the team chat and notices, and the plan being typed. Intents go to the server through a
 * LiveTransport; every message the server sends lands here, and the views redraw from it. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action, MonthReport } from '../engine/types';
import {
  forgetMembership,
  type KeyValueStorage,
  loadMembership,
  type Membership,
  normaliseJoinCode,
  saveMembership,
} from './membership';
import type { ChatLine, JoinInfo, NoticeMessage, SeatMessage } from './protocol';
import { LIVE_LIMITS } from './protocol';
import { createSeatLink, type SeatLink } from './seat-link';
import type { LiveTransport, Schedule } from './transport';

/** The link to the server as the player sees it. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** The outcome of one action: acknowledged, or the reason it was refused or not sent. */
export type SendOutcome = { ok: true } | { ok: false; message: string };

/** How the player joins: an existing team, or a new one (when players form teams). */
export type TeamChoice = { kind: 'team'; teamId: string } | { kind: 'new'; teamName: string };

/** What the player is typing in the join form and the chat (kept here so a redraw never loses it). */
export interface LiveForm {
  code: string;
  name: string;
  /** A team id, 'new' for a new team, or '' (none chosen yet). */
  team: string;
  newTeamName: string;
  chat: string;
}

/** What the live page shows, all plain data. */
export interface LiveData {
  form: LiveForm;
  joinCode: string | null;
  joinInfo: JoinInfo | null;
  /** Why the last lookup or join failed, shown next to the form. */
  joinProblem: string | null;
  /** A lookup or join is under way. */
  busy: boolean;
  connection: ConnectionStatus;
  membership: Membership | null;
  teamName: string | null;
  seat: SeatMessage | null;
  /** Every month played so far, each with the server's explanation of its lost points (the "history" message). */
  history: MonthReport[];
  /** Device time (ms) when the seat arrived, to count the timer down from its remainingMs. */
  seatAt: number;
  chat: ChatLine[];
  /** Why the last chat line was not sent. */
  chatProblem: string | null;
  notices: NoticeMessage[];
  /** Actions sent and not yet acknowledged. */
  pending: number;
  /** The last refused (or unsent) action's reason. */
  actionProblem: string | null;
  /** The device could not remember its seat (private mode): a reload will not return to it. */
  storageWarning: boolean;
}

/** The page's intents. */
export interface LiveActions {
  /** Looks a join code up, and comes back to the seat this device already holds in it. */
  openCode(typed: string): Promise<void>;
  /** Joins the looked-up session under a name, in the chosen team. */
  join(playerName: string, choice: TeamChoice): Promise<void>;
  /** Sends one game action; resolves once the server acknowledged or refused it. */
  act(action: Action): Promise<SendOutcome>;
  sendChat(text: string): SendOutcome;
  /** Tells the server the player filled their plan in with Suggest (the record counts it, as offline). */
  noteSuggest(): void;
  /** Leaves the session on this device (forgets the seat). */
  leave(): Promise<void>;
  /** Reconnects now if the page is waiting to (the browser is online again, the phone was unlocked). */
  retryNow(): void;
  /** Back to the code form, to join another session. */
  otherCode(): void;
  dismissNotice(at: number): void;
  setForm(patch: Partial<LiveForm>): void;
}

export type LiveState = LiveData & LiveActions;
export type LiveStore = StoreApi<LiveState>;

/** What the store is made with. */
export interface LiveStoreDeps {
  transport: LiveTransport;
  storage: KeyValueStorage | null;
  schedule: Schedule;
  /** The device clock in ms (Date.now in the browser). */
  now(): number;
}

/** Most characters in one chat line (the server refuses longer). */
export const MAX_CHAT_CHARS = LIVE_LIMITS.chatChars;

/** The data a fresh page starts with. */
export function initialLiveData(): LiveData {
  return {
    form: { code: '', name: '', team: '', newTeamName: '', chat: '' },
    joinCode: null,
    joinInfo: null,
    joinProblem: null,
    busy: false,
    connection: 'idle',
    membership: null,
    teamName: null,
    seat: null,
    history: [],
    seatAt: 0,
    chat: [],
    chatProblem: null,
    notices: [],
    pending: 0,
    actionProblem: null,
    storageWarning: false,
  };
}

/** Creates the live page's store. */
export function createLiveStore(deps: LiveStoreDeps): LiveStore {
  const { transport, storage } = deps;
  let link: SeatLink | null = null;

  const store = createStore<LiveState>()((set, get) => {
    function linkFor(): SeatLink {
      link ??= createSeatLink({
        transport,
        schedule: deps.schedule,
        now: deps.now,
        get,
        set,
        remember(membership) {
          const saved = saveMembership(storage, membership);
          set({ membership, storageWarning: !saved });
        },
        forget(joinCode) {
          forgetMembership(storage, joinCode);
        },
      });
      return link;
    }

    return {
      ...initialLiveData(),

      async openCode(typed) {
        const joinCode = normaliseJoinCode(typed);
        if (!/^[0-9A-Z]{6,24}$/.test(joinCode)) {
          set({ joinProblem: 'A join code is 6 to 24 letters and digits, as the instructor shows it.' });
          return;
        }
        set({ busy: true, joinProblem: null, joinCode, form: { ...get().form, code: joinCode } });
        const info = await transport.lookup(joinCode);
        if (!info.ok) {
          set({ busy: false, joinProblem: info.error, joinInfo: null, joinCode: null });
          return;
        }
        const membership = loadMembership(storage, joinCode);
        set({ busy: false, joinInfo: info.value, membership });
        if (membership) await linkFor().rejoin();
      },

      async join(playerName, choice) {
        const { joinCode } = get();
        const name = playerName.trim();
        if (!joinCode) return;
        if (name.length === 0 || name.length > LIVE_LIMITS.playerNameChars) {
          set({ joinProblem: `Type your name (1 to ${LIVE_LIMITS.playerNameChars} characters).` });
          return;
        }
        set({ busy: true, joinProblem: null });
        let teamId: string;
        if (choice.kind === 'new') {
          const created = await transport.createTeam(joinCode, choice.teamName.trim());
          if (!created.ok) {
            set({ busy: false, joinProblem: created.error });
            return;
          }
          teamId = created.value;
        } else teamId = choice.teamId;
        const problem = await linkFor().join({ joinCode, teamId, playerName: name });
        set({ busy: false, joinProblem: problem });
      },

      act(action) {
        return linkFor().act(action);
      },

      noteSuggest() {
        linkFor().send('suggested', {});
      },

      sendChat(typed) {
        const text = typed.trim();
        const problem =
          text.length === 0
            ? 'Type a message first.'
            : text.length > MAX_CHAT_CHARS
              ? `A message is at most ${MAX_CHAT_CHARS} characters.`
              : get().seat?.chatEnabled === false
                ? 'The instructor has switched the chat off this month.'
                : linkFor().send('chat', { text })
                  ? null
                  : 'Not sent: not connected.';
        if (problem) {
          set({ chatProblem: problem });
          return { ok: false, message: problem };
        }
        set({ chatProblem: null, form: { ...get().form, chat: '' } });
        return { ok: true };
      },

      async leave() {
        await linkFor().leave();
      },

      retryNow() {
        linkFor().retryNow();
      },

      otherCode() {
        set({ joinInfo: null, joinCode: null, joinProblem: null, form: { ...get().form, code: '' } });
      },

      setForm(patch) {
        set({ form: { ...get().form, ...patch } });
      },

      dismissNotice(at) {
        set({ notices: get().notices.filter((n) => n.at !== at) });
      },
    };
  });
  return store;
}
