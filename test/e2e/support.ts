/** Shared end-to-end helpers: a page that fails on console errors, axe scans, screenshots and turn-by-label play. */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type * as Engine from '../../src/engine';
import type { Role, WorldMonth } from '../../src/engine/types';
import { SAVE_KEY } from '../../src/store/persistence';
import { STEADY_START_TOUR_KEY } from '../../src/ui/debrief/steady-start-tour';
import { textProblems } from './layout';

const require = createRequire(import.meta.url);

/** Console 'error' messages Chromium prints for its own reasons, not the app's. Each entry says why it is benign. */
const BENIGN_CONSOLE_ERRORS: RegExp[] = [
  // Headless Chromium with --disable-gpu falls back to SwiftShader for WebGL and says so as an 'error'
  // ("Automatic fallback to software WebGL has been deprecated"); Phaser then renders normally.
  /Automatic fallback to software WebGL/i,
  // The GPU process (disabled on purpose) reports its own stall warnings as errors in some Chromium builds.
  /GL Driver Message .*GPU stall due to ReadPixels/i,
];

/** Problems a page reported while a test ran: console errors and uncaught exceptions. */
export interface PageProblems {
  messages: string[];
}

/** The test object of every spec: `page` records console errors and page errors and fails the test if any occurred.
 * `coachTour: 'skip'` (the default) marks the guided first-game tour as done before the app loads, so tests that
 * are not about it are not interrupted; `'show'` leaves it to appear as for a new player. */
export const test = base.extend<{ problems: PageProblems; coachTour: 'skip' | 'show' }>({
  coachTour: ['skip', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  problems: async ({}, use) => {
    await use({ messages: [] });
  },
  page: async ({ page, problems, coachTour }, use) => {
    if (coachTour === 'skip') {
      await page.addInitScript((key) => {
        if (window.localStorage.getItem(key) === null)
          window.localStorage.setItem(key, JSON.stringify({ seen: [], done: true }));
      }, STEADY_START_TOUR_KEY);
    }
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (BENIGN_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) return;
      problems.messages.push(`console.error: ${text}`);
    });
    page.on('pageerror', (error) => problems.messages.push(`page error: ${error.message}`));
    await use(page);
    expect(problems.messages, 'the page reported console errors or uncaught exceptions').toEqual([]);
  },
});

export { expect };

const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Runs axe-core on the page as it is now and asserts no serious or critical violations (listed on failure).
 * With `soft`, a failure is recorded and the test goes on (to scan every screen before failing). */
export async function runAxe(page: Page, name: string, options: { soft?: boolean } = {}): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }
    ).axe;
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
      }));
  });
  const report = violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    - ${n}`).join('\n')}`)
    .join('\n');
  const check = options.soft ? expect.soft : expect;
  check(violations, `axe found serious or critical violations on "${name}":\n${report}`).toEqual([]);
}

/** Saves a full-page screenshot as test-results/screens/<name>.png, checking (softly) that no text on it is
 * broken mid-word, runs past its table cell or lies under a control: what the picture shows must be readable. */
