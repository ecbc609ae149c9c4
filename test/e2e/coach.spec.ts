/** The guided first game: coach marks over the first two rounds of a new "Steady start" game, by visible labels. */
import type { Page } from '@playwright/test';
import { STEADY_START_TOUR_KEY } from '../../src/ui/debrief/steady-start-tour';
import {
  expect,
  expectScreen,
  fillNewGame,
  mainRegion,
  nextRound,
  runAxe,
  screenHeading,
  shot,
  signOffAll,
  submitOps,
  submitSales,
  test,
} from './support';

// These tests meet the tour as a new player does.
test.use({ coachTour: 'show', reducedMotion: 'reduce' });

/** The tip on show (the bubble is a region named by its title). */
const tip = (page: Page) => page.locator('.coach-bubble');

/** Where the open tip sits: whether it covers its own element, which page controls it covers, whether it is in view. */
interface TipGeometry {
  title: string;
  overTarget: boolean;
  covered: string[];
  inView: boolean;
  targetInView: boolean;
}

async function tipGeometry(page: Page): Promise<TipGeometry> {
  return page.evaluate(() => {
    const bubble = document.querySelector('.coach-bubble') as HTMLElement;
    const target = document.querySelector('.coach-target') as HTMLElement;
    const box = bubble.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'main button, main input, main select, main textarea, main a[href], main summary, header button',
      ),
    ].filter(
      (c) => !bubble.contains(c) && c.getClientRects().length > 0 && c.getBoundingClientRect().width > 0,
    );
    const name = (c: HTMLElement) =>
      `${c.tagName.toLowerCase()} "${(c.getAttribute('aria-label') ?? (c.id ? document.querySelector(`label[for="${c.id}"]`)?.textContent : null) ?? c.textContent ?? '').trim().slice(0, 50)}"`;
    return {
      title: bubble.querySelector('h2')?.textContent ?? '',
      overTarget: overlap(box, t),
      covered: controls.filter((c) => overlap(box, c.getBoundingClientRect())).map(name),
      inView:
        box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      targetInView: t.top < window.innerHeight && t.bottom > 0,
    };
  });
}

/** Waits for the tip titled `title`, checks it covers neither its element nor any page control, saves a screenshot. */
async function expectTip(page: Page, title: string, screenshot?: string): Promise<TipGeometry> {
  await expect(tip(page).getByRole('heading', { level: 2 })).toHaveText(title);
  // Wait for the page to settle (a tip scrolls its element into view).
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await tipGeometry(page));
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  const geometry = await tipGeometry(page);
  await page.screenshot({ path: `test-results/screens/${screenshot ?? 'coach-last'}.png` });
  expect(geometry.overTarget, `the tip "${title}" covers the element it explains`).toBe(false);
  expect(geometry.inView, `the tip "${title}" is inside the window`).toBe(true);
  expect(geometry.targetInView, `the element of "${title}" is on screen`).toBe(true);
  // On a phone the forms pack controls above and below every field: a tip may lie over one or two of them (it
  // goes away with Next or Skip tour); on a wider screen it covers none.
  const phone = (page.viewportSize()?.width ?? 1280) <= 600;
  expect(
    geometry.covered.length,
    `the tip "${title}" covers page controls: ${geometry.covered.join(', ')}`,
  ).toBeLessThanOrEqual(phone ? 2 : 0);
  return geometry;
}

/** Checks (without clicking) that each of the page's own buttons and fields can take a click with the tip open. */
async function expectControlsClickable(page: Page): Promise<void> {
  const controls = mainRegion(page).locator('button:not(.coach-bubble *), input:not(.coach-bubble *)');
  const count = await controls.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if ((await control.isVisible()) && (await control.isEnabled()))
      await control.click({ trial: true, timeout: 3000 });
  }
}

async function focusedIsInTip(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('.coach-bubble')));
}

async function savedTour(page: Page): Promise<{ seen: number[]; done: boolean } | null> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), STEADY_START_TOUR_KEY);
  return text === null ? null : JSON.parse(text);
}

