/** A classroom competition end to end: the instructor creates a session, two students play it from its link in
 * their own browsers with different decisions, the instructor verifies and ranks both results, a tampered code is
 * refused, the CSV is exported, the debrief, comparison and scenario editor work; axe-clean, no console errors. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import {
  expect,
  expectScreen,
  forecastField,
  loadEngine,
  mainRegion,
  nextRound,
  playRound,
  runAxe,
  shot,
  test,
} from './support';

const ROUNDS = 6;

/** A student opens the session link in a browser of their own, plays a solo game and returns the result code. */
async function studentPlays(
  browser: Browser,
  link: string,
  name: string,
  optimistic: boolean,
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Automatic fallback to software WebGL|GPU stall/i.test(message.text()))
      errors.push(message.text());
  });
  await page.goto(link);
  await expectScreen(page, 'newGame');
  const main = mainRegion(page);
  await expect(main.getByRole('radio', { name: 'A session code' })).toBeChecked();
  await expect(main.getByText(/Session “E2E class”: Steady start, 6 rounds/)).toBeVisible();
  await main.getByRole('radio', { name: 'Solo with a bot colleague' }).check();
  await main.getByLabel('Your name').fill(name);
  await main.getByRole('button', { name: 'Start game' }).click();
  await expectScreen(page, 'briefing');
  for (let round = 1; round <= ROUNDS; round++) {
    await playRound(page, {
      async sales(p) {
        if (optimistic) {
          // The optimistic student forecasts 40 % above the prefilled plan every month.
          const field = forecastField(p, 'Electric kettle', round);
          const before = Number((await field.inputValue()).replace(/[^\d]/g, ''));
          await field.fill(String(Math.round(before * 1.4)));
        }
        await mainRegion(p).getByRole('button', { name: 'Submit the demand plan' }).click();
      },
    });
    await nextRound(page);
  }
  await expectScreen(page, 'end');
  const code = await mainRegion(page).getByLabel('Result code').inputValue();
  expect(errors, `${name}'s browser reported errors`).toEqual([]);
  await context.close();
  return code;
}

/** The results tab's paste box, filled and verified. */
async function pasteCodes(page: Page, codes: string[]): Promise<void> {
  await page.locator('#panel-results').getByLabel('Result codes, one per line').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Verify pasted codes' }).click();
}

