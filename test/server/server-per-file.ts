/** One live server on a fresh embedded database for a whole test file: started before its tests, stopped after. */
import { afterAll, beforeAll } from 'vitest';
import { freshPgliteDir, type ServerProcess, startServer } from '../../src/server/bench/spawn-server';

/** Registers the file's hooks; the returned object gives the running server's address. */
export function serverForThisFile(): { readonly url: string } {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: await freshPgliteDir() });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);
  return {
    get url() {
      if (!server) throw new Error('The test server has not started.');
      return server.url;
    },
  };
}
