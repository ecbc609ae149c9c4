/** What the device keeps: numbers typed into a turn survive a reload until submitted; a full storage is told at
 * once with how to free space; a damaged save (even only its new-game draft) never blocks a new game or settings. */
import type { Page } from '@playwright/test';
import {
  expect,
  expectScreen,
  forecastField,
  mainRegion,
  productionField,
  readSave,
  SAVE_KEY,
  screenHeading,
  shot,
  startNewGame,
  submitSales,
  test,
} from './support';

const PRODUCT = 'Electric kettle';

test.use({ reducedMotion: 'reduce' });

test('numbers typed into a turn, even ones not valid yet, survive a reload until the plan is submitted', async ({
  page,
}) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: 6, seed: 'draft-1' });
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: 'Ready: I am Ana' }).click();
  await expectScreen(page, 'sales');
  await forecastField(page, PRODUCT, 1).fill('1234');
  await forecastField(page, PRODUCT, 2).fill('12x');
  await main.getByRole('radio', { name: '20 % off' }).check();

  await page.reload();
  await expectScreen(page, 'sales');
  await expect(forecastField(page, PRODUCT, 1)).toHaveValue('1234');
  await expect(forecastField(page, PRODUCT, 2)).toHaveValue('12x');
  await expect(main.getByRole('radio', { name: '20 % off' })).toBeChecked();

  // Fixed and submitted: the typed numbers are the plan now, and Operations starts from its own prefill.
  await forecastField(page, PRODUCT, 2).fill('1200');
  await submitSales(page);
  await main.getByRole('button', { name: 'Ready: I am Ben' }).click();
  await expectScreen(page, 'ops');
  const prefilled = await productionField(page, PRODUCT, 1).inputValue();
  await productionField(page, PRODUCT, 1).fill('777');
  await page.reload();
  await expectScreen(page, 'ops');
  await expect(productionField(page, PRODUCT, 1)).toHaveValue('777');
  expect(prefilled).not.toBe('777');
  await expect(main.getByText(`${PRODUCT} demand plan, month 2: 1,200`, { exact: true })).toBeVisible();
});

/** The header's Settings button (the title screen has one of its own). */
function settingsButton(page: Page) {
  return page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Settings' });
}

/** Fills this origin's localStorage until it refuses more (as a browser does when it is full). */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let n = 0; chunk.length > 0; n++) {
      try {
        window.localStorage.setItem(`filler-${n}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
}

/** Frees what fillStorage took. */
async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith('filler-')) window.localStorage.removeItem(key);
  });
}

test('a full storage is told at once, with how to free space, and saving resumes once there is room', async ({
  page,
}) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: 6, seed: 'full-1' });
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: 'Ready: I am Ana' }).click();
  await expectScreen(page, 'sales');
  const notice = page.getByRole('alert').filter({ hasText: 'Your progress is not being saved' });
  await expect(notice).toHaveCount(0);

  await fillStorage(page);
  await forecastField(page, PRODUCT, 1).fill('1500');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('storage for S&OP Arena is full');
  await expect(notice).toContainText('To free space');
  await shot(page, 'storage-full');

  // The plan is submitted in the tab; the notice stays on the next screens until saving works again.
  await submitSales(page);
  await expectScreen(page, 'handoff');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Try saving again' }).click();
  await expect(notice).toBeVisible();

  await freeStorage(page);
  await notice.getByRole('button', { name: 'Try saving again' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expectScreen(page, 'handoff');
  await expect(screenHeading(page)).toHaveText('Pass the device to Ben');
  await main.getByRole('button', { name: 'Ready: I am Ben' }).click();
  await expect(main.getByText(`${PRODUCT} demand plan, month 1: 1,500`, { exact: true })).toBeVisible();
});

test('a save whose new-game draft is damaged is refused plainly, keeps settings changed meanwhile, and never blocks New game', async ({
  page,
}) => {
  await page.goto('/');
  await expectScreen(page, 'title');
  const damaged = JSON.stringify({
    state: { saved: null, screen: 'newGame', draft: { mode: 'pair', players: null } },
    version: 2,
  });
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [SAVE_KEY, damaged]);
  await page.reload();
  await expectScreen(page, 'title');
  const main = mainRegion(page);
  const notice = main.getByRole('alert').filter({ hasText: 'The saved game is damaged' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('draft.');

  // A setting changed while the notice shows is kept across a reload.
  await settingsButton(page).click();
  const sound = page.getByRole('checkbox', { name: /^Sound/ });
  const soundWas = await sound.isChecked();
  await sound.setChecked(!soundWas);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(notice).toBeVisible();
  await settingsButton(page).click();
  await expect(page.getByRole('checkbox', { name: /^Sound/ })).toBeChecked({ checked: !soundWas });
  await page.keyboard.press('Escape');

  // New game opens an empty form and starts a game that replaces the damaged save.
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: 6, seed: 'after-damaged-draft' });
  await page.reload();
  await expectScreen(page, 'briefing');
  const save = (await readSave(page)) as { state?: { saved?: { meta?: { players?: string[] } } } } | null;
  expect(save?.state?.saved?.meta?.players).toEqual(['Ana', 'Ben']);
  await settingsButton(page).click();
  await expect(page.getByRole('checkbox', { name: /^Sound/ })).toBeChecked({ checked: !soundWas });
});