test('an instructor runs a competition: session, two students, verification, leaderboard, CSV, editor', async ({
  page,
  browser,
}) => {
  test.setTimeout(900_000);
  await page.goto('/instructor.html');
  const sessionTab = page.locator('#panel-session');
  await expect(page.getByRole('heading', { name: 'Create a session' })).toBeVisible();
  await runAxe(page, 'instructor: empty session form');

  // Inline validation: an empty name and 30 rounds are refused next to their fields.
  await sessionTab.getByLabel('Session name').fill('');
  await sessionTab.getByLabel(/^Rounds/).fill('30');
  await sessionTab.getByRole('button', { name: 'Create session' }).click();
  await expect(
    sessionTab.getByText('Give the session a name (students see it throughout the game).'),
  ).toBeVisible();
  await expect(sessionTab.getByLabel(/^Rounds/)).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'instructor-session-errors');

  // Create the session: Steady start, 6 rounds, a fixed seed.
  await sessionTab.getByLabel('Session name').fill('E2E class');
  await sessionTab.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Steady start' });
  await sessionTab.getByLabel('Seed', { exact: true }).fill('e2e-class');
  await sessionTab.getByLabel(/^Rounds/).fill(String(ROUNDS));
  await sessionTab.getByRole('button', { name: 'Create session' }).click();
  const code = await sessionTab.getByLabel('Session code').inputValue();
  expect(code).toMatch(/^SOPS1\./);
  const link = await sessionTab.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/index\.html\?session=SOPS1\./);
  await expect(sessionTab.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
  await shot(page, 'instructor-session');
  await runAxe(page, 'instructor: session created');

  // Two students play the session from its link, in their own browsers, with different decisions.
  const codeAna = await studentPlays(browser, link, 'Ana', false);
  const codeBo = await studentPlays(browser, link, 'Bo', true);
  expect(codeAna).not.toBe(codeBo);

  // The instructor pastes both: both verified and ranked.
  await page.getByRole('tab', { name: /Results/ }).click();
  await expect(page.getByText(/Collecting results for the session “E2E class”/)).toBeVisible();
  await pasteCodes(page, [codeAna, codeBo]);
  await expect(page.getByText('2 collected: 2 verified, 0 refused, 0 duplicates.')).toBeVisible();
  const board = page.locator('table.ins-leaderboard');
  await expect(board.locator('tbody tr')).toHaveCount(2);
  const ranks = await board.locator('tbody tr td:first-child').allTextContents();
  expect(ranks.sort()).toEqual(['1', '2']);
  const scores = (await board.locator('tbody tr td:nth-child(4)').allTextContents()).map(Number);
  expect(scores[0]).toBeGreaterThanOrEqual(scores[1]);
  const teams = await board.locator('tbody tr th').allTextContents();
  expect(teams.join(' ')).toMatch(/Ana/);
  expect(teams.join(' ')).toMatch(/Bo/);

  // The same code again is a duplicate; a code whose claimed score was edited is refused as tampered.
  // The engine is loaded through esbuild: Playwright's loader cannot import the scenarios' JSON it now reaches.
  const { decodeResultCode, encodeResultCode } = await loadEngine();
  const decoded = decodeResultCode(codeAna);
  if (!decoded.ok) throw new Error(decoded.error);
  const claimed = decoded.value.claimed!;
  const forged = encodeResultCode({
    ...decoded.value,
    claimed: { ...claimed, total: Math.min(100, claimed.total + 7) },
  });
  await pasteCodes(page, [codeBo, forged]);
  await expect(page.getByText('4 collected: 2 verified, 1 refused, 1 duplicate.')).toBeVisible();
  await expect(page.getByText('Refused: tampered')).toBeVisible();
  await expect(page.getByText(/The claimed score .* does not match the replay/)).toBeVisible();
  await expect(page.getByText('Duplicate of #2')).toBeVisible();
  await expect(board.locator('tbody tr')).toHaveCount(2);

  // Result files: Ana's downloaded-style file is a duplicate; a file over 1 MB is refused unread.
  const resultFile = { kind: 'sop-arena-result', code: codeAna, record: decoded.value };
  await page.locator('#result-files').setInputFiles([
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 10, 32) },
    { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(resultFile)) },
  ]);
  await expect(page.getByText('6 collected: 2 verified, 2 refused, 2 duplicates.')).toBeVisible();
  await expect(page.getByText(/huge\.json is too large/)).toBeVisible();
  await expect(page.getByText('Duplicate of #1')).toBeVisible();
  await expect(board.locator('tbody tr')).toHaveCount(2);
  await shot(page, 'instructor-results');
  await runAxe(page, 'instructor: results and leaderboard');

  // Sorting by a column header sets aria-sort.
  await board.getByRole('button', { name: /^Profit/ }).click();
  await expect(board.locator('th[aria-sort="descending"]')).toContainText('Profit');
  await board.getByRole('button', { name: /^Profit/ }).click();
  await expect(board.locator('th[aria-sort="ascending"]')).toContainText('Profit');
  await board.getByRole('button', { name: /^Rank/ }).click();

  // A team's debrief.
  await board.getByRole('button', { name: 'Ana' }).click();
  const debrief = page.locator('#debrief');
  await expect(debrief.getByRole('heading', { name: 'Debrief: Ana' })).toBeVisible();
  await expect(debrief.locator('canvas')).toHaveCount(2);
  await expect(debrief.getByRole('table', { name: /month by month/ }).locator('tbody tr')).toHaveCount(
    ROUNDS,
  );
  await shot(page, 'instructor-debrief');
  await runAxe(page, 'instructor: debrief');

  // CSV export: the two teams, ranked.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('sop-arena-leaderboard-E2E-class.csv');
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[0]).toMatch(/^\uFEFFRank,Team,Players,Score \(0–100\),.*,Profit \(€\),/);
  expect(csv).toHaveLength(4);
  expect(
    csv
      .slice(1, 3)
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual(['1', '2']);
  expect(csv.slice(1).join('\n')).toMatch(/Ana/);
  expect(csv[1]).toMatch(/,6,E2E class,Steady start,6,Solo with the [\w -]+ bot,yes,0,$/);

  // Closing the tab loses nothing: after a reload the results are verified again from storage.
  await page.reload();
  await page.getByRole('tab', { name: /Results/ }).click();
  await expect(page.getByText('6 collected: 2 verified, 2 refused, 2 duplicates.')).toBeVisible();
  await expect(page.getByText('Ana (claimed)')).toBeVisible();

  // Removing the refused entry keeps the others.
  await page.getByRole('button', { name: /^Remove result #4/ }).click();
  await expect(page.getByText('5 collected: 2 verified, 1 refused, 2 duplicates.')).toBeVisible();

  // Compare teams.
  await page.getByRole('tab', { name: /Compare/ }).click();
  await expect(page.getByRole('heading', { name: 'Compare teams' })).toBeVisible();
  await expect(page.locator('#panel-compare canvas')).toHaveCount(3);
  await shot(page, 'instructor-compare');
  await runAxe(page, 'instructor: compare');

  // Scenario editor: a bad price is shown next to its field; fixed, test-played and used in a session.
  await page.getByRole('tab', { name: /Scenario editor/ }).click();
  const price = page.locator('#panel-editor').getByLabel('Price (cents)').first();
  await price.fill('1000');
  await expect(page.getByText(/must be more than material plus conversion cost/).first()).toBeVisible();
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'instructor-editor-error');
  await runAxe(page, 'instructor: editor with a problem');
  await price.fill('6500');
  await expect(page.getByText('The scenario is valid.')).toBeVisible();
  // Money is typed in cents; the field says what that is in euros as it is typed.
  await expect(price).toHaveAccessibleDescription('= €65.00');
  // A bad scenario file lists its problems and leaves the draft alone.
  await page.locator('#scenario-load').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": "Bad id", "products": []}'),
  });
  await expect(page.getByText(/bad\.json was not loaded \(your draft is unchanged\)/)).toBeVisible();
  await expect(price).toHaveValue('6500');
  await page.getByRole('button', { name: 'Test-play with bots' }).click();
  await expect(page.getByText(/Expected score on .*textbook planners \d+\.\d–\d+\.\d/)).toBeVisible({
    timeout: 300_000,
  });
  await shot(page, 'instructor-editor');
  await page.getByRole('button', { name: 'Use in session' }).click();
  await expect(page.getByRole('tab', { name: /Session/ })).toHaveAttribute('aria-selected', 'true');
  await expect(sessionTab.getByLabel('Scenario', { exact: true })).toHaveValue('__custom__');

  // Clearing the session's results asks first.
  await page.getByRole('tab', { name: /Results/ }).click();
  await page.getByRole('button', { name: 'Clear all 5 results of this session…' }).click();
  await expect(
    page.getByText('Remove all 5 collected results of this session? This cannot be undone.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('5 collected: 2 verified, 1 refused, 2 duplicates.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all 5 results of this session…' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByText('No results collected yet.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: /Results/ }).click();
  await expect(page.getByText('No results collected yet.')).toBeVisible();
});
