// Runs every suite (typecheck, unit/property/golden with vitest, end-to-end with Playwright)
// and ends with one line "N passed, N failed" summing them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
let passed = 0;
let failed = 0;

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

if (want('typecheck')) {
  const status = run('npx', ['tsc', '--noEmit']);
  if (status === 0) passed += 1;
  else failed += 1;
  console.log(`typecheck: ${status === 0 ? 'passed' : 'FAILED'}`);
}

if (want('unit')) {
  const out = 'test-results/vitest.json';
  run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed +=
      report.numFailedTests +
      (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else failed += 1;
}

if (want('e2e')) {
  const build = run('npx', ['vite', 'build']);
  if (build !== 0) failed += 1;
  else {
    const out = 'test-results/playwright.json';
    run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    if (existsSync(out)) {
      const stats = JSON.parse(readFileSync(out, 'utf8')).stats;
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
    } else failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
