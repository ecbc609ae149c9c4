/** Phone-first: a whole solo game and a hot-seat month played by visible labels at 390×844 (a phone), 360×740 (a
 * small Android phone) and 768×1024 (a tablet). On every screen the page is never wider than the viewport, every
 * touch target is at least 44 px and the text is readable (layout.ts); each screen is saved as
 * test-results/screens/<viewport>-<screen>.png, and at 390 px also scanned by axe. */
import type { Page } from '@playwright/test';
import { layoutProblems, textProblems } from './layout';
import {
  expect,
  expectScreen,
  fillNewGame,
  forecastField,
  mainRegion,
  nextRound,
  playRound,
  runAxe,
  type ScreenKind,
  shot,
  startNewGame,
  submitSales,
  test,
} from './support';

const ROUNDS = 6;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'small-phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

/** Checks the screen on show and, at phone width, scans it with axe and saves its picture (once per name). */
async function checkScreen(page: Page, viewport: string, name: string, seen: Set<string>): Promise<void> {
  expect.soft(await layoutProblems(page), `${viewport}: ${name}`).toEqual([]);
  expect.soft(await textProblems(page), `${viewport}: ${name}, text`).toEqual([]);
  if (seen.has(name)) return;
  seen.add(name);
  if (viewport === 'phone') await runAxe(page, `${name} at phone width`, { soft: true });
  await shot(page, `${viewport}-${name}`);
}

test.use({ reducedMotion: 'reduce' });

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, hasTouch: true });

    test('a whole solo game fits the screen on every step', async ({ page }) => {
      const seen = new Set<string>();
      const check = (name: string) => checkScreen(page, viewport.name, name, seen);
      await page.goto('/');
      await expectScreen(page, 'title');
      await check('title');
      const main = mainRegion(page);
      for (const dialog of ['How to play', 'Settings']) {
        await page.getByRole('banner').getByRole('button', { name: dialog }).click();
        await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
        await check(dialog === 'Settings' ? 'settings' : 'how-to-play');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
      }
      await main.getByRole('button', { name: 'New game', exact: true }).click();
      await expectScreen(page, 'newGame');
      await fillNewGame(page, { mode: 'solo', names: ['Sam'], rounds: ROUNDS });
      await check('new-game');
      await main.getByRole('button', { name: 'Start game' }).click();
      await expectScreen(page, 'briefing');
      const kinds = new Set<ScreenKind>();
      for (let round = 1; round <= ROUNDS; round++) {
        await playRound(page, {
          async onScreen(kind) {
            kinds.add(kind);
            await check(`${kind}${round === 1 ? '' : '-later'}`);
            if (kind === 'execution' && round === 1) {
              // The stage's smallest text is 14 design px (text-style.ts): drawn at 12 CSS px or more.
              const canvas = main.locator('.stage-slot canvas');
              await expect(canvas).toBeVisible();
              const scale = await canvas.evaluate(
                (c: HTMLCanvasElement) => c.getBoundingClientRect().width / c.width,
              );
              expect(scale * 14, 'the stage text size in CSS px').toBeGreaterThanOrEqual(12);
            }
            if (kind === 'consensus' && round === 1) {
              // The meeting with the player's revision open (typed numbers follow in the tables), then closed.
              await main.getByRole('button', { name: 'Revise Sales plan' }).click();
              await expect(main.getByRole('button', { name: 'Save revision' })).toBeVisible();
              await check('consensus-revision');
              await main.getByRole('button', { name: 'Cancel' }).click();
              await expect(main.getByRole('button', { name: 'Save revision' })).toBeHidden();
            }
          },
        });
        await check(round === 1 ? 'report' : 'report-later');
        await nextRound(page);
      }
      await expectScreen(page, 'end');
      await check('end');
      expect([...kinds]).toEqual(expect.arrayContaining(['briefing', 'consensus', 'execution', 'report']));
      expect(kinds.has('sales') || kinds.has('ops')).toBe(true);
      expect(kinds.has('bot')).toBe(true);
    });

    test('a hot-seat month fits the screen on every step', async ({ page }) => {
      const seen = new Set<string>();
      const check = (name: string) => checkScreen(page, viewport.name, `pair-${name}`, seen);
      await page.goto('/');
      await startNewGame(page, {
        mode: 'pair',
        names: ['Ana', 'Ben'],
        rounds: ROUNDS,
        teamName: 'Kettle Crew',
      });
      let handoffs = 0;
      const kinds: ScreenKind[] = [];
      await playRound(page, {
        async onScreen(kind) {
          kinds.push(kind);
          await check(kind === 'handoff' ? `handoff-${++handoffs}` : kind);
        },
        async sales(p) {
          // A refused number: the error summary and the message next to the field must fit too.
          const first = forecastField(p, 'Electric kettle', 1);
          const typed = await first.inputValue();
          await first.fill('lots');
          await submitSales(p);
          await expect(first).toHaveAttribute('aria-invalid', 'true');
          await check('sales-error');
          await first.fill(typed);
          await submitSales(p);
        },
      });
      await check('report');
      expect(kinds).toEqual(
        expect.arrayContaining(['briefing', 'handoff', 'sales', 'ops', 'consensus', 'execution', 'report']),
      );
    });
  });
}
