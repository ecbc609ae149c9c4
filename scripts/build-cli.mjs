// Builds the command-line tools (sim, verify, bench) once to plain JavaScript in dist-cli/, so they
// start without compiling TypeScript: one self-contained ES module per tool, no keepNames.
// `node scripts/build-cli.mjs` builds; scripts/cli.mjs calls buildCli() when the build is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tools and their entry points. */
export const CLI_TOOLS = { sim: 'src/cli/sim.ts', verify: 'src/cli/verify.ts', bench: 'src/cli/bench.ts' };

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles every tool into dist-cli/<tool>.mjs, and lists each one's source files in dist-cli/<tool>.inputs.json
 * (what scripts/cli.mjs checks for changes). */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: CLI_TOOLS,
    outdir: 'dist-cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    metafile: true,
    // CommonJS dependencies bundled into an ES module may still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const inputs = Object.keys(output.inputs).filter((path) => !path.startsWith('node_modules/'));
    inputs.push('package-lock.json', 'scripts/build-cli.mjs');
    writeFileSync(join(ROOT, file.replace(/\.mjs$/, '.inputs.json')), JSON.stringify(inputs));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
