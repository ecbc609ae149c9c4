/** A live game end to end: the instructor creates a session on the console, Sales joins on a phone (390×844),
 * Operations on a laptop (1280×800), the console starts the session and watches; the two play six months by
 * visible labels (waiting text, chat, the consensus meeting seen live on both devices, the report) to the
 * result code, which the console verifies. Every live screen is photographed at phone width. */
import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { layoutProblems, textProblems } from './layout';
import { type LiveServer, startLiveServer } from './live-server';
import { runAxe } from './support';

const SHOTS = 'test-results/live';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
/** A small Android phone. */
const SMALL = { width: 360, height: 740 };

let server: LiveServer;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startLiveServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** A page in its own browser context (its own localStorage: its own device), failing on console errors. */
async function device(browser: Browser, viewport: { width: number; height: number }, problems: string[]) {
  const context: BrowserContext = await browser.newContext({ viewport, baseURL: server.url });
  const page = await context.newPage();
  page.on('console', (m) => {
    // While a device is offline on purpose, its reconnection attempts fail as they should.
    if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED/.test(m.text()))
      problems.push(`${viewport.width}px: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${viewport.width}px: ${e.message}`));
  return { context, page };
}

/** Photographs the whole page and checks nothing makes it scroll sideways (naming what is too wide). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // The outermost elements that reach past the screen's edge.
    const past = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 1;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => past(el) && !past(el.parentElement))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`,
      );
    return [`page ${document.documentElement.scrollWidth}px wide in ${width}px`, ...culprits];
  });
  expect.soft(tooWide, `${name}: nothing wider than the screen`).toEqual([]);
  expect.soft(await textProblems(page), `${name}: no broken, overflowing or covered text`).toEqual([]);
  // Fingertip-sized targets where the device is a phone.
  if ((page.viewportSize()?.width ?? LAPTOP.width) <= PHONE.width)
    expect.soft(await layoutProblems(page), `${name}: fits a phone`).toEqual([]);
  await runAxe(page, name, { soft: true });
}

/** The page that shows Sales' turn form this month (waiting until one does), and the other page. */
async function salesAndOps(ana: Page, bea: Page): Promise<{ sales: Page; ops: Page }> {
  const form = (page: Page) => page.getByRole('heading', { name: 'Sales · demand review' });
  await expect.poll(async () => (await form(ana).isVisible()) || (await form(bea).isVisible())).toBe(true);
  return (await form(ana).isVisible()) ? { sales: ana, ops: bea } : { sales: bea, ops: ana };
}

