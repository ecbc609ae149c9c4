// Runs a command-line tool (`node scripts/cli.mjs sim|verify|bench ARGS…`, what `npm run sim` does)
// from its bundled build, rebuilding the bundle first when a source file is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const TOOLS = ['sim', 'verify', 'bench'];

/** The newest modification time under a folder (every file the bundles may include lives in src/). */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const tool = process.argv[2];
if (!TOOLS.includes(tool)) {
  process.stderr.write(`cli: name a tool: ${TOOLS.join(', ')}\n`);
  process.exit(2);
}
const bundle = join(ROOT, 'dist-cli', `${tool}.mjs`);
const inputs = [join(ROOT, 'package-lock.json'), join(ROOT, 'scripts', 'build-cli.mjs')];
const sourcesTime = Math.max(newest(join(ROOT, 'src')), ...inputs.map((f) => statSync(f).mtimeMs));
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sourcesTime) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
// The tool sees the arguments as if it had been started directly: [node, its bundle, ARGS…].
process.argv.splice(1, 2, bundle);
await import(pathToFileURL(bundle).href);
