/**
 * The debrief of a finished game, played through the UI as a person would: New game → solo,
 * "Steady start", 6 rounds → every round's screens → end of game. Checks that every chart is drawn,
 * no console errors, axe finds nothing serious or critical, the CSV download equals the table on
 * screen, and saves screenshots to test-results/screens/debrief-*.png.
 *
 * The debrief (src/ui/debrief, createDebrief) is mounted by the end-of-game screen. Until it is,
 * the test stops at the end screen as `fixme`, saying so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Buttons that move a round forward, in the order they are tried. */
const FORWARD = [
  /^Start the month$/,
  /^Ready: I am /,
  /^Submit (the )?demand plan$/,
  /^Submit (the )?supply plan$/,
  /^Continue to your supply review$/,
  /^Continue to the consensus meeting$/,
  /^Sign off as /,
  /^See the (last )?round report$/,
  /^Skip animation$/,
  /^Go to month \d+$/,
  /^See the final results$/,
];

async function clickForward(page: Page): Promise<boolean> {
  for (const name of FORWARD) {
    for (const target of await page.getByRole('button', { name }).all()) {
      if ((await target.isVisible()) && (await target.isEnabled())) {
        await target.click();
        return true;
      }
    }
  }
  return false;
}

async function playToTheEnd(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).first().click();
  await page.getByLabel('Solo with a bot colleague').check();
  await page.getByLabel('Your name').fill('Ana');
  const team = page.getByLabel(/^Team name/);
  if (await team.isVisible()) await team.fill('Debrief testers');
  await page.getByRole('radio', { name: /Steady start/ }).check();
  await page.getByLabel(/^Rounds/).fill('6');
  await page.getByRole('textbox', { name: 'Seed' }).fill('debrief-e2e');
  await page.getByRole('button', { name: 'Start game' }).click();
  const end = page.getByRole('heading', { name: /Final results|Debrief/ }).first();
  for (let step = 0; step < 200 && !(await end.isVisible()); step++) {
    if (!(await clickForward(page))) await page.waitForTimeout(250);
  }
  await expect(end).toBeVisible();
}

test('the debrief of a finished solo game renders every chart, exports a CSV equal to the screen, and is axe-clean', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));

  await playToTheEnd(page);
  const debrief = page.locator('[data-debrief]');
  test.fixme(
    (await debrief.count()) === 0,
    'The end-of-game screen does not mount createDebrief (src/ui/debrief) yet: the game reaches the end, the debrief is not there.',
  );

  // Every chart drawn: one canvas per chart card, each with pixels.
  const cards = debrief.locator('figure.debrief-chart');
  const cardCount = await cards.count();
  expect(cardCount).toBeGreaterThanOrEqual(5);
  await expect(debrief.locator('.debrief-png:not([disabled])')).toHaveCount(cardCount);
  expect(await debrief.locator('canvas').count()).toBe(cardCount);
  const drawn = await debrief
    .locator('canvas')
    .evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL().length > 5000));
  expect(drawn.every(Boolean)).toBe(true);
  await expect(debrief.locator('.debrief-lesson')).toHaveCount(
    await debrief.locator('.debrief-lesson').count(),
  );
  expect(await debrief.locator('.debrief-lesson').count()).toBeGreaterThanOrEqual(3);

  // The CSV download equals the "Every month and product" table on screen.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    debrief.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  const table = await debrief
    .locator('.debrief-month-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
  expect(lines).toHaveLength(table.length + 1);
  expect(table.length).toBe(6);
  lines.slice(1).forEach((line, i) => {
    expect(line.split(',')).toEqual(table[i]);
  });

  // Accessibility: nothing serious or critical.
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: unknown[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  });
  expect(violations).toEqual([]);

  await page.screenshot({ path: 'test-results/screens/debrief-1280.png', fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/screens/debrief-1920.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/screens/debrief-print.png', fullPage: true });
  await expect(debrief.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  expect(errors).toEqual([]);
});
