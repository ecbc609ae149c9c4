/** The instructor's page on a phone (390×844) and at the narrowest width (360): a session with its rules, results
 * pasted from an e-mail (labelled codes, other lines listed as ignored), one result played outside the session
 * marked and not ranked, the leaderboard as cards, a debrief. Nothing wider than the screen, every target at
 * least 44 px, axe clean; screenshots of each step. */
import type { SessionConfig } from '../../src/engine/codes/session-config';
import { layoutProblems, textProblems } from './layout';
import { expect, loadEngine, runAxe, shot, test } from './support';

const SESSION_A: SessionConfig = {
  name: 'Class A',
  scenarioId: 'steady-start',
  seed: 'seed-a',
  rounds: 6,
  rotateEvery: 1,
};

/** Result codes of bot games on the session's world, in the session or (the outsider) not. */
async function resultCodes() {
  const engine = await loadEngine();
  const scenario = engine.getScenario(SESSION_A.scenarioId);
  if (!scenario) throw new Error('no scenario');
  const settings = { rounds: SESSION_A.rounds, rotateEvery: SESSION_A.rotateEvery };
  const sessionCode = engine.encodeSessionCode(SESSION_A);
  const play = (
    team: string,
    sales: 'planner' | 'optimist',
    ops: 'planner' | 'cautious',
    inSession: boolean,
  ) => {
    const base = engine.newRecord(scenario, SESSION_A.seed, settings, {
      team: { name: team, players: ['Ada', 'Ben'] },
      ...(inSession ? { session: { name: SESSION_A.name, code: sessionCode } } : {}),
    });
    const { state, actions } = engine.playGame(scenario, SESSION_A.seed, settings, sales, ops);
    return engine.encodeResultCode(engine.recordOf(base, actions, state));
  };
  return {
    owls: play('Owls', 'planner', 'planner', true),
    foxes: play('Foxes', 'optimist', 'cautious', true),
    outsider: play('Lone wolves', 'planner', 'cautious', false),
    sessionCode,
  };
}

for (const width of [390, 360]) {
  test(`the instructor page works on a ${width} px phone`, async ({ page }) => {
    test.setTimeout(180_000);
    const { owls, foxes, outsider, sessionCode } = await resultCodes();
    await page.setViewportSize({ width, height: 844 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/instructor.html');
    const check = async (name: string) => {
      expect.soft(await layoutProblems(page), `${width} px: ${name}`).toEqual([]);
      expect.soft(await textProblems(page), `${width} px: ${name}, text`).toEqual([]);
      if (width === 390) await runAxe(page, `instructor on a phone: ${name}`);
      await shot(page, `instructor-phone${width === 390 ? '' : `-${width}`}-${name}`);
    };

    // The session form with its rules; the honour notice is there.
    await expect(page.getByRole('heading', { name: 'Offline sessions rely on honour' })).toBeVisible();
    const form = page.locator('#panel-session');
    await form.getByLabel('Session name').fill(SESSION_A.name);
    await form.getByLabel('Seed', { exact: true }).fill(SESSION_A.seed);
    await form.getByLabel(/^Rounds/).fill(String(SESSION_A.rounds));
    await form.getByLabel('Team (3–4)').uncheck();
    await form.getByLabel('Textbook planner', { exact: true }).uncheck();
    await form.getByLabel(/Allow the Suggest button/).uncheck();
    await check('session-form');
    await form.getByRole('button', { name: 'Create session' }).click();
    await expect(
      form.getByText(/only Solo, Pair \(hot seat\), bots: Naive, Bonus-driven, no Suggest/),
    ).toBeVisible();
    await expect(form.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
    await check('session-created');

    // Results pasted from an e-mail: two labelled codes, a greeting and a signature.
    await page.getByRole('tab', { name: /Results/ }).click();
    await page.getByRole('button', { name: 'Collect without a session' }).click();
    await page
      .getByLabel('Result codes, one per line')
      .fill(`Hello, here are our codes:\nOwls: ${owls}\nFoxes — ${foxes}\n${outsider}\n\nBest, the class`);
    await page.getByRole('button', { name: 'Verify pasted codes' }).click();
    await expect(
      page.getByText('3 collected: 3 verified, 0 refused, 0 duplicates, 2 lines ignored.'),
    ).toBeVisible();
    await expect(page.getByText('“Hello, here are our codes:”')).toBeVisible();
    await expect(page.getByText('“Best, the class”')).toBeVisible();

    // The replays ran in a Web Worker, off the page's main thread.
    expect(workers.some((url) => /verify-worker/.test(url))).toBe(true);

    // The leaderboard as cards: the two session teams ranked, the outsider marked and last.
    const cards = page.getByRole('list', { name: 'Leaderboard' }).getByRole('listitem');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(2)).toContainText('Lone wolves');
    await expect(cards.nth(2)).toContainText('Not ranked: not played in the session');
    await expect(
      page.getByText(/1 result was played under other rules: listed last, not ranked\./),
    ).toBeVisible();
    await check('results');

    // A team's debrief from its card.
    await cards.nth(0).getByRole('button').first().click();
    await expect(page.locator('#debrief').getByRole('heading', { name: /^Debrief: / })).toBeVisible();
    await check('debrief');
    if (width === 390)
      await page
        .locator('#debrief')
        .screenshot({ path: 'test-results/screens/instructor-phone-debrief-panel.png' });

    // The session's own collection refuses the outsider and keeps the other two.
    await page.getByLabel('Collect for another session (paste its session code)').fill(sessionCode);
    await page.getByRole('button', { name: 'Open session' }).click();
    await page.getByLabel('Result codes, one per line').fill([owls, outsider].join('\n'));
    await page.getByRole('button', { name: 'Verify pasted codes' }).click();
    await expect(page.getByText('Refused: another session')).toBeVisible();
    await check('session-results');

    for (const [tab, name] of [
      [/Compare/, 'compare'],
      [/Scenario editor/, 'editor'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await check(name);
    }
  });
}
