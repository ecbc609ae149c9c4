/** Screens are functions of the store, redrawn on every change: each keystroke on the Operations turn is saved to
 * the store and redraws the screen (the live checks change), yet the field keeps its element, its focus, its text
 * and the page its scroll position. */
import {
  expect,
  expectScreen,
  mainRegion,
  productionField,
  startNewGame,
  submitSales,
  test,
} from './support';

test.use({ reducedMotion: 'reduce' });

test('typing on a turn redraws the checks from the store without losing focus, text or scroll', async ({
  page,
}) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: 6 });
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: /^Ready: I am / }).click();
  await expectScreen(page, 'sales');
  await submitSales(page);
  await main.getByRole('button', { name: /^Ready: I am / }).click();
  await expectScreen(page, 'ops');

  const field = productionField(page, 'Electric kettle', 1);
  const stock = main.locator('.sopf-month').first().locator('.sopf-grid-value').last();
  const before = await stock.textContent();
  // Scroll so the field sits low in the window: a redraw that rebuilt the page would jump.
  await field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const scrollY = await page.evaluate(() => window.scrollY);
  const handle = await field.elementHandle();
  await field.click();
  await field.press('End');
  await page.keyboard.type('5');

  // The projected stock was redrawn from the typed number (production 10× larger)…
  await expect(stock).not.toHaveText(before ?? '');
  // …while the same input element kept focus and every character typed, and the page did not move.
  expect(await handle?.evaluate((el) => el.isConnected && el === document.activeElement)).toBe(true);
  await expect(field).toHaveValue(/5$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  // The typed text is the store's turn draft: it survives a reload.
  const typed = await field.inputValue();
  await page.reload();
  await expectScreen(page, 'ops');
  await expect(productionField(page, 'Electric kettle', 1)).toHaveValue(typed);
});
