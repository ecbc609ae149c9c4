/** Panel 1, create a session: the form (each problem next to its field) with the rules a session fixes — scenario,
 * seed, rounds, rotation, weights, the modes and bots allowed, Suggest, a timer — and, once created, the code,
 * the students' link and a QR code, each with a Copy button; and a plain word on what offline sessions can and
 * cannot guarantee. A function of the store's state; writes only through its actions. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { BUILTIN_SCENARIOS } from '../../engine';
import { SESSION_LIMITS, type SessionConfig } from '../../engine/codes';
import {
  BOT_PERSONA_IDS,
  BOT_PERSONA_LABELS,
  PLAY_MODE_LABELS,
  PLAY_MODES,
} from '../../engine/play-conditions';
import { copyText } from './download';
import { CUSTOM_SCENARIO, type SessionField, type SessionFormValues, sessionLink } from './session-form';
import type { InstructorData } from './state';
import type { InstructorActions } from './store';

/** QR codes drawn so far, by link (qrcode is loaded only when a session is shown). */
const qrCodes = new Map<string, string | 'failed' | 'unavailable'>();

/** The panel's template; `redraw` is called when a QR code is ready. */
export function sessionView(
  state: InstructorData,
  actions: InstructorActions,
  redraw: () => void,
): TemplateResult {
  const form = state.sessionForm;
  const errors = state.sessionErrors;
  const custom = state.customScenario;
  const chosen =
    form.scenario === CUSTOM_SCENARIO ? custom : BUILTIN_SCENARIOS.find((s) => s.id === form.scenario);
  const [minRounds, maxRounds] = SESSION_LIMITS.rounds;
  const text = (
    key: SessionField,
    label: string,
    attrs: { type?: string; hint?: string; max?: number; min?: number; step?: string } = {},
  ) => {
    const id = `session-${key}`;
    const described = [attrs.hint ? `${id}-hint` : '', errors[key] ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="ins-field">
      <label for=${id}>${label}</label>
      <input id=${id} name=${key} type=${attrs.type ?? 'text'} autocomplete="off" spellcheck="false"
        inputmode=${attrs.type === 'number' ? 'decimal' : nothing}
        min=${attrs.min ?? nothing} max=${attrs.max ?? nothing} step=${attrs.step ?? nothing}
        aria-invalid=${errors[key] ? 'true' : 'false'} aria-describedby=${described || nothing}
        .value=${live(String(form[key]))}
        @input=${(e: Event) => actions.editSessionForm({ [key]: (e.target as HTMLInputElement).value })} />
      ${attrs.hint ? html`<span class="ins-hint" id=${`${id}-hint`}>${attrs.hint}</span>` : nothing}
      ${errors[key] ? html`<span class="ins-error" id=${`${id}-error`}>${errors[key]}</span>` : nothing}
    </div>`;
  };
  const toggle = <K extends 'modes' | 'personas'>(
    key: K,
    value: SessionFormValues[K][number],
    on: boolean,
  ) => {
    const list = form[key] as string[];
    actions.editSessionForm({ [key]: on ? [...list, value] : list.filter((item) => item !== value) });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const bad = actions.createSession();
    if (bad)
      (
        document.getElementById(`session-${bad}`) ?? document.querySelector<HTMLElement>(`[name="${bad}"]`)
      )?.focus();
  };
  return html`<div class="ins-two-col">
    <form class="ins-form" novalidate aria-labelledby="session-form-title" @submit=${submit}>
      <h3 id="session-form-title">Settings</h3>
      ${text('name', 'Session name', { hint: 'Shown to students throughout the game, e.g. "OPS 301 – Monday group".' })}
      <div class="ins-field">
        <label for="session-scenario">Scenario</label>
        <select id="session-scenario" name="scenario" @change=${(e: Event) => actions.chooseScenario((e.target as HTMLSelectElement).value)}>
          ${BUILTIN_SCENARIOS.map((s) => html`<option value=${s.id} ?selected=${form.scenario === s.id}>${s.name}</option>`)}
          ${custom ? html`<option value=${CUSTOM_SCENARIO} ?selected=${form.scenario === CUSTOM_SCENARIO}>Custom: ${custom.name}</option>` : nothing}
        </select>
        ${errors.scenario ? html`<span class="ins-error">${errors.scenario}</span>` : nothing}
      </div>
      <p class="ins-hint ins-goal">${chosen ? `Goal: ${chosen.goal}` : ''}</p>
      <div class="ins-row">
        ${text('seed', 'Seed', { hint: 'Same seed, same events for every team.' })}
        <button type="button" class="ins-btn ins-btn-quiet ins-inline-btn" @click=${() => actions.newSeed()}>New seed</button>
      </div>
      <div class="ins-row">
        ${text('rounds', `Rounds (${minRounds}–${maxRounds})`, { type: 'number', min: minRounds, max: maxRounds })}
        ${text('rotateEvery', 'Swap roles every N rounds', { type: 'number', min: 1, max: maxRounds, hint: '1 = every round.' })}
      </div>
      <fieldset class="ins-fieldset">
        <legend>Score weights (relative: 1, 1, 1 counts the three equally; 2, 1, 1 counts alignment double)</legend>
        <div class="ins-row">
          ${text('alignment', 'Alignment', { type: 'number', min: 0, max: 100, step: 'any' })}
          ${text('balance', 'Balance', { type: 'number', min: 0, max: 100, step: 'any' })}
          ${text('execution', 'Execution', { type: 'number', min: 0, max: 100, step: 'any' })}
        </div>
      </fieldset>
      <fieldset class="ins-fieldset" aria-describedby=${errors.modes ? 'session-modes-error' : nothing}>
        <legend>Ways to play allowed</legend>
        ${PLAY_MODES.map(
          (
            mode,
          ) => html`<label class="ins-check"><input type="checkbox" name="modes" .checked=${live(form.modes.includes(mode))}
            @change=${(e: Event) => toggle('modes', mode, (e.target as HTMLInputElement).checked)} /> ${PLAY_MODE_LABELS[mode]}</label>`,
        )}
        ${errors.modes ? html`<span class="ins-error" id="session-modes-error">${errors.modes}</span>` : nothing}
      </fieldset>
      ${
        form.modes.includes('solo')
          ? html`<fieldset class="ins-fieldset" aria-describedby=${errors.personas ? 'session-personas-error' : nothing}>
            <legend>Bot colleagues allowed in solo play</legend>
            ${BOT_PERSONA_IDS.map(
              (
                persona,
              ) => html`<label class="ins-check"><input type="checkbox" name="personas" .checked=${live(form.personas.includes(persona))}
                @change=${(e: Event) => toggle('personas', persona, (e.target as HTMLInputElement).checked)} /> ${BOT_PERSONA_LABELS[persona]}</label>`,
            )}
            <span class="ins-hint">The textbook planner plans and shares for the student: leave it out of a graded competition.</span>
            ${errors.personas ? html`<span class="ins-error" id="session-personas-error">${errors.personas}</span>` : nothing}
          </fieldset>`
          : nothing
      }
      <label class="ins-check"><input type="checkbox" name="suggest" .checked=${live(form.suggest)}
        @change=${(e: Event) => actions.editSessionForm({ suggest: (e.target as HTMLInputElement).checked })} />
        Allow the Suggest button (fills a plan with the textbook planner's numbers)</label>
      ${text('timer', 'Turn timer in seconds (empty: none)', { type: 'number', min: SESSION_LIMITS.timerSeconds[0], max: SESSION_LIMITS.timerSeconds[1] })}
      <div class="ins-actions">
        <button type="submit" class="ins-btn ins-btn-primary">Create session</button>
      </div>
    </form>
    <div class="ins-session-output" aria-live="polite">
      ${state.session ? sessionOutput(state.session.config, state.session.code, actions, redraw) : html`<p class="ins-empty">Fill in the settings and choose Create session: the code, the link and a QR code appear here.</p>`}
      ${honourNotice()}
    </div>
  </div>`;
}

/** What an offline session can and cannot promise. */
function honourNotice(): TemplateResult {
  return html`<aside class="ins-notice" aria-labelledby="honour-title">
    <h3 id="honour-title">Offline sessions rely on honour</h3>
    <p>Every result is verified by replaying it, so a tampered score is refused and the leaderboard shows the mode, bot and aids each team reports. But an offline game runs in the student's own browser: the session's seed lets anyone replay its world in advance and learn which shocks come when, and the reported mode and aids cannot be proven.</p>
    <p>For a graded competition, run a <strong>live session</strong> (<code>npm run serve</code>, then the live console at <a href="./console.html">console.html</a>): the server holds the world and checks every move as it is made.</p>
  </aside>`;
}

function sessionOutput(
  config: SessionConfig,
  code: string,
  actions: InstructorActions,
  redraw: () => void,
): TemplateResult {
  const link = sessionLink(code, window.location.href);
  const qr = qrCodes.get(link);
  if (qr === undefined) void drawQr(link).then(redraw);
  const copyRow = (label: string, value: string, id: string) => html`<div class="ins-copy">
    <label for=${id}>${label}</label>
    <div class="ins-copy-row">
      <input id=${id} class="ins-code" type="text" readonly spellcheck="false" .value=${value} />
      <button type="button" class="ins-btn" @click=${async () =>
        actions.announce(
          (await copyText(value))
            ? `${label} copied.`
            : `Could not copy: select the ${label.toLowerCase()} and copy it by hand.`,
        )}>Copy ${label.toLowerCase()}</button>
    </div>
  </div>`;
  const rules = [
    `${config.rounds} rounds`,
    `roles swap every ${config.rotateEvery === 1 ? 'round' : `${config.rotateEvery} rounds`}`,
    `seed “${config.seed}”`,
    config.scenario ? `custom scenario “${config.scenario.name}”` : '',
    config.modes ? `only ${config.modes.map((m) => PLAY_MODE_LABELS[m]).join(', ')}` : '',
    config.personas ? `bots: ${config.personas.map((p) => BOT_PERSONA_LABELS[p]).join(', ')}` : '',
    config.suggest === false ? 'no Suggest' : '',
    config.timerSeconds ? `a ${config.timerSeconds}-second turn timer` : '',
  ].filter(Boolean);
  return html`<h3>Session: ${config.name}</h3>
    <p class="ins-hint">${rules.join(', ')}.</p>
    ${copyRow('Session code', code, 'session-code-out')}
    ${copyRow('Link', link, 'session-link-out')}
    <p><a href=${link} target="_blank" rel="noopener">Open the link in a new tab</a></p>
    <div class="ins-qr">
      ${
        qr === 'failed'
          ? html`<p class="ins-warn">This link is too long for a QR code (a custom scenario travels inside it): share the link or the code instead.</p>`
          : qr
            ? html`<img src=${qr} width="280" height="280" alt=${`QR code of the link to session ${config.name}`} />
              <p class="ins-hint">Students scan this to open the game in the session.</p>`
            : html`<p class="ins-hint">Drawing the QR code…</p>`
      }
    </div>`;
}

/** Draws a link's QR code once ('' while drawing, 'failed' when the link is too long for one, 'unavailable'
 * when qrcode could not be loaded). qrcode is loaded when the first session is shown, not with the page. */
async function drawQr(link: string): Promise<void> {
  qrCodes.set(link, '');
  let QRCode: typeof import('qrcode');
  try {
    QRCode = (await import('qrcode')).default;
  } catch {
    qrCodes.set(link, 'unavailable');
    return;
  }
  try {
    qrCodes.set(link, await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 280 }));
  } catch {
    qrCodes.set(link, 'failed');
  }
}
