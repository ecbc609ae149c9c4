/** What every room and route of this process shares: the database and its action writer (set once at start-up). */
import { ServerError } from '@colyseus/core';
import type { ActionWriter } from './action-writer';
import type { Database } from './database';

/** The process-wide services of the live server. */
export interface LiveContext {
  db: Database;
  /** The action log's group-commit writer. */
  actions: ActionWriter;
}

let current: LiveContext | null = null;

/** Sets the services (the server does this before it listens). */
export function setLiveContext(context: LiveContext | null): void {
  current = context;
}

/** The services; throws when the server has not set them up. */
export function liveContext(): LiveContext {
  if (!current) throw new Error('The live server is not set up.');
  return current;
}

/** Presence channel of a session's settings and notices (console → team rooms, every process). */
export const sessionChannel = (sessionId: string) => `live:session:${sessionId}`;
/** Presence channel of a session's team summaries (team rooms → console room, every process). */
export const consoleChannel = (sessionId: string) => `live:console:${sessionId}`;

/** A joining device gets the room's own refusal, or a sentence instead of a database's raw error. */
export function asJoinError(error: unknown): ServerError {
  if (error instanceof ServerError) return error;
  console.error(`join failed: ${(error as Error)?.message}`);
  return new ServerError(503, 'The server could not reach its database: try joining again in a moment.');
}
