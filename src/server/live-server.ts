/**
 * Starts the live server: one HTTP port serving the built pages, the JSON API and Colyseus' WebSocket
 * rooms; PGlite or PostgreSQL underneath, Redis presence and driver when several processes share the work.
 */
import type { AddressInfo } from 'node:net';
import { LocalDriver, LocalPresence, matchMaker, type Presence, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { CONSOLE_ROOM, LIVE_LIMITS, TEAM_ROOM } from '../net/protocol';
import { ActionWriter } from './action-writer';
import { redisOptions, type ServerConfig } from './config';
import { ConsoleRoom } from './console-room';
import { setLiveContext } from './context';
import { type Database, openDatabase } from './database';
import { mountLiveApi } from './http-api';
import { TeamRoom } from './team-room';

/** A running server. */
export interface LiveServer {
  port: number;
  db: Database;
  /** Closes rooms, connections and the database. */
  close(): Promise<void>;
}

/** Opens the database, then listens. */
export async function startLiveServer(config: ServerConfig): Promise<LiveServer> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: config.dataDir,
  });
  setLiveContext({ db, actions: new ActionWriter(db) });
  const redis = config.redisUrl ? redisOptions(config.redisUrl, config.redisPrefix) : null;
  const transport = new WebSocketTransport({ maxPayload: LIVE_LIMITS.messageBytes + 1024 });
  const server = new Server({
    transport,
    presence: redis ? new RedisPresence(redis) : new LocalPresence(),
    driver: redis ? new RedisDriver(redis) : new LocalDriver(),
    publicAddress: config.publicAddress,
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      mountLiveApi(app, db, () => matchMaker.presence as Presence, config.postsPerSecond);
      app.use(express.static(config.distDir, { index: 'index.html' }));
    },
  });
  server.define(TEAM_ROOM, TeamRoom).filterBy(['teamId']);
  server.define(CONSOLE_ROOM, ConsoleRoom).filterBy(['sessionId']);
  await server.listen(config.port, config.host);
  const address = transport.server?.address() as AddressInfo | null;
  return {
    port: address?.port ?? config.port,
    db,
    async close() {
      await server.gracefullyShutdown(false);
      await db.close();
      setLiveContext(null);
    },
  };
}
