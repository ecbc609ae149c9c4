/** A whole solo game of 6 rounds on "Steady start", from the title screen to the result code, by visible labels. */
import { readFileSync } from 'node:fs';
import {
  cardFor,
  expect,
  expectScreen,
  findSeed,
  forecastField,
  mainRegion,
  nextRound,
  playRound,
  type ScreenKind,
  screenHeading,
  shot,
  startNewGame,
  test,
} from './support';

const ROUNDS = 6;
// The player is Sales in odd months and Operations in even ones: pick a seed whose world shows the player a
// private intelligence card in one of their turns and offers a key-account deal in one of their Sales turns.
const roleOf = (month: number) => (month % 2 === 1 ? 'sales' : 'ops');
const seedWanted = () =>
  findSeed(
    'steady-start',
    ROUNDS,
    (months) =>
      months.some((m) => cardFor(m, roleOf(m.month))) &&
      months.some((m) => m.month % 2 === 1 && m.dealOffers.length > 0),
  );

// A new player meets the guided tour on Steady start; the game goes on when it is skipped.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], coachTour: 'show' });

test('a solo game of 6 rounds on Steady start, from the title to the result code', async ({ page }) => {
  const SEED = await seedWanted();
  await page.goto('/');
  await expectScreen(page, 'title');
  const main = mainRegion(page);
  await expect(main.getByRole('button', { name: 'New game', exact: true })).toBeVisible();
  await shot(page, 'title');

  // How to play and Settings open over the title and close back to it.
  await main.getByRole('button', { name: 'How to play' }).click();
  const help = page.getByRole('dialog', { name: 'How to play' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Glossary' })).toBeVisible();
  await shot(page, 'how-to-play');
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await main.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expect(settings.getByRole('checkbox', { name: /Reduced motion/ })).toBeVisible();
  await shot(page, 'settings');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(settings).toBeHidden();

  // New game → solo → name → scenario → 6 rounds → start.
  await main.getByRole('button', { name: 'New game', exact: true }).click();
  await expectScreen(page, 'newGame');
  await shot(page, 'new-game');
  await page.getByRole('button', { name: 'Back to title' }).click();
  await expectScreen(page, 'title');
  await startNewGame(page, {
    mode: 'solo',
    names: ['Ana'],
    scenario: 'Steady start',
    rounds: ROUNDS,
    seed: SEED,
  });
  await expect(main.getByRole('heading', { name: 'Scenario: Steady start' })).toBeVisible();

  const shotTaken = new Set<string>();
  const shotOnce = async (name: string) => {
    if (shotTaken.has(name)) return;
    shotTaken.add(name);
    await shot(page, name);
  };
  let sharedCard = false;
  let acceptedDeal = false;
  let dealRound = 0;
  let changedNumber = false;
  const rolesPlayed: ScreenKind[] = [];

  for (let round = 1; round <= ROUNDS; round++) {
    await expect(screenHeading(page)).toHaveText(new RegExp(`^Briefing · Month ${round} of ${ROUNDS}`));
    const seen = await playRound(page, {
      async onCoachTip() {
        await shotOnce('coach-tip');
      },
      async onScreen(kind) {
        const names: Partial<Record<ScreenKind, string>> = {
          briefing: 'briefing',
          handoff: 'hand-off',
          sales: 'sales',
          ops: 'ops',
          bot: 'bot-turn',
          consensus: 'consensus',
          execution: 'execution',
          report: 'report',
        };
        if (kind === 'execution') {
          // The text summary is there at once; the stage takes its place above it.
          await expect(main.getByRole('heading', { name: 'What happened' })).toBeVisible();
        }
        const name = names[kind];
        if (name) await shotOnce(name);
      },
      async sales(p) {
        const first = forecastField(p, 'Electric kettle', round);
        await expect(first).not.toHaveValue('');
        if (!changedNumber) {
          // Change one number: the prefilled forecast for this month, plus 60.
          const before = Number((await first.inputValue()).replace(/[^\d]/g, ''));
          await first.fill(String(before + 60));
          changedNumber = true;
        }
        // A key-account deal on the table: its terms, then Accept (Decline is the default).
        const deal = mainRegion(p)
          .getByRole('radio', { name: /^Accept .*'s order$/ })
          .first();
        if ((await deal.count()) > 0) {
          await expect(
            mainRegion(p)
              .getByRole('radio', { name: /^Decline .*'s order$/ })
              .first(),
          ).toBeChecked();
          await expect(
            mainRegion(p)
              .getByText(/if all are delivered\.$/)
              .first(),
          ).toBeVisible();
          await deal.check();
          await expect(deal).toBeChecked();
          await shotOnce('sales-deal');
          acceptedDeal = true;
          dealRound = round;
        }
        await shareFirstCard(p);
        await p.getByRole('button', { name: 'Submit the demand plan' }).click();
      },
      async ops(p) {
        await shareFirstCard(p);
        await p.getByRole('button', { name: 'Submit the supply plan' }).click();
      },
    });
    rolesPlayed.push(seen.includes('sales') ? 'sales' : 'ops');
    expect(seen, `round ${round} went through every step`).toEqual(
      expect.arrayContaining(['briefing', 'bot', 'consensus', 'execution', 'report']),
    );
    await expect(screenHeading(page)).toHaveText(`Month ${round} report`);
    await expect(main.getByText(/^Team score this month: /)).toBeVisible();
    await expect(main.getByRole('heading', { name: /^Lesson: / })).toBeVisible();
    // The accepted deal's outcome is in the month's report.
    if (dealRound === round)
      await expect(main.getByText(/'s key-account order \(\d+\s% off\): /)).toBeVisible();
    await nextRound(page);
  }

  async function shareFirstCard(p: typeof page): Promise<void> {
    if (sharedCard) return;
    const share = mainRegion(p)
      .getByRole('button', { name: /^Share with (Operations|Sales)/ })
      .first();
    if ((await share.count()) === 0 || !(await share.isEnabled())) return;
    await share.click();
    await expect(
      mainRegion(p)
        .getByRole('button', { name: /^Shared/ })
        .first(),
    ).toBeDisabled();
    await shotOnce('intelligence-shared');
    sharedCard = true;
  }

  // The player's role alternates: Sales in odd months, Operations in even months.
  expect(rolesPlayed).toEqual(['sales', 'ops', 'sales', 'ops', 'sales', 'ops']);
  expect(changedNumber).toBe(true);
  expect(sharedCard, 'an intelligence card was shown and shared').toBe(true);
  expect(acceptedDeal, 'a key-account deal was offered and accepted').toBe(true);

  // End of game: final score, chart, per-player figures, result code with Copy and Download.
  await expectScreen(page, 'end');
  // The final score (out of 100) is on screen, whatever the layout around it.
  await expect(main.getByText(/^\d+(\.\d)? \/ 100$/).first()).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Ana · Final results');
  await expect(main.locator('canvas').first()).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Each player in each role' }).first()).toBeVisible();
  const players = main
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Months as Sales' }) });
  const ana = players
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Ana', exact: true }) });
  await expect(ana.getByRole('cell').first()).toHaveText(String(ROUNDS / 2));
  const codeBox = main.getByLabel('Result code');
  const code = await codeBox.inputValue();
  expect(code.length).toBeGreaterThan(40);
  expect(code).toMatch(/^[A-Za-z0-9_.~-]+$/);
  await shot(page, 'end');

  await main.getByRole('button', { name: 'Copy result code' }).click();
  await expect(main.getByText('Result code copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const downloadPromise = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Download result file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`sop-arena-result-Ana-${SEED}.json`);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.seed).toBe(SEED);
  expect(file.scenarioId).toBe('steady-start');
  expect(file.claimed?.months).toBe(ROUNDS);
  expect(Array.isArray(file.actions)).toBe(true);
  expect(file.actions.filter((a: { type: string }) => a.type === 'execute')).toHaveLength(ROUNDS);
  await expect(main.getByRole('button', { name: 'Play again' })).toBeVisible();
});