test('a live team game across a phone and a laptop, watched and paced from the console', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  const instructor = await device(browser, LAPTOP, problems);
  const ana = await device(browser, PHONE, problems);
  const bea = await device(browser, LAPTOP, problems);
  const consolePage = instructor.page;

  // The instructor creates a six-month session.
  await consolePage.goto('/console.html');
  await consolePage.getByLabel('Session name').fill('E2E class');
  await consolePage.getByLabel('Months').fill('6');
  await consolePage.getByRole('button', { name: 'Create the live session' }).click();
  await expect(consolePage.getByRole('heading', { name: 'E2E class' })).toBeVisible();
  const code = ((await consolePage.locator('.console-code').textContent()) ?? '').trim();
  await shot(consolePage, '13-console-360');
  expect(code.length).toBeGreaterThanOrEqual(8);
  await expect(consolePage.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();

  // Ana (Sales, phone) opens the join link and starts a team; Bea (laptop) types the code and joins it.
  await ana.page.goto(`/live.html?join=${encodeURIComponent(code)}`);
  await ana.page.getByLabel('Your name').fill('Ana');
  await ana.page.getByLabel('A new team').check();
  await ana.page.getByLabel('Team name').fill('Blue');
  await shot(ana.page, '01-join');
  await ana.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(ana.page.getByRole('heading', { name: 'You are in Blue' })).toBeVisible();

  await bea.page.goto('/live.html');
  await bea.page.getByLabel('Join code').fill(code.toLowerCase());
  await bea.page.getByRole('button', { name: 'Find the game' }).click();
  await bea.page.getByLabel('Your name').fill('Bea');
  await bea.page.getByRole('radio', { name: /Blue/ }).check();
  await bea.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(bea.page.getByRole('heading', { name: 'You are in Blue' })).toBeVisible();
  await expect(ana.page.locator('.live-roster')).toContainText('Bea');
  await shot(ana.page, '02-lobby');

  // The console sees the team; it switches the chat off for month 2, holds every team after month 1, starts.
  const teamRow = consolePage.getByRole('row', { name: /Blue/ });
  await expect(teamRow).toContainText('Ana');
  await consolePage.getByRole('group', { name: 'Chat off in months' }).getByLabel('2').check();
  await expect(consolePage.getByText('Chat off in month 2.')).toBeVisible();
  await consolePage.getByLabel('Hold every team after month').fill('1');
  await consolePage.getByRole('button', { name: 'Hold', exact: true }).click();
  await expect(consolePage.getByText('Holding every team after month 1.')).toBeVisible();
  await consolePage.getByRole('button', { name: 'Start the session' }).click();

  // Chat: text only, seen on the other device.
  await expect(bea.page.getByRole('textbox', { name: 'Message to your team' })).toBeEnabled();
  await bea.page.getByRole('textbox', { name: 'Message to your team' }).fill('<b>Hi</b> Ana, plan high?');
  await bea.page.getByRole('button', { name: 'Send' }).click();
  await expect(ana.page.locator('.chat-text')).toHaveText('<b>Hi</b> Ana, plan high?');

  for (let month = 1; month <= 6; month++) {
    // Sales' turn: the other device names whom it waits for; the console agrees.
    await expect(ana.page.locator('.live-team')).toContainText(`Month ${month} of 6`);
    const { sales: salesPage, ops: opsPage } = await salesAndOps(ana.page, bea.page);
    const salesName = salesPage === ana.page ? 'Ana' : 'Bea';
    const opsName = salesName === 'Ana' ? 'Bea' : 'Ana';
    await expect(opsPage.getByRole('heading', { name: `Waiting for Sales — ${salesName}` })).toBeVisible();
    await expect(teamRow).toContainText(`Sales — ${salesName}`);
    if (month === 1) {
      await shot(ana.page, '03-sales-turn');
      await shot(consolePage, '03-console-laptop');
    }
    if (month === 2) {
      await shot(ana.page, '04-waiting');
      // The console on the room's projector: the code to join and the standings, large.
      await consolePage.getByRole('button', { name: 'Show on the projector' }).click();
      const projector = consolePage.getByRole('region', { name: 'E2E class' });
      await expect(projector.getByRole('heading', { name: 'Standings' })).toBeVisible();
      await expect(projector.getByText(code, { exact: true })).toBeVisible();
      await expect(projector.getByRole('listitem').filter({ hasText: 'Blue' })).toContainText('Month 2 of 6');
      await expect(projector.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
      expect(await layoutProblems(consolePage)).toEqual([]);
      expect(await textProblems(consolePage)).toEqual([]);
      // The large code stays inside its column (it must not run under the standings).
      const fits = await projector
        .locator('.projector-code')
        .evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits).toBe(true);
      await shot(consolePage, '03-projector');
      await projector.getByRole('button', { name: 'Back to the console' }).click();
      await expect(consolePage.getByRole('button', { name: 'Show on the projector' })).toBeFocused();
    }
    if (month === 3) {
      // A decision timer shows on the devices; a pause stops every team until resumed.
      await consolePage.getByLabel('Seconds per step').fill('600');
      await consolePage.getByRole('button', { name: 'Set the timer' }).click();
      await expect(salesPage.getByRole('timer', { name: 'Time left for this step' })).toContainText(
        /\d:\d\d/,
      );
      await consolePage.getByRole('button', { name: 'Pause' }).click();
      await expect(opsPage.getByText('The instructor has paused the game')).toBeVisible();
      await consolePage.getByRole('button', { name: 'Resume' }).click();
      await expect(opsPage.getByText('The instructor has paused the game')).toHaveCount(0);
    }
    const forecast = salesPage.getByRole('textbox', { name: `Electric kettle forecast, month ${month}` });
    if (month === 1) {
      // Numbers typed but not sent survive a reload: same seat, same step, same numbers.
      await forecast.fill('1300');
      await salesPage.reload();
      await expect(salesPage.getByRole('heading', { name: 'Sales · demand review' })).toBeVisible();
      await expect(forecast).toHaveValue('1300');
    }
    if (month === 2) {
      // A month without chat: the box is off on every device, with the reason.
      await expect(salesPage.getByRole('textbox', { name: 'Message to your team' })).toBeDisabled();
      await expect(opsPage.getByText('The instructor has switched the chat off this month')).toBeVisible();
    }
    await salesPage.getByRole('button', { name: 'Submit the demand plan' }).click();

    // Operations' turn.
    await expect(opsPage.getByRole('heading', { name: 'Operations · supply review' })).toBeVisible();
    await expect(
      salesPage.getByRole('heading', { name: `Waiting for Operations — ${opsName}` }),
    ).toBeVisible();
    if (month === 2) await shot(ana.page, '05-ops-turn');
    await opsPage.getByRole('button', { name: 'Submit the supply plan' }).click();

    // The consensus meeting, live on both devices: Sales signs off, Operations sees it at once.
    await expect(ana.page.getByRole('heading', { name: `Consensus meeting · month ${month}` })).toBeVisible();
    await expect(bea.page.getByRole('heading', { name: `Consensus meeting · month ${month}` })).toBeVisible();
    await expect(salesPage.getByRole('button', { name: 'Sign off as Operations' })).toBeDisabled();
    if (month === 1) {
      await shot(ana.page, '06-consensus');
      // Sales revises its plan; Operations sees the new demand plan as soon as it is saved.
      await salesPage.getByRole('button', { name: 'Revise Sales plan' }).click();
      await salesPage.getByRole('textbox', { name: 'Electric kettle forecast, month 1' }).fill('1250');
      await salesPage.getByRole('button', { name: 'Save revision' }).click();
      await expect(opsPage.locator('.sopf-role-panel--sales')).toContainText('Revised');
      await expect(opsPage.locator('.sopf-consensus-table').first()).toContainText('1,250');
      // Bea's network drops during the meeting and comes back: same seat, same meeting, carries on.
      await bea.context.setOffline(true);
      await expect(bea.page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
      await bea.context.setOffline(false);
      await expect(bea.page.locator('.live-connection')).toHaveText('Connected');
      await expect(bea.page.getByRole('heading', { name: 'Consensus meeting · month 1' })).toBeVisible();
    }
    await salesPage.getByRole('button', { name: 'Sign off as Sales' }).click();
    await expect(opsPage.locator('.sopf-role-panel--sales')).toContainText('Signed off');
    await opsPage.getByRole('button', { name: 'Sign off as Operations' }).click();

    // The same report on every device.
    await expect(ana.page.getByRole('heading', { name: `Month ${month} report` })).toBeVisible();
    await expect(bea.page.getByRole('heading', { name: `Month ${month} report` })).toBeVisible();
    if (month === 1) {
      await shot(ana.page, '07-report');
      // Held after month 1: nobody moves on until the console releases; a notice reaches every device.
      await expect(ana.page.getByText('The instructor holds every team after month 1')).toBeVisible();
      await expect(bea.page.getByRole('button', { name: 'Go to month 2' })).toHaveCount(0);
      await consolePage.getByLabel('Message', { exact: true }).fill('Look at the backlog');
      await consolePage.getByRole('button', { name: 'Send the message' }).click();
      await expect(ana.page.getByRole('alert').filter({ hasText: 'Look at the backlog' })).toBeVisible();
      await ana.page.getByRole('button', { name: 'Dismiss' }).click();
      await consolePage.getByRole('button', { name: 'Release' }).click();
    }
    if (month === 4) {
      // The console opens a team's months so far while it plays: the debrief as it stands.
      await consolePage.getByRole('button', { name: 'Months so far of Blue' }).click();
      const panel = consolePage.getByRole('region', { name: 'Months so far · Blue' });
      await expect(panel.getByText('4 months played of 6 so far.')).toBeVisible();
      await expect(panel.getByRole('heading', { name: 'Score so far' })).toBeVisible();
      await expect(panel.getByRole('heading', { name: 'What went wrong, when, and why' })).toBeVisible();
      // Mid-game the seed stays off the screen (it would let anyone who sees it replay the months to come).
      await expect(panel).not.toContainText('seed');
      await shot(consolePage, '07-console-months-so-far');
      await panel.getByRole('button', { name: 'Close' }).click();
      await expect(panel).toHaveCount(0);
    }
    const next = month === 6 ? 'See the final results' : `Go to month ${month + 1}`;
    await bea.page.getByRole('button', { name: next }).click();
  }

  // The end: the result code on both devices, the debrief, the console's verified results.
  await expect(ana.page.getByRole('heading', { name: 'Final results · Blue' })).toBeVisible();
  const anaCode = await ana.page.getByLabel('Result code').inputValue();
  expect(anaCode.length).toBeGreaterThan(100);
  expect(await bea.page.getByLabel('Result code').inputValue()).toBe(anaCode);
  await expect(ana.page.getByRole('heading', { name: 'Debrief: Blue' })).toBeVisible();
  await shot(ana.page, '08-finished');
  await expect(consolePage.locator('.console-codes')).toContainText('verified');
  expect(await consolePage.getByLabel('Result code of Blue').inputValue()).toBe(anaCode);
  const [csv] = await Promise.all([
    consolePage.waitForEvent('download'),
    consolePage.getByRole('button', { name: 'Download the CSV' }).click(),
  ]);
  const csvText = await csv.createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    return text;
  });
  expect(csvText).toContain('Blue');
  await consolePage.getByRole('button', { name: 'Debrief of Blue' }).click();
  await expect(consolePage.getByRole('heading', { name: 'Debrief of Blue' })).toBeVisible();
  await consolePage.setViewportSize(PHONE);
  await shot(consolePage, '09-console-phone');
  await consolePage.evaluate(() => window.scrollTo(0, 0));
  await consolePage.screenshot({ path: `${SHOTS}/10-console-phone-top.png` });
  await ana.page.evaluate(() => window.scrollTo(0, 0));
  await ana.page.screenshot({ path: `${SHOTS}/11-finished-top.png` });

  expect(problems).toEqual([]);
  for (const d of [instructor, ana, bea]) await d.context.close();
});

