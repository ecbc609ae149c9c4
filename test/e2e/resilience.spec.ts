/** Resilience: a reload mid-round resumes at the same step with the same numbers; invalid input is refused next to
 * the field with nothing lost; a damaged save is reported plainly with Start over, and nothing crashes. */
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

test('a reload on the Operations turn resumes at the same step with the same numbers', async ({ page }) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: 6, seed: 'reload-1' });
  const main = mainRegion(page);
  const demandCell = (month: number, value: string) =>
    main.getByText(`${PRODUCT} demand plan, month ${month}: ${value}`, { exact: true });
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: 'Ready: I am Ana' }).click();
  await forecastField(page, PRODUCT, 1).fill('1234');
  await forecastField(page, PRODUCT, 2).fill('1111');
  await forecastField(page, PRODUCT, 3).fill('1050');
  await submitSales(page);

  // A reload on the hand-off keeps the hand-off (Ben's private cards stay hidden).
  await expectScreen(page, 'handoff');
  await page.reload();
  await expectScreen(page, 'handoff');
  await expect(screenHeading(page)).toHaveText('Pass the device to Ben');
  await main.getByRole('button', { name: 'Ready: I am Ben' }).click();
  await expectScreen(page, 'ops');

  await expect(demandCell(1, '1,234')).toBeVisible();
  await expect(demandCell(2, '1,111')).toBeVisible();
  const production = [1, 2, 3].map((m) => productionField(page, PRODUCT, m));
  const before = await Promise.all(production.map((f) => f.inputValue()));
  const header = await page.getByRole('banner').textContent();
  expect(before.every((v) => /^\d+$/.test(v))).toBe(true);

  await page.reload();
  await expectScreen(page, 'ops');
  await expect(screenHeading(page)).toHaveText('Operations · supply review');
  await expect(main.getByText('Month 1 of 6 · Mar: Ben is Operations.')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveText(header ?? '');
  await expect(demandCell(1, '1,234')).toBeVisible();
  await expect(demandCell(2, '1,111')).toBeVisible();
  await expect(demandCell(3, '1,050')).toBeVisible();
  expect(await Promise.all(production.map((f) => f.inputValue()))).toEqual(before);

  // The round goes on from there to the consensus meeting with Sales' numbers intact.
  await main.getByRole('button', { name: 'Submit the supply plan' }).click();
  await expectScreen(page, 'consensus');
  await page.reload();
  await expectScreen(page, 'consensus');
  await expect(main.getByRole('row', { name: /^Demand plan \(Sales\) 1,234 1,111 1,050$/ })).toBeVisible();
});

test('a negative, fractional, text or absurd forecast is refused next to the field and nothing is lost', async ({
  page,
}) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'solo', names: ['Ana'], rounds: 6, seed: 'invalid-1' });
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'Start the month' }).click();
  await expectScreen(page, 'sales');
  const first = forecastField(page, PRODUCT, 1);
  const second = forecastField(page, PRODUCT, 2);
  const third = forecastField(page, PRODUCT, 3);
  await second.fill('1300');
  await main.getByRole('radio', { name: '10 % off' }).check();

  const cases: [string, RegExp][] = [
    ['-5', /negative/i],
    ['12.5', /whole number/i],
    ['lots', /not a number/i],
    ['99999999', /too large/i],
  ];
  for (const [typed, reason] of cases) {
    await first.fill(typed);
    await submitSales(page);
    // Refused: still the Sales turn, the field is marked invalid and its own message says why.
    await expectScreen(page, 'sales');
    await expect(first).toHaveAttribute('aria-invalid', 'true');
    await expect(first).toHaveAccessibleDescription(reason);
    const describedBy = (await first.getAttribute('aria-describedby')) ?? '';
    const message = page.locator(`[id="${describedBy.split(/\s+/).find((id) => id.endsWith('-error'))}"]`);
    await expect(message).toBeVisible();
    await expect(message).toHaveText(reason);
    // The message sits right under the field (next to it, not only in a summary at the top).
    const fieldBox = await first.boundingBox();
    const messageBox = await message.boundingBox();
    expect(fieldBox && messageBox).toBeTruthy();
    expect(messageBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height - 1);
    expect(messageBox!.y - (fieldBox!.y + fieldBox!.height)).toBeLessThan(40);
    expect(Math.abs(messageBox!.x - fieldBox!.x)).toBeLessThan(40);
    await expect(main.getByRole('alert').filter({ hasText: 'before you can submit' })).toBeVisible();
    // Nothing lost: what was typed stays, and so do the other choices.
    await expect(first).toHaveValue(typed);
    await expect(second).toHaveValue('1300');
    await expect(main.getByRole('radio', { name: '10 % off' })).toBeChecked();
    if (typed === '-5') await shot(page, 'sales-invalid');
  }
  // Fixing the number clears the message and lets the round go on.
  await first.fill('1250');
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');
  await expect(third).not.toHaveValue('');
  await submitSales(page);
  await expectScreen(page, 'bot');
  await main.getByRole('button', { name: /^Continue to / }).click();
  await expectScreen(page, 'consensus');
  await expect(
    main.getByRole('row', { name: /^Demand plan \(Sales\) 1,250 \(10 % off\) 1,300 / }),
  ).toBeVisible();
});

test('a damaged save is reported plainly with Start over, and starting over works', async ({ page }) => {
  await page.goto('/');
  await expectScreen(page, 'title');
  const main = mainRegion(page);
  const damaged: [string, RegExp][] = [
    ['{"state": {"saved": not json', /damaged and cannot be read/],
    [
      JSON.stringify({ state: { saved: { record: 7 } }, version: 2 }),
      /damaged and cannot be opened \(saved\.meta/,
    ],
    [JSON.stringify({ state: {}, version: 99 }), /newer version/],
  ];
  for (const [text, reason] of damaged) {
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [SAVE_KEY, text]);
    await page.reload();
    await expectScreen(page, 'title');
    const notice = main.getByRole('alert').filter({ hasText: reason });
    await expect(notice).toBeVisible();
    await expect(main.getByRole('button', { name: 'Continue' })).toHaveCount(0);
    if (reason.source.startsWith('damaged')) await shot(page, 'corrupt-save');
    // The damaged save is not overwritten while the notice waits for the player.
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SAVE_KEY)).toBe(text);
    await notice.getByRole('button', { name: 'Start over' }).click();
    await expect(main.getByRole('alert').filter({ hasText: reason })).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'New game', exact: true })).toBeVisible();
  }

  // After Start over a new game plays and is saved again.
  await startNewGame(page, { mode: 'solo', names: ['Ana'], rounds: 6, seed: 'after-corrupt' });
  await page.reload();
  await expectScreen(page, 'briefing');
  await page.getByRole('button', { name: 'Main menu' }).click();
  await expect(main.getByRole('button', { name: 'Continue' })).toBeVisible();
  const save = (await readSave(page)) as { state?: { saved?: { record?: { seed?: string } } } } | null;
  expect(save?.state?.saved?.record?.seed).toBe('after-corrupt');
  await main.getByRole('button', { name: 'Continue' }).click();
  await expectScreen(page, 'briefing');
});
