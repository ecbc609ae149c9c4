/** The live transport over Colyseus (@colyseus/sdk 0.17) and the server's HTTP API. A dropped link ends the
 * room here; the store then rejoins with the device's player token (same seat, same step). */
import { Client, type Room } from '@colyseus/sdk';
import type { Result } from '../engine/types';
import { requestJson, serverOrigin } from './http-api';
import {
  CONSOLE_ROOM,
  type ConsoleJoinOptions,
  type CreateTeamResponse,
  type JoinInfo,
  TEAM_ROOM,
  type TeamJoinOptions,
} from './protocol';
import type { LiveTransport, RoomConnection, RoomHandlers } from './transport';

/** A refused join as a sentence (the server's own message when it sent one). */
function joinProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (!message || /failed to fetch|network|ECONNREFUSED|websocket/i.test(message))
    return 'The live server cannot be reached. Check the network; this page keeps trying.';
  return message;
}

/** Wires a joined room to the handlers and wraps it as a RoomConnection. */
function wrapRoom(room: Room, handlers: RoomHandlers): RoomConnection {
  let leftOnPurpose = false;
  // The server keeps no Colyseus reconnection slot: a seat is reclaimed by joining again with the device's
  // player token, which the store does at once; the SDK's own retries (up to a minute) would only delay it.
  room.reconnection.enabled = false;
  room.onMessage('*', (type, payload) => handlers.onMessage(String(type), payload));
  room.onDrop(() => handlers.onDrop());
  room.onReconnect(() => handlers.onReconnect());
  room.onLeave(() => handlers.onLeave(leftOnPurpose));
  return {
    send: (type, payload) => room.send(type, payload),
    async leave() {
      leftOnPurpose = true;
      await room.leave(true).catch(() => undefined);
    },
  };
}

/** Joins `roomName` with options; the connection or a reason. */
async function joinRoom(
  client: Client,
  roomName: string,
  options: object,
  handlers: RoomHandlers,
): Promise<Result<RoomConnection, string>> {
  try {
    const room = await client.joinOrCreate(roomName, options);
    return { ok: true, value: wrapRoom(room, handlers) };
  } catch (error) {
    return { ok: false, error: joinProblem(error) };
  }
}

/** The player's transport, on the page's own server. */
export function createColyseusTransport(): LiveTransport {
  const client = new Client(serverOrigin());
  return {
    lookup: (joinCode) => requestJson<JoinInfo>(`/api/live/join/${encodeURIComponent(joinCode)}`),
    async createTeam(joinCode, name) {
      const created = await requestJson<CreateTeamResponse>('/api/live/teams', { joinCode, name });
      return created.ok ? { ok: true, value: created.value.teamId } : created;
    },
    joinTeam: (options: TeamJoinOptions, handlers) => joinRoom(client, TEAM_ROOM, options, handlers),
  };
}

/** Joins the instructor's console room for a session. */
export function joinConsoleRoom(
  options: ConsoleJoinOptions,
  handlers: RoomHandlers,
): Promise<Result<RoomConnection, string>> {
  return joinRoom(new Client(serverOrigin()), CONSOLE_ROOM, options, handlers);
}