test('teams made by the instructor, and a session ended early', async ({ browser }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  // Both on a small Android phone: the console and the player's screens at 360 px.
  const instructor = await device(browser, SMALL, problems);
  const player = await device(browser, SMALL, problems);
  const consolePage = instructor.page;
  consolePage.on('dialog', (dialog) => void dialog.accept());

  // A bad number is named next to its field; the session is made once it is fixed.
  await consolePage.goto('/console.html');
  await consolePage.getByLabel('Session name').fill('Early end');
  await consolePage.getByLabel('Months').fill('30');
  await consolePage.getByLabel('I create the teams').check();
  await consolePage.getByRole('button', { name: 'Create the live session' }).click();
  await expect(consolePage.getByText('Months: from 6 to 24.')).toBeVisible();
  await consolePage.getByLabel('Months').fill('6');
  await consolePage.getByRole('button', { name: 'Create the live session' }).click();
  await consolePage.getByLabel('New team').fill('Reds');
  await consolePage.getByRole('button', { name: 'Create the team' }).click();
  await expect(consolePage.getByRole('row', { name: /Reds/ })).toBeVisible();
  // What the command did shows right under its own form, not at the foot of the controls.
  const created = consolePage.getByRole('status').filter({ hasText: 'Team "Reds" created.' });
  await expect(created).toBeVisible();
  const button = await consolePage.getByRole('button', { name: 'Create the team' }).boundingBox();
  const line = await created.boundingBox();
  expect((line?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeLessThan(80);
  // A hold month out of range is named beside the hold form.
  await consolePage.getByLabel('Hold every team after month').fill('99');
  await consolePage.getByRole('button', { name: 'Hold', exact: true }).click();
  const holdProblem = consolePage.getByRole('alert').filter({ hasText: 'Hold after which month?' });
  await expect(holdProblem).toBeVisible();
  const holdButton = await consolePage.getByRole('button', { name: 'Hold', exact: true }).boundingBox();
  const holdLine = await holdProblem.boundingBox();
  expect((holdLine?.y ?? 0) - ((holdButton?.y ?? 0) + (holdButton?.height ?? 0))).toBeLessThan(80);
  await expect(created).toHaveCount(0);
  const code = ((await consolePage.locator('.console-code').textContent()) ?? '').trim();
  await shot(consolePage, '13-console-360');

  // Players pick one of the instructor's teams; they cannot start their own.
  await player.page.goto(`/live.html?join=${encodeURIComponent(code)}`);
  await player.page.getByLabel('Your name').fill('Cy');
  await expect(player.page.getByLabel('A new team')).toHaveCount(0);
  await player.page.getByRole('radio', { name: /Reds/ }).check();
  await shot(player.page, '14-join-360');
  await player.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(player.page.getByRole('heading', { name: 'You are in Reds' })).toBeVisible();
  await shot(player.page, '15-lobby-360');

  await consolePage.getByRole('button', { name: 'Start the session' }).click();
  await expect(player.page.getByRole('heading', { name: 'Sales · demand review' })).toBeVisible();
  await shot(player.page, '16-sales-360');
  await consolePage.getByRole('button', { name: 'End the session' }).click();
  await expect(player.page.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
  await expect(consolePage.getByText('The session has ended.')).toBeVisible();
  await shot(player.page, '12-ended');

  expect(problems).toEqual([]);
  for (const d of [instructor, player]) await d.context.close();
});
