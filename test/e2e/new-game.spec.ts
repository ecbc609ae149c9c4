/** The new-game form and session links, by visible labels: a session link with a saved game asks first; a session
 * fixes the mode and Suggest and says so; the team name is on every form, follows the names and is never carried. */
import {
  expect,
  expectScreen,
  fillNewGame,
  loadEngine,
  mainRegion,
  runAxe,
  screenHeading,
  shot,
  startNewGame,
  test,
} from './support';

test.use({ reducedMotion: 'reduce' });

async function sessionCode(): Promise<string> {
  const { encodeSessionCode } = await loadEngine();
  return encodeSessionCode({
    name: 'Class 7B',
    scenarioId: 'seasonal-peak',
    seed: 'class-7b',
    rounds: 6,
    rotateEvery: 1,
    modes: ['pair'],
    suggest: false,
  });
}

test('a session link with a game saved asks: keep playing, or join after confirming', async ({ page }) => {
  const code = await sessionCode();
  await page.goto('/');
  await startNewGame(page, { mode: 'solo', names: ['Ana'], rounds: 6, seed: 'old-game' });
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'Start the month' }).click();
  await expectScreen(page, 'sales');

  await page.goto(`/?session=${encodeURIComponent(code)}`);
  await expect(screenHeading(page)).toHaveText('Join the session “Class 7B”?');
  await expect(
    main.getByText('This device has a game in progress: Ana: Steady start, month 1 of 6'),
  ).toBeVisible();
  await shot(page, 'session-link-question');
  await runAxe(page, 'session link question');
  await main.getByRole('button', { name: 'Keep playing my game' }).click();
  await expectScreen(page, 'sales');
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expectScreen(page, 'sales');

  await page.goto(`/?session=${encodeURIComponent(code)}`);
  await main.getByRole('button', { name: 'Join the session' }).click();
  const confirm = main.getByRole('alert').filter({ hasText: 'cannot be resumed afterwards' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await main.getByRole('button', { name: 'Join the session' }).click();
  await main.getByRole('button', { name: 'Yes, replace it and join' }).click();
  await expectScreen(page, 'newGame');

  // The session fixes the mode and switches Suggest off; the form says so instead of offering them.
  await expect(main.getByText('Set by the session: Pair (hot seat)')).toBeVisible();
  await expect(main.getByRole('radio', { name: 'Solo with a bot colleague' })).toHaveCount(0);
  await expect(
    main.getByText(
      /Session “Class 7B”: Seasonal peak, 6 rounds, .*Pair \(hot seat\) only, no Suggest button/,
    ),
  ).toBeVisible();
  await main.getByLabel('Player 1’s name').fill('Cy');
  await main.getByLabel('Player 2’s name').fill('Di');
  await expect(main.getByLabel('Team name')).toHaveValue('Cy & Di');
  await shot(page, 'new-game-session');
  await runAxe(page, 'new game from a session');
  await main.getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');
  await expect(page.getByRole('banner')).toContainText('Session: Class 7B');
  await expect(page.getByRole('banner')).toContainText('Cy & Di');
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: /^Ready: I am / }).click();
  await expectScreen(page, 'sales');
  await expect(main.getByRole('button', { name: 'Suggest' })).toHaveCount(0);
});

test('the team name is on every new-game form, follows the names, and is not carried into the next game', async ({
  page,
}) => {
  await page.goto('/');
  const main = mainRegion(page);
  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await fillNewGame(page, { mode: 'solo', names: ['Ana'], rounds: 6, seed: 'team-1' });
  const team = main.getByLabel('Team name');
  await expect(team).toHaveValue('Ana');
  await team.fill('Kettle Kings');
  await main.getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');
  await expect(page.getByRole('banner')).toContainText('Kettle Kings');

  await page.getByRole('button', { name: 'Main menu' }).click();
  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await main.getByRole('radio', { name: 'Pair, hot seat' }).check();
  await main.getByLabel('Player 1’s name').fill('Bea');
  await main.getByLabel('Player 2’s name').fill('Cal');
  await expect(main.getByLabel('Team name')).toHaveValue('Bea & Cal');
  // Emptied on purpose, the field stays empty (the game is then named after the players).
  await main.getByLabel('Team name').fill('');
  await main.getByLabel('Player 2’s name').fill('Cato');
  await expect(main.getByLabel('Team name')).toHaveValue('');
  await main.getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');
  await expect(page.getByRole('banner')).toContainText('Bea & Cato');
});
