#!/usr/bin/env bash
# Regenerates the golden figures (test/engine/golden.test.ts) and the scenario golden hashes
# after a deliberate ENGINE_VERSION bump or scenario retune. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx test/engine/print-golden.ts > /tmp/golden-block.ts
node - <<'JS'
const fs = require('fs');
const file = 'test/engine/golden.test.ts';
const text = fs.readFileSync(file, 'utf8');
const start = text.indexOf('// Engine ');
const end = text.indexOf('\n};\n', start) + 4;
fs.writeFileSync(file, text.slice(0, start) + fs.readFileSync('/tmp/golden-block.ts', 'utf8').trimEnd() + '\n' + text.slice(end));
JS
npx tsx -e "
import { BUILTIN_SCENARIOS, scenarioHash } from './src/engine';
for (const s of BUILTIN_SCENARIOS) console.log(s.id + ' ' + scenarioHash(s));
" > /tmp/hashes.txt
node - <<'JS'
const fs = require('fs');
const file = 'test/engine/scenarios.test.ts';
let text = fs.readFileSync(file, 'utf8');
for (const line of fs.readFileSync('/tmp/hashes.txt', 'utf8').trim().split('\n')) {
  const [id, hash] = line.split(' ');
  text = text.replace(new RegExp(`('${id}': ')[0-9a-f]{16}(')`), `$1${hash}$2`);
}
fs.writeFileSync(file, text);
JS
npx biome format --write test/engine/golden.test.ts >/dev/null
git diff --stat test/engine
