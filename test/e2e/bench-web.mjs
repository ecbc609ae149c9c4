// `npm run bench:web`: the web performance figures of issues 3 and 12, printed (not asserted).
//  (a) per page, the project's own JavaScript gzipped that the page may load (its entry, every chunk it imports
//      and every chunk it may import later, from Vite's manifest), Phaser's chunk excluded (target ≤ 150 KB each);
//  (b) time to the title screen's first frame vs an empty Phaser 4 page built the same way (target ≤ 1.3×);
//  (c) resolving a month: the final sign-off click to the month's figures on screen, animation excluded (< 50 ms);
//  (d) the JS heap after three consecutive games vs after one (within 10 %).
// Options: --json (one JSON object), --reuse (measure dist/ as it is, built with --manifest, instead of a fresh
// build), --runs N (loads of each page, default 5), --games N (games played for the heap, default 3; more tells a
// leak from a warm-up), --port N (the game's server port, e.g. your own; default: any free port).
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const reuse = args.includes('--reuse');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Number.parseInt(args[runsAt + 1], 10) || 5) : 5;
const gamesAt = args.indexOf('--games');
const GAMES = gamesAt >= 0 ? Math.max(2, Number.parseInt(args[gamesAt + 1], 10) || 3) : 3;
const portAt = args.indexOf('--port');
const PORT = portAt >= 0 ? Number.parseInt(args[portAt + 1], 10) || 0 : 0;
const ROUNDS = 6;
const log = (...parts) => {
  if (!asJson) console.error(...parts);
};

const TARGETS = { pageJsKb: 150, titleRatio: 1.3, resolveMs: 50, heapGrowth: 0.1 };

