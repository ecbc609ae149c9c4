/** The seam between the live stores and the network: what a store needs from a server connection. The real
 * one speaks Colyseus (colyseus-transport.ts); tests drive the stores with a fake. */
import type { Result } from '../engine/types';
import type { JoinInfo, TeamJoinOptions } from './protocol';

/** An open room connection: send a message, or leave on purpose. */
export interface RoomConnection {
  send(type: string, payload: unknown): void;
  leave(): Promise<void>;
}

/** What a room tells the store besides its messages: a dropped link, its recovery, the end. */
export interface RoomHandlers {
  onMessage(type: string, payload: unknown): void;
  /** The link dropped; the transport is trying to restore it. */
  onDrop(): void;
  /** The link is back, same seat (the server sends the seat again). */
  onReconnect(): void;
  /** The room is gone (left on purpose, refused, or the transport gave up). */
  onLeave(consented: boolean): void;
}

/** How the player's device reaches the live server. */
export interface LiveTransport {
  /** The session behind a join code (public facts only), or a reason. */
  lookup(joinCode: string): Promise<Result<JoinInfo, string>>;
  /** Creates a team in the session (when players form teams): its id, or a reason. */
  createTeam(joinCode: string, name: string): Promise<Result<string, string>>;
  /** Joins a team's room, or a reason a person can act on. */
  joinTeam(options: TeamJoinOptions, handlers: RoomHandlers): Promise<Result<RoomConnection, string>>;
}

/** Calls `run` after `ms` milliseconds; returns a cancel. Injected so tests step time by hand. */
export type Schedule = (run: () => void, ms: number) => () => void;

/** The browser's setTimeout as a Schedule. */
export const browserSchedule: Schedule = (run, ms) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};
