// Runs a command-line tool (`node scripts/cli.mjs sim|verify|bench ARGS…`, what `npm run sim` does)
// from its bundled build, rebuilding the bundles first when a file a bundle was built from is newer than it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const TOOLS = ['sim', 'verify', 'bench'];

/** Whether the bundle is missing or older than any file it was built from (listed at build time). */
function stale(bundle) {
  const list = bundle.replace(/\.mjs$/, '.inputs.json');
  if (!existsSync(bundle) || !existsSync(list)) return true;
  const built = statSync(bundle).mtimeMs;
  for (const path of JSON.parse(readFileSync(list, 'utf8'))) {
    const file = join(ROOT, path);
    if (!existsSync(file) || statSync(file).mtimeMs > built) return true;
  }
  return false;
}

const tool = process.argv[2];
if (!TOOLS.includes(tool)) {
  process.stderr.write(`cli: name a tool: ${TOOLS.join(', ')}\n`);
  process.exit(2);
}
const bundle = join(ROOT, 'dist-cli', `${tool}.mjs`);
if (stale(bundle)) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
// The tool sees the arguments as if it had been started directly: [node, its bundle, ARGS…].
process.argv.splice(1, 2, bundle);
await import(pathToFileURL(bundle).href);
