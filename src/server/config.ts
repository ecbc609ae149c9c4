/** The live server's settings, read from the environment (documented in the README). */
import { resolve } from 'node:path';

/** Everything `npm run serve` can be told. */
export interface ServerConfig {
  port: number;
  host: string;
  /** postgres://… switches from the embedded PGlite database to PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL schema (default: the connection's search path). */
  databaseSchema?: string;
  /** Where PGlite keeps its files (default ./data/live). */
  dataDir: string | null;
  /** redis://… turns on Colyseus' Redis presence and driver (several processes). */
  redisUrl?: string;
  /** Prefix of this deployment's Redis keys. */
  redisPrefix: string;
  /** host:port players reach this process at (needed with several processes). */
  publicAddress?: string;
  /** The built pages (npm run build). */
  distDir: string;
  /** Sessions and teams one address may create per second (bursts of 30); 0: no limit. */
  postsPerSecond: number;
}

/** Reads the settings; a bad PORT is an error with a sentence. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 2567);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    dataDir: env.DATA_DIR === 'memory' ? null : resolve(env.DATA_DIR ?? 'data/live'),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX ?? 'sop:',
    publicAddress: env.PUBLIC_ADDRESS || undefined,
    distDir: resolve(env.DIST_DIR ?? 'dist'),
    postsPerSecond: Number(env.API_POSTS_PER_SECOND ?? 2) || 0,
  };
}

/** ioredis options from a redis:// URL (host, port, database number, password) plus a key prefix. */
export function redisOptions(url: string, keyPrefix: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.replace('/', '') || 0);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    db: Number.isInteger(db) ? db : 0,
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    keyPrefix,
  };
}
