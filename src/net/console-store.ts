/** The instructor's live console store (zustand vanilla): the console room's connection, the session and every
 * team as the server sends them, and the console's commands (start, pace, timer, chat, messages, end). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Result } from '../engine/types';
import type { ConsoleJoinOptions, ConsoleSession, ConsoleTeam } from './protocol';
import { CONSOLE_CLIENT_SCHEMAS, parseMessage } from './protocol';
import type { RoomConnection, RoomHandlers } from './transport';

/** What the instructor is typing in the console's small forms. */
export interface ConsoleForm {
  message: string;
  /** '' for every team, else a team id. */
  target: string;
  holdAt: string;
  timer: string;
  teamName: string;
}

/** What the console shows, all plain data. */
export interface ConsoleData {
  form: ConsoleForm;
  connection: 'connecting' | 'connected' | 'reconnecting' | 'closed';
  /** Why the console could not open (wrong link, ended session…). */
  problem: string | null;
  session: ConsoleSession | null;
  teams: ConsoleTeam[];
  /** The server's answer to the last refused command. */
  commandProblem: string | null;
  /** What the last command did, for the status line. */
  status: string;
  /** The command the status and problem lines speak of (each form shows them beside itself), if any. */
  lastCommand: ConsoleCommand | null;
  /** The team whose debrief is open, or null. */
  debriefTeam: string | null;
}

/** The console's commands, by message type (each checked against the protocol's schema before it goes). */
export type ConsoleCommand = keyof typeof CONSOLE_CLIENT_SCHEMAS;

/** The console's intents. */
export interface ConsoleActions {
  connect(): Promise<void>;
  /** Sends one command; false (with the reason shown) when it is malformed or the console is offline. */
  command(type: ConsoleCommand, payload: object, done: string): boolean;
  openDebrief(teamId: string | null): void;
  setForm(patch: Partial<ConsoleForm>): void;
  /** Shows a problem found before sending (a month out of range…). */
  /** A form's own problem (say, a month out of range), shown beside the form of `command`. */
  reportProblem(text: string, command?: ConsoleCommand): void;
}

export type ConsoleState = ConsoleData & ConsoleActions;
export type ConsoleStore = StoreApi<ConsoleState>;

/** How the console reaches the server (the Colyseus console room in the browser; a fake in tests). */
export type ConsoleJoin = (
  options: ConsoleJoinOptions,
  handlers: RoomHandlers,
) => Promise<Result<RoomConnection, string>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Creates the console store for one session and its secret token. */
export function createConsoleStore(options: ConsoleJoinOptions, join: ConsoleJoin): ConsoleStore {
  let room: RoomConnection | null = null;
  return createStore<ConsoleState>()((set, get) => {
    const handlers: RoomHandlers = {
      onMessage(type, payload) {
        if (type === 'session' && isObject(payload) && typeof payload.joinCode === 'string')
          set({ session: payload as unknown as ConsoleSession });
        else if (type === 'teams' && Array.isArray(payload)) set({ teams: payload as ConsoleTeam[] });
        else if (type === 'error' && isObject(payload) && isObject(payload.error))
          set({ commandProblem: String(payload.error.message), status: '' });
      },
      onDrop: () => set({ connection: 'reconnecting' }),
      onReconnect: () => set({ connection: 'connected' }),
      onLeave(consented) {
        room = null;
        set({ connection: consented ? 'closed' : 'reconnecting' });
        if (!consented) setTimeout(() => void get().connect(), 2000);
      },
    };
    return {
      form: { message: '', target: '', holdAt: '', timer: '', teamName: '' },
      connection: 'connecting',
      problem: null,
      session: null,
      teams: [],
      commandProblem: null,
      status: '',
      lastCommand: null,
      debriefTeam: null,

      async connect() {
        if (room) return;
        const joined = await join(options, handlers);
        if (!joined.ok) {
          // A wrong link stays wrong; an unreachable or restarting server is tried again.
          const final = /token|not found|no such|forbidden|secret/i.test(joined.error);
          const wasLive = get().session !== null;
          set({ connection: final || !wasLive ? 'closed' : 'reconnecting', problem: joined.error });
          if (!final && wasLive) setTimeout(() => void get().connect(), 3000);
          return;
        }
        room = joined.value;
        set({ connection: 'connected', problem: null });
      },

      command(type, payload, done) {
        const checked = parseMessage(CONSOLE_CLIENT_SCHEMAS[type], payload);
        if (!checked.ok) {
          set({ commandProblem: checked.error.message, status: '', lastCommand: type });
          return false;
        }
        if (!room || get().connection !== 'connected') {
          set({ commandProblem: 'Not sent: the console is not connected.', status: '', lastCommand: type });
          return false;
        }
        room.send(type, checked.value);
        set({ commandProblem: null, status: done, lastCommand: type });
        return true;
      },

      openDebrief(teamId) {
        set({ debriefTeam: teamId });
      },

      reportProblem(text, command) {
        set({ commandProblem: text, status: '', lastCommand: command ?? null });
      },

      setForm(patch) {
        set({ form: { ...get().form, ...patch } });
      },
    };
  });
}
