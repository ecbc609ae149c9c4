/** Bonuses per player in hot seat: the turn screen's "Your bonus so far" and the round report give the player's own
 * bonus (as in the debrief), not the total of everyone who held the role. */
import { expect, expectScreen, mainRegion, playRound, startNewGame, test } from './support';

test.use({ reducedMotion: 'reduce' });

test('in hot seat each player sees their own bonus, split by role, on the turn and in the report', async ({
  page,
}) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Alex', 'Bea'], rounds: 6, seed: 'bonus-1' });
  const main = mainRegion(page);
  await playRound(page);
  const report = main.getByRole('listitem').filter({ hasText: 'earned a bonus of' });
  const salesLine = (await report.filter({ hasText: 'Sales (Alex)' }).textContent()) ?? '';
  const opsLine = (await report.filter({ hasText: 'Operations (Bea)' }).textContent()) ?? '';
  const alexSales = /Sales \(Alex\) earned a bonus of (€[\d,]+) this month/.exec(salesLine)?.[1];
  const beaOps = /Operations \(Bea\) earned a bonus of (€[\d,]+) this month/.exec(opsLine)?.[1];
  expect(alexSales).toBeDefined();
  expect(beaOps).toBeDefined();
  expect(alexSales).not.toBe(beaOps);
  expect(salesLine).toContain(`Alex’s bonus so far: ${alexSales} (${alexSales} as Sales, €0 as Operations)`);
  expect(opsLine).toContain(`Bea’s bonus so far: ${beaOps} (€0 as Sales, ${beaOps} as Operations)`);

  // Month 2: Bea is Sales for the first time; her bonus is what she earned as Operations, not Alex's Sales bonus.
  await main.getByRole('button', { name: 'Go to month 2' }).click();
  await main.getByRole('button', { name: 'Start the month' }).click();
  await main.getByRole('button', { name: 'Ready: I am Bea' }).click();
  await expectScreen(page, 'sales');
  const bonus = main.getByRole('paragraph').filter({ hasText: 'Your bonus so far' });
  await expect(bonus).toContainText(`Your bonus so far: ${beaOps}`);
  await expect(bonus).toContainText(`(€0 as Sales, ${beaOps} as Operations)`);
});