const work = mkdtempSync(join(tmpdir(), 'sop-bench-web-'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs the repo's Vite (the same binary and config the project builds with). */
function viteBuild(root, outDir, extra = []) {
  const result = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
      ...extra,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed in ${root}`);
}

// ---------- builds ----------
const appDist = reuse ? join(repo, 'dist') : join(work, 'app');
if (!reuse) {
  log('Building the game…');
  viteBuild(repo, appDist, ['--manifest']);
}

/** An empty Phaser 4 game, built with the same Vite, target and Phaser chunk as the game. */
function buildEmptyPhaser() {
  const root = join(work, 'empty-phaser');
  mkdirSync(root, { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Empty Phaser</title></head>' +
      '<body><div id="app"></div><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.js'),
    `import Phaser from 'phaser';
const game = new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, parent: 'app', backgroundColor: '#eef1f5', scene: { create() {} } });
game.events.once('ready', () => {
  game.events.once('postrender', () => requestAnimationFrame(() => { window.__benchFirstFrame = performance.now(); }));
});
`,
  );
  writeFileSync(
    join(root, 'vite.config.mjs'),
    `export default { base: './', build: { target: 'es2022', chunkSizeWarningLimit: 4000, rollupOptions: { output: {
  manualChunks(id) { return id.includes('node_modules/phaser') ? 'phaser' : undefined; } } } } };\n`,
  );
  viteBuild(root, join(work, 'empty-phaser-dist'));
  return join(work, 'empty-phaser-dist');
}
log('Building an empty Phaser page…');
const phaserDist = buildEmptyPhaser();

// ---------- (a) own JavaScript, gzipped ----------
const assets = join(appDist, 'assets');
const chunks = readdirSync(assets)
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, gzip: gzipSync(readFileSync(join(assets, name)), { level: 9 }).length }));
const own = chunks.filter((c) => !c.name.startsWith('phaser-'));
const ownJsKb = own.reduce((sum, c) => sum + c.gzip, 0) / 1024;
const phaserKb = chunks.filter((c) => c.name.startsWith('phaser-')).reduce((s, c) => s + c.gzip, 0) / 1024;

/** Every own chunk a page may load: its entry, what that imports, and what may be imported later (dynamic). */
function pageChunks(entry) {
  const manifest = JSON.parse(readFileSync(join(appDist, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.add(manifest[key].file.split('/').pop());
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
      visit(next);
  };
  visit(entry);
  return own.filter((c) => files.has(c.name));
}
const pages = Object.fromEntries(
  ['index.html', 'instructor.html'].map((entry) => {
    const list = pageChunks(entry);
    return [entry, { kb: list.reduce((sum, c) => sum + c.gzip, 0) / 1024, chunks: list }];
  }),
);

// ---------- a static server for both builds ----------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};
function serve(dir, port = 0) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const appServer = await serve(appDist, PORT);
const phaserServer = await serve(phaserDist);

// ---------- (b) first frame of the title vs an empty Phaser page ----------
// The title is DOM only (the stage loads later); its first frame is the first animation frame after the
// title's heading and its New game button are in the page. The Phaser page marks the frame after its first render.
const TITLE_WATCH = () => {
  const shown = () => {
    const heading = document.querySelector('main#main h1');
    const start = [...document.querySelectorAll('main#main button')].find(
      (b) => (b.textContent ?? '').trim() === 'New game',
    );
    return Boolean(heading && start && start.getClientRects().length > 0);
  };
  // Watches from before the first byte of HTML (module scripts run before DOMContentLoaded).
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchFirstFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
};

async function firstFrame(url, watch) {
  const times = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (watch) await page.addInitScript(watch);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__benchFirstFrame === 'number', null, { timeout: 30_000 });
    const ms = await page.evaluate(() => window.__benchFirstFrame);
    if (i > 0) times.push(ms); // the first load warms the OS file cache and is dropped
    await context.close();
  }
  return median(times);
}
log(`Timing ${RUNS} loads of each page…`);
const titleMs = await firstFrame(appServer.url, TITLE_WATCH);
const emptyPhaserMs = await firstFrame(phaserServer.url, null);

// ---------- (c) and (d): games played through the UI ----------
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
await context.addInitScript(() => {
  // The guided tour of a first game would wait for clicks; the benchmark plays as a returning player.
  window.localStorage.setItem('sop-arena:coach:steady-start', JSON.stringify({ seen: [], done: true }));
});
const page = await context.newPage();
const loadedScripts = new Set();
page.on('response', (response) => {
  const name = new URL(response.url()).pathname.split('/').pop();
  if (name.endsWith('.js')) loadedScripts.add(name);
});
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
await page.goto(appServer.url);
const main = page.locator('main#main');
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');

async function heapUsed() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

const resolveTimes = [];
/** The final sign-off, clicked in the page; the time until the month's figures are in the DOM (synchronous work). */
async function signOffAndTime() {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const button = [...document.querySelectorAll('main#main button')].find(
          (b) => /^Sign off as /.test((b.textContent ?? '').trim()) && !b.disabled,
        );
        if (!button) {
          fail(new Error('no sign-off button'));
          return;
        }
        const root = document.getElementById('main');
        const ready = () =>
          /^Execution/.test(root.querySelector('h1')?.textContent ?? '') &&
          (root.querySelector('.execution-summary')?.textContent ?? '') !== '';
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          done(performance.now() - start);
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
  );
}

async function clickButton(name) {
  await main.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

async function playGame(index) {
  await clickButton('New game');
  await main.getByRole('radio', { name: /^Solo with a bot colleague/ }).check();
  await main.getByLabel('Your name').fill('Bench');
  await main.getByRole('radio', { name: /^Steady start/ }).check();
  await main.getByLabel(/^Rounds/).fill(String(ROUNDS));
  await main.getByLabel('Seed', { exact: true }).fill(`bench-${index}`);
  await clickButton('Start game');
  const submit = main.getByRole('button', { name: /^Submit the (demand|supply) plan$/ });
  const next = main.getByRole('button', { name: /^Continue to / });
  const signOff = main.getByRole('button', { name: /^Sign off as / });
  for (let round = 1; round <= ROUNDS; round++) {
    await clickButton('Start the month');
    // The player's turn and the bot's, in either order, until the meeting.
    for (;;) {
      await submit.or(next).or(signOff).first().waitFor();
      if (await submit.isVisible()) await submit.click();
      else if (await next.isVisible()) await next.click();
      else break;
    }
    resolveTimes.push(await signOffAndTime());
    await clickButton(/^See the (last )?round report$/);
    await clickButton(/^(Go to month \d+|See the final results)$/);
  }
  await main.getByRole('heading', { name: 'Final results' }).waitFor();
  await page.getByRole('button', { name: 'Main menu' }).click();
}

log(`Playing ${GAMES} games of ${ROUNDS} rounds…`);
const heapBefore = await heapUsed();
await playGame(1);
const heapAfterOne = await heapUsed();
const heapAfterEach = [heapAfterOne];
for (let g = 2; g <= GAMES; g++) {
  await playGame(g);
  heapAfterEach.push(await heapUsed());
}
const heapAfterThree = heapAfterEach[heapAfterEach.length - 1];

await browser.close();
appServer.server.close();
phaserServer.server.close();
rmSync(work, { recursive: true, force: true });

// ---------- report ----------
const gamePage = own.filter((c) => loadedScripts.has(c.name));
const gamePageKb = gamePage.reduce((sum, c) => sum + c.gzip, 0) / 1024;
const heapGrowth = heapAfterThree / heapAfterOne - 1;
const titleRatio = titleMs / emptyPhaserMs;
const resolveMedian = median(resolveTimes);
const resolveMax = Math.max(...resolveTimes);
const result = {
  gamePageJsGzipKb: round1(pages['index.html'].kb),
  instructorPageJsGzipKb: round1(pages['instructor.html'].kb),
  ownJsGzipKb: round1(ownJsKb),
  ownJsChunks: Object.fromEntries(own.map((c) => [c.name, round1(c.gzip / 1024)])),
  gamePageLoadedInThreeGamesKb: round1(gamePageKb),
  phaserGzipKb: round1(phaserKb),
  titleFirstFrameMs: round1(titleMs),
  emptyPhaserFirstFrameMs: round1(emptyPhaserMs),
  titleRatio: Math.round(titleRatio * 100) / 100,
  resolveMonthMedianMs: round1(resolveMedian),
  resolveMonthMaxMs: round1(resolveMax),
  resolveMonths: resolveTimes.length,
  heapBeforeMb: mb(heapBefore),
  heapAfterOneGameMb: mb(heapAfterOne),
  heapAfterThreeGamesMb: mb(heapAfterThree),
  heapAfterEachGameMb: heapAfterEach.map(mb),
  heapGrowth: Math.round(heapGrowth * 1000) / 1000,
  pageErrors: errors,
  runs: RUNS,
  targets: TARGETS,
  pass: {
    gamePageJs: pages['index.html'].kb <= TARGETS.pageJsKb,
    instructorPageJs: pages['instructor.html'].kb <= TARGETS.pageJsKb,
    titleRatio: titleRatio <= TARGETS.titleRatio,
    resolveMonth: resolveMedian < TARGETS.resolveMs,
    heap: heapGrowth <= TARGETS.heapGrowth,
  },
};

function round1(x) {
  return Math.round(x * 10) / 10;
}
function mb(bytes) {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const mark = (ok) => (ok ? 'met' : 'missed');
  const rows = [
    [
      'game page JS it may load, gzipped (no Phaser)',
      `${result.gamePageJsGzipKb} KB`,
      `≤ ${TARGETS.pageJsKb} KB`,
      mark(result.pass.gamePageJs),
    ],
    ['  of which loaded in the games played', `${result.gamePageLoadedInThreeGamesKb} KB`, '', ''],
    [
      'instructor page JS it may load, gzipped',
      `${result.instructorPageJsGzipKb} KB`,
      `≤ ${TARGETS.pageJsKb} KB`,
      mark(result.pass.instructorPageJs),
    ],
    ['both pages together (for reference)', `${result.ownJsGzipKb} KB`, '', ''],
    [
      'title first frame / empty Phaser',
      `${result.titleFirstFrameMs} / ${result.emptyPhaserFirstFrameMs} ms = ${result.titleRatio}×`,
      `≤ ${TARGETS.titleRatio}×`,
      mark(result.pass.titleRatio),
    ],
    [
      'resolve a month (click → figures)',
      `median ${result.resolveMonthMedianMs} ms, max ${result.resolveMonthMaxMs} ms (${result.resolveMonths} months)`,
      `< ${TARGETS.resolveMs} ms`,
      mark(result.pass.resolveMonth),
    ],
    [
      `JS heap after ${GAMES} games vs 1`,
      `${result.heapAfterThreeGamesMb} MB vs ${result.heapAfterOneGameMb} MB (${(heapGrowth * 100).toFixed(1)} %)`,
      `≤ ${TARGETS.heapGrowth * 100} %`,
      mark(result.pass.heap),
    ],
  ];
  const header = ['measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const [entry, page] of Object.entries(pages))
    console.log(
      `\n${entry} chunks (gzip KB): ${page.chunks.map((c) => `${c.name} ${round1(c.gzip / 1024)}`).join(', ')}`,
    );
  console.log(`phaser ${result.phaserGzipKb} KB (excluded)`);
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
}
