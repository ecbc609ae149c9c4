/** axe-core on every screen: no serious or critical violations on the title, dialogs, new game, each step of a
 * round, the end of a game, a damaged-save notice and the instructor's page. Every screen is scanned before the
 * test fails, so one run lists all the problems. */
import {
  expect,
  expectScreen,
  forecastField,
  mainRegion,
  nextRound,
  playRound,
  runAxe,
  SAVE_KEY,
  submitSales,
  test,
} from './support';

test.use({ reducedMotion: 'reduce' });

const ROUNDS = 6;

test('title, dialogs, new game and every step of a hot-seat game to its end', async ({ page }) => {
  await page.goto('/');
  await expectScreen(page, 'title');
  const main = mainRegion(page);
  await runAxe(page, 'title', { soft: true });

  await main.getByRole('button', { name: 'How to play' }).click();
  await expect(page.getByRole('dialog', { name: 'How to play' })).toBeVisible();
  await runAxe(page, 'how to play', { soft: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'How to play' })).toBeHidden();

  await main.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await runAxe(page, 'settings', { soft: true });
  await page.keyboard.press('Escape');

  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await runAxe(page, 'new game', { soft: true });
  // The form with its errors showing.
  await main.getByRole('radio', { name: /^Pair, hot seat/ }).check();
  await main.getByRole('button', { name: 'Start game' }).click();
  await expect(main.getByLabel('Player 1’s name')).toHaveAttribute('aria-invalid', 'true');
  await runAxe(page, 'new game with errors', { soft: true });
  await main.getByLabel('Player 1’s name').fill('Ana');
  await main.getByLabel('Player 2’s name').fill('Ben');
  await main.getByLabel(/^Rounds/).fill(String(ROUNDS));
  await main.getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');

  // Round 1, scanning each step before acting on it.
  const scanned = new Set<string>();
  let handoffs = 0;
  await playRound(page, {
    async onScreen(kind, p) {
      const name = kind === 'handoff' ? `hand-off ${++handoffs}` : kind;
      if (scanned.has(name)) return;
      scanned.add(name);
      await runAxe(p, name, { soft: true });
    },
    async sales(p) {
      // The Sales form with an error next to a field and the summary at the top.
      const first = forecastField(p, 'Electric kettle', 1);
      const typed = await first.inputValue();
      await first.fill('-1');
      await submitSales(p);
      await expect(first).toHaveAttribute('aria-invalid', 'true');
      await runAxe(p, 'sales with an error', { soft: true });
      await first.fill(typed);
      await submitSales(p);
    },
  });
  expect([...scanned]).toEqual(
    expect.arrayContaining([
      'briefing',
      'hand-off 1',
      'sales',
      'hand-off 2',
      'ops',
      'consensus',
      'execution',
      'report',
    ]),
  );

  // The rest of the game, then the end.
  await nextRound(page);
  for (let round = 2; round <= ROUNDS; round++) {
    await playRound(page);
    if (round === 2) await runAxe(page, 'report (month 2)', { soft: true });
    await nextRound(page);
  }
  await expectScreen(page, 'end');
  await expect(main.locator('canvas').first()).toBeVisible();
  await runAxe(page, 'end of game', { soft: true });
  // The chart's table alternative, opened.
  const table = main.getByText(/^Show (the numbers )?as a table$/).first();
  if (await table.isVisible()) {
    await table.click();
    await runAxe(page, 'end of game with the chart table', { soft: true });
  }
});

test('the solo bot turn and a damaged-save notice', async ({ page }) => {
  await page.goto('/');
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await main.getByRole('radio', { name: /^Solo with a bot colleague/ }).check();
  await main.getByLabel('Your name').fill('Ana');
  await main.getByLabel(/^Rounds/).fill(String(ROUNDS));
  await main.getByRole('button', { name: 'Start game' }).click();
  await main.getByRole('button', { name: 'Start the month' }).click();
  await submitSales(page);
  await expectScreen(page, 'bot');
  await runAxe(page, 'bot turn', { soft: true });

  await page.evaluate((key) => window.localStorage.setItem(key, '{broken'), SAVE_KEY);
  await page.reload();
  await expect(main.getByRole('button', { name: 'Start over' })).toBeVisible();
  await runAxe(page, 'damaged save notice', { soft: true });
});

test('the instructor page', async ({ page, request }) => {
  const response = await request.get('instructor.html');
  test.skip(!response.ok(), 'instructor.html is not in the build');
  await page.goto('instructor.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await runAxe(page, 'instructor page');
});
