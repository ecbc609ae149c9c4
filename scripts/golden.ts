/**
 * Rewrites the golden data files test/golden/*.json from the current engine: `npm run golden`.
 * Run it after a deliberate ENGINE_VERSION bump or scenario edit, and review the diff before committing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '../src/engine/game';
import { GOLDEN_DIR, goldenFile } from '../test/golden/golden-file';
import { GOLDEN_SETS } from '../test/golden/sets';

for (const [name, compute] of Object.entries(GOLDEN_SETS)) {
  const path = join(GOLDEN_DIR, `${name}.json`);
  writeFileSync(path, `${JSON.stringify(goldenFile(ENGINE_VERSION, compute()), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
