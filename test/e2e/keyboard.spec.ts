/** Keyboard only: from the title through New game and one whole round with Tab, Shift+Tab, Enter, Space and the
 * arrow keys (no mouse), and every control that takes focus on the way shows it. */
import type { Locator, Page } from '@playwright/test';
import { expect, expectScreen, forecastField, mainRegion, screenHeading, shot, test } from './support';

test.use({ reducedMotion: 'reduce' });

/** What the focused element looks like: a name for messages and whether its focus is visible. */
interface FocusInfo {
  name: string;
  visible: boolean;
}

async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) > 0 &&
      !/^rgba\(.*,\s*0\)$|^transparent$/.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent ??
      '';
    return {
      name: `${element.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`,
      visible: outline || shadow,
    };
  });
}

/** Every focus stop on the way that did not show its focus. */
const invisibleFocus: string[] = [];

/** Presses Tab (or Shift+Tab) until `target` has focus; checks each stop's focus is visible. */
async function tabTo(page: Page, target: Locator, backwards = false, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await focusInfo(page);
    if (info && !info.visible && !invisibleFocus.includes(info.name)) invisibleFocus.push(info.name);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(
    `tabTo: ${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}`,
  );
}

/** Replaces a text field's value from the keyboard (select all, type). */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('from the title through New game and one round with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expectScreen(page, 'title');
  const main = mainRegion(page);

  // Title: Tab to New game (a real, focusable button) and press Enter.
  const newGame = main.getByRole('button', { name: 'New game', exact: true });
  await tabTo(page, newGame);
  await shot(page, 'keyboard-title-focus');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'newGame');

  // New game: the mode radios move with the arrow keys; names and numbers are typed.
  const solo = main.getByRole('radio', { name: /^Solo with a bot colleague/ });
  const pair = main.getByRole('radio', { name: /^Pair, hot seat/ });
  await tabTo(page, solo);
  await page.keyboard.press('ArrowRight');
  await expect(pair).toBeChecked();
  await expect(main.getByLabel('Player 2’s name')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(solo).toBeChecked();
  await expect(main.getByLabel('Player 2’s name')).toBeHidden();
  await tabTo(page, main.getByLabel('Your name'));
  await page.keyboard.type('Kim');
  const seed = main.getByLabel('Seed', { exact: true });
  await tabTo(page, seed);
  await typeOver(page, 'keyboard-1');
  // Back with Shift+Tab to the number of rounds.
  const rounds = main.getByLabel(/^Rounds/);
  await tabTo(page, rounds, true);
  await typeOver(page, '6');
  await shot(page, 'keyboard-new-game');
  await page.keyboard.press('Enter'); // Enter in a field submits the form.
  await expectScreen(page, 'briefing');

  // Briefing → Start the month (Space on a button).
  await tabTo(page, main.getByRole('button', { name: 'Start the month' }));
  await page.keyboard.press('Space');
  await expectScreen(page, 'sales');

  // Sales: change this month's forecast, pick a promotion with the arrow keys, Enter submits.
  const forecast = forecastField(page, 'Electric kettle', 1);
  await tabTo(page, forecast);
  await typeOver(page, '1290');
  const none = main.getByRole('radio', { name: 'None' });
  await tabTo(page, none);
  await page.keyboard.press('ArrowRight');
  await expect(main.getByRole('radio', { name: '10 % off' })).toBeChecked();
  await tabTo(page, forecast, true);
  await shot(page, 'keyboard-sales');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'bot');

  // The bot's visible turn → Continue.
  await tabTo(page, main.getByRole('button', { name: 'Continue to the consensus meeting' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'consensus');
  await expect(main.getByRole('row', { name: /^Demand plan \(Sales\) 1,290 \(10 % off\)/ })).toBeVisible();

  // Consensus → sign off as Sales; the month executes.
  await tabTo(page, main.getByRole('button', { name: 'Sign off as Sales' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'execution');

  // Execution → the round report.
  await tabTo(page, main.getByRole('button', { name: 'See the round report' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'report');
  await expect(screenHeading(page)).toHaveText('Month 1 report');

  // Report → month 2.
  await tabTo(page, main.getByRole('button', { name: 'Go to month 2' }));
  await shot(page, 'keyboard-report-focus');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'briefing');
  await expect(screenHeading(page)).toHaveText(/^Briefing · Month 2 of 6/);

  expect(invisibleFocus, 'controls whose keyboard focus is not visible (no outline, no box-shadow)').toEqual(
    [],
  );
});
