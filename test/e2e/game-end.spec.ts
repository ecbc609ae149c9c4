/** The end of the game (issue 11.7), by visible labels: in a 6-month hot-seat game the Sales and Operations forms of
 * months 5 and 6 ask for no month after 6 and, in month 6, for no material order (it would arrive in month 7); each
 * says why; the consensus tables stop at month 6. The last month is played at phone width. */
import type { Page } from '@playwright/test';
import { layoutProblems } from './layout';
import {
  expect,
  forecastField,
  mainRegion,
  nextRound,
  playRound,
  productionField,
  shot,
  startNewGame,
  test,
} from './support';

const ROUNDS = 6;
const PRODUCT = 'Electric kettle';
const PLAN_STOPS = `The game ends after month ${ROUNDS}, so the plan stops there.`;
const NO_ORDER = `The game ends after month ${ROUNDS}: materials ordered now would arrive in month ${ROUNDS + 1}, so no order is taken this month.`;

test.use({ reducedMotion: 'reduce' });

/** The months a form asks for, from this month on (up to three), by their labelled fields. */
async function monthsAsked(field: (month: number) => ReturnType<typeof forecastField>, month: number) {
  const asked: number[] = [];
  for (let m = month; m < month + 3; m++) if ((await field(m).count()) > 0) asked.push(m);
  return asked;
}

function materialOrder(page: Page) {
  return mainRegion(page).getByRole('textbox', { name: new RegExp(`^${PRODUCT} Material order`) });
}

test('the last two months ask for no plan or material order beyond the end', async ({ page }) => {
  await page.goto('/');
  await startNewGame(page, { mode: 'pair', names: ['Ana', 'Ben'], rounds: ROUNDS, seed: 'game-end' });
  const main = mainRegion(page);

  for (let round = 1; round <= ROUNDS; round++) {
    const phone = round === ROUNDS;
    if (phone) await page.setViewportSize({ width: 390, height: 844 });
    const where = phone ? 'phone-' : '';
    await playRound(page, {
      async sales(p) {
        const asked = await monthsAsked((m) => forecastField(p, PRODUCT, m), round);
        expect(asked, `Sales, month ${round}`).toEqual(
          [round, round + 1, round + 2].filter((m) => m <= ROUNDS),
        );
        if (round >= ROUNDS - 1) {
          await expect(main.getByText(PLAN_STOPS)).toBeVisible();
          await expect(
            main.getByText(/Forecast demand for this month( and the next)? and choose/),
          ).toBeVisible();
          await shot(p, `${where}game-end-sales-month-${round}`);
        } else await expect(main.getByText(PLAN_STOPS)).toHaveCount(0);
        await p.getByRole('button', { name: 'Submit the demand plan' }).click();
      },
      async ops(p) {
        const asked = await monthsAsked((m) => productionField(p, PRODUCT, m), round);
        expect(asked, `Operations, month ${round}`).toEqual(
          [round, round + 1, round + 2].filter((m) => m <= ROUNDS),
        );
        if (round < ROUNDS) {
          await expect(materialOrder(p)).toHaveAccessibleName(
            `${PRODUCT} Material order (arrives month ${round + 1})`,
          );
          await expect(main.getByText(NO_ORDER)).toHaveCount(0);
        } else {
          await expect(materialOrder(p)).toHaveCount(0);
          await expect(main.getByText(NO_ORDER)).toBeVisible();
          await expect(main.getByText(/order materials/)).toHaveCount(0);
        }
        if (round >= ROUNDS - 1) await shot(p, `${where}game-end-ops-month-${round}`);
        if (phone) expect.soft(await layoutProblems(p), 'Operations at phone width').toEqual([]);
        await p.getByRole('button', { name: 'Submit the supply plan' }).click();
      },
      async onScreen(kind, p) {
        if (kind !== 'consensus') return;
        const headers = main.getByRole('columnheader', { name: /^Month \d+$/ });
        const months = new Set(await headers.allTextContents());
        expect([...months].sort(), `consensus, month ${round}`).toEqual(
          [round, round + 1, round + 2].filter((m) => m <= ROUNDS).map((m) => `Month ${m}`),
        );
        if (round >= ROUNDS - 1) {
          await expect(main.getByText(PLAN_STOPS)).toBeVisible();
          await shot(p, `${where}game-end-consensus-month-${round}`);
        }
        if (phone) expect.soft(await layoutProblems(p), 'consensus at phone width').toEqual([]);
      },
    });
    if (round === ROUNDS) await shot(page, `${where}game-end-report-month-${round}`);
    await nextRound(page);
  }
});
