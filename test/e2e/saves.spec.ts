/** What the device keeps: numbers typed into a turn survive a reload until they are submitted. */
import {
  expect,
  expectScreen,
  forecastField,
  mainRegion,
  productionField,
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
