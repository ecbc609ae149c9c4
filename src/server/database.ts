/**
 * The live server's database: PGlite (embedded, a directory under DATA_DIR) by default, PostgreSQL when
 * DATABASE_URL is set. Both speak the same SQL; the server only ever sees the `Database` interface.
 */
import { mkdirSync } from 'node:fs';

/** The one thing the server needs from a database: parameterised queries that return rows. */
export interface Database {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Which engine this is, for logs and the health check. */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Where to store: a PostgreSQL URL (optionally inside one schema), or PGlite's directory. */
export interface DatabaseOptions {
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); tests use one per run. */
  schema?: string;
  /** PGlite's directory; null keeps PGlite in memory (tests). */
  dataDir: string | null;
}

const TABLES = `
CREATE TABLE IF NOT EXISTS sessions (
  id text PRIMARY KEY,
  join_code text NOT NULL UNIQUE,
  console_token_hash text NOT NULL,
  config jsonb NOT NULL,
  status text NOT NULL,
  paused boolean NOT NULL DEFAULT false,
  held_at_month integer,
  timer_seconds integer,
  chat_off_months jsonb NOT NULL DEFAULT '[]',
  created_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS teams (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES sessions(id),
  name text NOT NULL,
  created_at bigint NOT NULL,
  UNIQUE (session_id, name)
);
ALTER TABLE teams ADD COLUMN IF NOT EXISTS suggest_used integer NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS players (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id),
  token_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  seat integer,
  joined_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS players_team ON players(team_id);
CREATE TABLE IF NOT EXISTS actions (
  team_id text NOT NULL REFERENCES teams(id),
  step integer NOT NULL,
  action jsonb NOT NULL,
  player_id text,
  at bigint NOT NULL,
  PRIMARY KEY (team_id, step)
);
CREATE TABLE IF NOT EXISTS chat (
  id bigserial PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams(id),
  sender text NOT NULL,
  text text NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS chat_team ON chat(team_id, id);
`;

const SAFE_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  const { default: pg } = await import('pg');
  if (schema !== undefined && !SAFE_SCHEMA.test(schema)) throw new Error(`Unsafe schema name "${schema}".`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not take the process down; the next query reports it.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return {
    kind: 'postgres',
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return result.rows as Row[];
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    close: () => db.close(),
  };
}

/** Opens the configured database and creates the tables when missing. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : await openPglite(options.dataDir);
  for (const statement of TABLES.split(';').map((s) => s.trim())) {
    if (!statement) continue;
    // Two processes starting together may race on CREATE … IF NOT EXISTS: the loser tries once more.
    await db
      .query(statement)
      .catch(() => new Promise((r) => setTimeout(r, 300)).then(() => db.query(statement)));
  }
  return db;
}