export async function shot(page: Page, name: string): Promise<void> {
  const path = join('test-results', 'screens', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  expect.soft(await textProblems(page), `${name}: text readable`).toEqual([]);
}

/** The app's main region, where screens mount (the header and dialogs live outside it). */
export function mainRegion(page: Page): Locator {
  return page.locator('main#main');
}

/** The current screen's heading (the h1 inside main). */
export function screenHeading(page: Page): Locator {
  return mainRegion(page).getByRole('heading', { level: 1 });
}

/** Which step of the game a screen is, recognised from its visible heading. */
export type ScreenKind =
  | 'title'
  | 'newGame'
  | 'briefing'
  | 'handoff'
  | 'sales'
  | 'ops'
  | 'bot'
  | 'consensus'
  | 'execution'
  | 'report'
  | 'end'
  | 'unknown';

/** Maps a heading's text to the screen it names. */
export function kindOfHeading(text: string): ScreenKind {
  const rules: [RegExp, ScreenKind][] = [
    [/^S&OP Arena$/, 'title'],
    [/^New game$/, 'newGame'],
    [/^Briefing\b/, 'briefing'],
    [/^Pass the device to /, 'handoff'],
    [/^Sales · demand review/, 'sales'],
    [/^Operations · supply review/, 'ops'],
    [/ plays (Sales|Operations)$/, 'bot'],
    [/^Consensus meeting/, 'consensus'],
    [/^Execution\b/, 'execution'],
    [/^Month \d+ report$/, 'report'],
    [/^Final results$/, 'end'],
  ];
  return rules.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? 'unknown';
}

/** The screen on show now (waits for a heading to be there). */
export async function currentScreen(page: Page): Promise<ScreenKind> {
  await expect(screenHeading(page)).toBeVisible();
  return kindOfHeading(await headingText(page));
}

/** The current screen heading's text ('' while none is mounted). */
export async function headingText(page: Page): Promise<string> {
  return ((await screenHeading(page).textContent()) ?? '').trim();
}

/** Waits until the screen shown is `kind` (by its heading). */
export async function expectScreen(page: Page, kind: ScreenKind, timeout = 15_000): Promise<void> {
  await expect.poll(async () => kindOfHeading(await headingText(page)), { timeout }).toBe(kind);
}

/** Options of a new game, typed into the new-game screen by its labels. */
export interface NewGameOptions {
  mode: 'solo' | 'pair';
  names: string[];
  scenario?: string;
  rounds?: number;
  seed?: string;
  teamName?: string;
}

/** From the title screen: New game, fill the form by its labels, Start game; ends on the first briefing. */
export async function startNewGame(page: Page, options: NewGameOptions): Promise<void> {
  await mainRegion(page).getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await fillNewGame(page, options);
  await mainRegion(page).getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');
}

/** Fills the new-game form (without submitting). */
export async function fillNewGame(page: Page, options: NewGameOptions): Promise<void> {
  const main = mainRegion(page);
  await main
    .getByRole('radio', { name: options.mode === 'solo' ? 'Solo with a bot colleague' : 'Pair, hot seat' })
    .check();
  if (options.mode === 'solo') await main.getByLabel('Your name').fill(options.names[0]);
  else {
    await main.getByLabel('Player 1’s name').fill(options.names[0]);
    await main.getByLabel('Player 2’s name').fill(options.names[1]);
    if (options.teamName !== undefined) await main.getByLabel('Team name').fill(options.teamName);
  }
  await main.getByRole('radio', { name: options.scenario ?? 'Steady start' }).check();
  await main.getByLabel(/^Rounds/).fill(String(options.rounds ?? 6));
  if (options.seed !== undefined) await main.getByLabel('Seed', { exact: true }).fill(options.seed);
}

/** The forecast inputs of a product on the Sales form ("<product> forecast, month N"). */
export function forecastField(page: Page, product: string, month: number): Locator {
  return mainRegion(page).getByRole('textbox', { name: `${product} forecast, month ${month}`, exact: true });
}

/** The production input of a product on the Operations form. */
export function productionField(page: Page, product: string, month: number): Locator {
  return mainRegion(page).getByRole('textbox', {
    name: `${product} production, month ${month}`,
    exact: true,
  });
}

/** Submits the Sales form as prefilled (or as changed by the caller). */
export async function submitSales(page: Page): Promise<void> {
  await mainRegion(page).getByRole('button', { name: 'Submit the demand plan' }).click();
}

/** Submits the Operations form. */
export async function submitOps(page: Page): Promise<void> {
  await mainRegion(page).getByRole('button', { name: 'Submit the supply plan' }).click();
}

/** Signs off for every role whose Sign off button is enabled (the solo bot signs off by itself). */
export async function signOffAll(page: Page): Promise<void> {
  const main = mainRegion(page);
  for (const role of ['Sales', 'Operations']) {
    if (kindOfHeading(await headingText(page)) !== 'consensus') return;
    const button = main.getByRole('button', { name: `Sign off as ${role}` });
    if ((await button.count()) > 0 && (await button.isEnabled())) await button.click();
  }
}

/** On the execution screen: skips the animation when possible, then goes to the report. */
export async function finishExecution(page: Page): Promise<void> {
  const main = mainRegion(page);
  // Skip is there only while the month plays: it may go away on its own between the look and the click.
  const skip = main.getByRole('button', { name: 'Skip animation' });
  if (await skip.isVisible()) await skip.click({ timeout: 2000 }).catch(() => undefined);
  await main.getByRole('button', { name: /^See the (last )?round report$/ }).click();
}

/** What a round player may do on each screen; each hook runs before the default action. */
export interface RoundHooks {
  onScreen?(kind: ScreenKind, page: Page): Promise<void>;
  /** Replaces the default Sales action (submit as prefilled). */
  sales?(page: Page): Promise<void>;
  /** Replaces the default Operations action (submit as prefilled). */
  ops?(page: Page): Promise<void>;
  /** Replaces the default hand-off action (press Ready). */
  handoff?(page: Page): Promise<void>;
  /** Runs when a guided-tour tip is showing, before it is skipped. */
  onCoachTip?(page: Page): Promise<void>;
}

/** Plays one round from its briefing to its report by visible labels; returns the screens seen in order. */
export async function playRound(page: Page, hooks: RoundHooks = {}): Promise<ScreenKind[]> {
  const seen: ScreenKind[] = [];
  const main = mainRegion(page);
  for (let guard = 0; guard < 20; guard++) {
    await skipCoachTour(page, hooks.onCoachTip);
    const heading = await headingText(page);
    const kind = kindOfHeading(heading);
    if (seen[seen.length - 1] !== kind) seen.push(kind);
    await hooks.onScreen?.(kind, page);
    if (kind === 'report') return seen;
    switch (kind) {
      case 'briefing':
        await main.getByRole('button', { name: 'Start the month' }).click();
        break;
      case 'handoff':
        if (hooks.handoff) await hooks.handoff(page);
        else await main.getByRole('button', { name: /^Ready: I am / }).click();
        break;
      case 'sales':
        if (hooks.sales) await hooks.sales(page);
        else await submitSales(page);
        break;
      case 'ops':
        if (hooks.ops) await hooks.ops(page);
        else await submitOps(page);
        break;
      case 'bot':
        await main.getByRole('button', { name: /^Continue to / }).click();
        break;
      case 'consensus':
        await signOffAll(page);
        break;
      case 'execution':
        await finishExecution(page);
        break;
      default:
        throw new Error(`playRound: unexpected screen "${heading}" (${kind})`);
    }
    await expect(screenHeading(page)).not.toHaveText(heading);
  }
  throw new Error(`playRound: no report after 20 screens (${seen.join(' → ')})`);
}

/** Closes the guided tour's tip when one is showing (its Skip tour button ends the tour for good). */
export async function skipCoachTour(page: Page, before?: (page: Page) => Promise<void>): Promise<boolean> {
  const skip = page.getByRole('button', { name: 'Skip tour' });
  if (!(await skip.isVisible())) return false;
  await before?.(page);
  await skip.click();
  await expect(skip).toBeHidden();
  return true;
}

/** The engine's module type (src/engine/index.ts). */
export type EngineModule = typeof Engine;

let engineLoad: Promise<EngineModule> | null = null;

/** The engine (src/engine) loaded in Node. Playwright's loader cannot import the scenarios' JSON files without
 * import attributes, so the engine's sources are bundled once with esbuild into an ES module and imported. */
export function loadEngine(): Promise<EngineModule> {
  engineLoad ??= (async () => {
    const outfile = join('test-results', 'e2e-build', 'engine-node.mjs');
    await build({
      entryPoints: ['src/engine/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(join(process.cwd(), outfile)).href)) as EngineModule;
  })();
  return engineLoad;
}

/** The first seed `e2e-<n>` whose world (scenario, rounds) satisfies `wanted`; the world depends on the seed alone,
 * so a test can ask for "a card for Sales in month 2" and stay right when the engine's tuning changes. */
export async function findSeed(
  scenarioId: string,
  rounds: number,
  wanted: (months: readonly WorldMonth[]) => boolean,
): Promise<string> {
  const { generateWorld, getScenario } = await loadEngine();
  const scenario = getScenario(scenarioId);
  if (!scenario) throw new Error(`findSeed: no scenario ${scenarioId}`);
  for (let n = 0; n < 500; n++) {
    const seed = `e2e-${n}`;
    if (wanted(generateWorld(scenario, seed, rounds).months)) return seed;
  }
  throw new Error(`findSeed: no seed e2e-0…e2e-499 gives the wanted world for ${scenarioId}`);
}

/** Whether a month of a world shows `role` a private intelligence card. */
export function cardFor(month: WorldMonth | undefined, role: Role): boolean {
  return (month?.signals ?? []).some((signal) => signal.role === role);
}

/** On a round report: goes on to the next month's briefing (or the final results). */
export async function nextRound(page: Page): Promise<void> {
  await mainRegion(page)
    .getByRole('button', { name: /^(Go to month \d+|See the final results)$/ })
    .click();
}

/** Starts a solo game and plays all of it with prefilled plans; ends on the final results. */
export async function playQuickSoloGame(page: Page, options: Omit<NewGameOptions, 'mode'>): Promise<void> {
  await startNewGame(page, { mode: 'solo', ...options });
  for (let round = 1; round <= (options.rounds ?? 6); round++) {
    await playRound(page);
    await nextRound(page);
  }
  await expectScreen(page, 'end');
}

/** Reads the app's save from localStorage (the persisted zustand state), or null. */
export async function readSave(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  }, SAVE_KEY);
}

export { SAVE_KEY };
