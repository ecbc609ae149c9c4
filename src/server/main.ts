/** `npm run serve`: the live server with the settings of the environment (see the README). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configFromEnv } from './config';
import { startLiveServer } from './live-server';

const config = configFromEnv();
if (!existsSync(join(config.distDir, 'index.html')))
  console.warn(
    `No built pages in ${config.distDir}: run "npm run build" first (the API and rooms work anyway).`,
  );
const server = await startLiveServer(config);
const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir ?? 'memory'}`;
console.log(
  `S&OP Arena live server listening on http://${config.host}:${server.port} (database: ${where}${config.redisUrl ? ', Redis scale-out' : ''})`,
);
const stop = async (signal: string) => {
  console.log(`${signal}: closing rooms and the database…`);
  await server.close().catch((error: Error) => console.error(error.message));
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