async function newSoloGame(page: Page, seed: string): Promise<void> {
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await fillNewGame(page, { mode: 'solo', names: ['Ana'], scenario: 'Steady start', rounds: 6, seed });
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a new Steady-start game shows the tour; Next walks it, Skip tour ends it for good', async ({
    page,
  }) => {
    await page.goto('/');
    await expectScreen(page, 'title');
    const main = mainRegion(page);
    await newSoloGame(page, 'coach-1');
    await expect(main.getByText('Includes a guided first game (you can skip it).')).toBeVisible();
    await main.getByRole('button', { name: 'Start game' }).click();
    await expectScreen(page, 'briefing');

    // The first tip points at the briefing and leaves the focus on the page.
    await expectTip(page, 'The briefing', 'coach-briefing');
    await expect(tip(page)).toContainText('Guided first game');
    await expect(screenHeading(page)).toBeFocused();
    expect(await focusedIsInTip(page)).toBe(false);
    await runAxe(page, 'briefing with a coach tip');

    // A student may ignore the tip: the page's own button still works.
    await main.getByRole('button', { name: 'Start the month' }).click();
    await expectScreen(page, 'sales');
    await expectTip(page, 'Your demand forecast', 'coach-sales-forecast');
    expect(await focusedIsInTip(page)).toBe(false);
    await runAxe(page, 'Sales form with a coach tip');
    // Every control of the page can still be reached and clicked with the tip open, even scrolled away.
    await expectControlsClickable(page);
    await page.evaluate(() => window.scrollTo(0, 420));
    await page.getByRole('button', { name: 'Settings' }).click({ trial: true });
    await page.evaluate(() => window.scrollTo(0, 0));

    // Next walks through the Sales tips; focus stays with the tour once the student uses it.
    await tip(page).getByRole('button', { name: 'Next' }).click();
    await expectTip(page, 'Promotions', 'coach-sales-promotion');
    await expect(tip(page).getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectTip(page, 'Market signals', 'coach-sales-signals');
    await page.keyboard.press('Enter');
    await expectTip(page, 'Hand over the demand plan', 'coach-sales-submit');

    // Skip tour hides it and gives the focus back to the page element.
    await tip(page).getByRole('button', { name: 'Skip tour' }).click();
    await expect(tip(page)).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Submit the demand plan' })).toBeFocused();
    expect(await savedTour(page)).toMatchObject({ done: true });

    // A reload resumes the step without the tour.
    await page.reload();
    await expectScreen(page, 'sales');
    await page.waitForTimeout(400);
    await expect(tip(page)).toHaveCount(0);
    await submitSales(page);
    await expectScreen(page, 'bot');
    await page.waitForTimeout(200);
    await expect(tip(page)).toHaveCount(0);
    // The round report at 1024×768, with where the points went and the month's lesson.
    await main.getByRole('button', { name: /^Continue to / }).click();
    await expectScreen(page, 'consensus');
    await signOffAll(page);
    await expectScreen(page, 'execution');
    await main.getByRole('button', { name: /^See the (last )?round report$/ }).click();
    await expectScreen(page, 'report');
    await expect(main.getByRole('heading', { name: 'Where the points went' })).toBeVisible();
    await expect(main.getByRole('heading', { name: /^Lesson: / })).toBeVisible();
    await shot(page, 'coach-report-1024');

    // A second game is not guided again (the new-game screen says so, and offers to bring it back).
    await page.getByRole('button', { name: 'Main menu' }).click();
    await expectScreen(page, 'title');
    await newSoloGame(page, 'coach-2');
    await expect(main.getByText('You have done the guided first game.')).toBeVisible();
    await expect(main.getByRole('button', { name: 'Guide me again' })).toBeVisible();
    await main.getByRole('button', { name: 'Start game' }).click();
    await expectScreen(page, 'briefing');
    await page.waitForTimeout(400);
    await expect(tip(page)).toHaveCount(0);

    // "Guide me again" on the new-game screen brings the tour back for the next game.
    await page.getByRole('button', { name: 'Main menu' }).click();
    await expectScreen(page, 'title');
    await newSoloGame(page, 'coach-3');
    await main.getByRole('button', { name: 'Guide me again' }).click();
    await expect(main.getByText('Includes a guided first game (you can skip it).')).toBeVisible();
    expect(await savedTour(page)).toBeNull();
    await main.getByRole('button', { name: 'Start game' }).click();
    await expectScreen(page, 'briefing');
    await expectTip(page, 'The briefing');
  });
});

// The whole tour on a laptop, a phone and a small Android phone: each tip beside its element, on screen.
for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    const where = width === 1280 ? '' : `${width}-`;

    test('the tips of both rounds, each beside its element, then the tour is over', async ({ page }) => {
      await page.goto('/');
      await expectScreen(page, 'title');
      const main = mainRegion(page);
      await newSoloGame(page, 'coach-3');
      await main.getByRole('button', { name: 'Start game' }).click();
      await expectScreen(page, 'briefing');
      const titles: string[] = [];
      /** Presses Next on every tip of the screen; returns when the screen has no tip left. */
      const walk = async (prefix: string) => {
        for (let i = 0; i < 8; i++) {
          if ((await tip(page).count()) === 0) return;
          const title = (await tip(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
          await expectTip(page, title, `coach-${where}${prefix}-${titles.length + 1}`);
          titles.push(title);
          await tip(page)
            .getByRole('button', { name: /^(Next|Done)$/ })
            .click();
        }
      };
      const settle = () => page.waitForTimeout(300);

      // Round 1: Ana is Sales.
      await settle();
      await walk('r1');
      await main.getByRole('button', { name: 'Start the month' }).click();
      await expectScreen(page, 'sales');
      await settle();
      await walk('r1');
      await submitSales(page);
      await expectScreen(page, 'bot');
      await main.getByRole('button', { name: /^Continue to / }).click();
      await expectScreen(page, 'consensus');
      await settle();
      await walk('r1');
      await signOffAll(page);
      await expectScreen(page, 'execution');
      await main.getByRole('button', { name: /^See the (last )?round report$/ }).click();
      await expectScreen(page, 'report');
      await settle();
      await walk('r1');
      expect(titles).toEqual([
        'The briefing',
        'Your demand forecast',
        'Promotions',
        'Market signals',
        'Hand over the demand plan',
        'Where the plans disagree',
        'Sign off',
        'Three scores',
        'Where the points went',
        'One lesson a month',
      ]);
      await expect(main.getByRole('heading', { name: 'Where the points went' })).toBeVisible();
      await shot(page, `coach-${where}report-full`);

      // Round 2: Ana is Operations; the round-2 tips and the Operations tips show.
      await nextRound(page);
      await expectScreen(page, 'briefing');
      await settle();
      await walk('r2');
      await main.getByRole('button', { name: 'Start the month' }).click();
      await expectScreen(page, 'bot');
      await main.getByRole('button', { name: /^Continue to / }).click();
      await expectScreen(page, 'ops');
      await settle();
      await walk('r2');
      await submitOps(page);
      await expectScreen(page, 'consensus');
      await settle();
      await walk('r2');
      await signOffAll(page);
      await expectScreen(page, 'execution');
      await main.getByRole('button', { name: /^See the (last )?round report$/ }).click();
      await expectScreen(page, 'report');
      await settle();
      await walk('r2');
      expect(titles.slice(10)).toEqual([
        'Plan against actuals',
        'The production plan',
        'Material orders',
        'Overtime and expediting',
        'Supply signals',
        'Hand over the supply plan',
        'Look ahead',
        'Your bonus is not the score',
      ]);
      expect(await savedTour(page)).toMatchObject({ done: true });
      await nextRound(page);
      await expectScreen(page, 'briefing');
      await settle();
      await expect(tip(page)).toHaveCount(0);
    });
  });
}

test.describe('at 1280×800, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Escape on a tip skips the tour and returns the focus to the page', async ({ page }) => {
    await page.goto('/');
    await expectScreen(page, 'title');
    await newSoloGame(page, 'coach-4');
    await mainRegion(page).getByRole('button', { name: 'Start game' }).click();
    await expectScreen(page, 'briefing');
    await expectTip(page, 'The briefing');
    // Tab from the page reaches the tip's buttons right after the element it explains.
    await tip(page).getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Escape');
    await expect(tip(page)).toHaveCount(0);
    expect(await focusedIsInTip(page)).toBe(false);
    await expect(page.locator('[data-coach="briefing"]')).toBeFocused();
    expect(await savedTour(page)).toMatchObject({ done: true });
  });
});
