/** The console's controls: start, pause/resume and end the session; hold every team at a month boundary and
 * release; the decision timer; the months without chat; a message to all teams or one; teams made by the
 * instructor. Each sends one checked command; the server's refusal shows in the status line. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { ConsoleCommand, ConsoleState } from '../../net/console-store';
import { type ConsoleSession, type ConsoleTeam, LIVE_LIMITS } from '../../net/protocol';

function inputOf(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

function submitted(run: () => void) {
  return (event: Event) => {
    event.preventDefault();
    run();
  };
}

/** Whole number typed, or null. */
function wholeOf(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

function sessionButtons(state: ConsoleState, session: ConsoleSession): TemplateResult {
  const send = state.command;
  const ended = session.status === 'ended';
  return html`<div class="actions">
    ${session.status === 'waiting' ? html`<button class="btn btn-primary btn-large" type="button" @click=${() => send('start', {}, 'Session started.')}>Start the session</button>` : nothing}
    ${
      session.status === 'running'
        ? session.paused
          ? html`<button class="btn btn-primary" type="button" @click=${() => send('resume', {}, 'Resumed.')}>Resume</button>`
          : html`<button class="btn" type="button" @click=${() => send('pause', {}, 'Paused: every team waits.')}>Pause</button>`
        : nothing
    }
    ${
      ended
        ? nothing
        : html`<button
          class="btn btn-quiet console-end"
          type="button"
          @click=${() => {
            if (window.confirm('End the session for every team now? Games stop where they are.'))
              send('end', {}, 'Session ended.');
          }}
        >
          End the session
        </button>`
    }
  </div>`;
}

function pacing(state: ConsoleState, session: ConsoleSession): TemplateResult {
  const { form } = state;
  const hold = () => {
    const month = wholeOf(form.holdAt);
    if (month === null || month < 1 || month > session.rounds) {
      state.reportProblem(`Hold after which month? Type a month from 1 to ${session.rounds}.`, 'pace');
      return;
    }
    state.command('pace', { holdAtMonth: month }, `Every team stops after month ${month}.`);
  };
  return html`<form class="console-inline" novalidate @submit=${submitted(hold)}>
    <p class="console-state">
      ${session.heldAtMonth === null ? 'No hold: teams move at their own pace.' : `Holding every team after month ${session.heldAtMonth}.`}
    </p>
    <label for="hold-at">Hold every team after month</label>
    <input id="hold-at" inputmode="numeric" class="console-small" .value=${live(form.holdAt)} @input=${(e: Event) => state.setForm({ holdAt: inputOf(e) })} />
    <button class="btn" type="submit">Hold</button>
    ${
      session.heldAtMonth === null
        ? nothing
        : html`<button class="btn btn-primary" type="button" @click=${() => state.command('pace', { holdAtMonth: null }, 'Released: teams move on.')}>Release</button>`
    }
  </form>`;
}

function timer(state: ConsoleState, session: ConsoleSession): TemplateResult {
  const set = () => {
    const seconds = wholeOf(state.form.timer);
    const [min, max] = LIVE_LIMITS.timerSeconds;
    if (seconds === null || seconds < min || seconds > max) {
      state.reportProblem(`Type the seconds per step, from ${min} to ${max}.`, 'timer');
      return;
    }
    state.command('timer', { seconds }, `Decision timer: ${seconds} seconds a step.`);
  };
  return html`<form class="console-inline" novalidate @submit=${submitted(set)}>
    <p class="console-state">
      ${session.timerSeconds === null ? 'No decision timer.' : `Decision timer: ${session.timerSeconds} seconds a step; a bot decides when it runs out.`}
    </p>
    <label for="timer-seconds">Seconds per step</label>
    <input id="timer-seconds" inputmode="numeric" class="console-small" .value=${live(state.form.timer)} @input=${(e: Event) => state.setForm({ timer: inputOf(e) })} />
    <button class="btn" type="submit">Set the timer</button>
    ${session.timerSeconds === null ? nothing : html`<button class="btn" type="button" @click=${() => state.command('timer', { seconds: null }, 'Timer off.')}>Timer off</button>`}
  </form>`;
}

function chatMonths(state: ConsoleState, session: ConsoleSession): TemplateResult {
  const off = new Set(session.chatOffMonths);
  const toggle = (month: number) => () => {
    const next = off.has(month)
      ? session.chatOffMonths.filter((m) => m !== month)
      : [...session.chatOffMonths, month];
    state.command(
      'chat',
      { offMonths: next.sort((a, b) => a - b) },
      off.has(month) ? `Chat on in month ${month}.` : `Chat off in month ${month}.`,
    );
  };
  // Not live(): a ticked box stays ticked until the server's session confirms (or the status line says why not).
  return html`<fieldset class="console-months">
    <legend>Chat off in months</legend>
    ${Array.from({ length: session.rounds }, (_, i) => i + 1).map(
      (month) => html`<label class="console-month">
        <input type="checkbox" .checked=${off.has(month)} @change=${toggle(month)} />${month}
      </label>`,
    )}
  </fieldset>`;
}

function message(state: ConsoleState, teams: readonly ConsoleTeam[]): TemplateResult {
  const { form } = state;
  const send = () => {
    const to = teams.find((t) => t.teamId === form.target);
    if (
      state.command(
        'message',
        { teamId: to ? to.teamId : null, text: form.message },
        to ? `Message sent to ${to.name}.` : 'Message sent to every team.',
      )
    )
      state.setForm({ message: '' });
  };
  return html`<form class="console-message" novalidate @submit=${submitted(send)}>
    <div class="field">
      <label for="message-target">Send to</label>
      <select id="message-target" .value=${live(form.target)} @change=${(e: Event) => state.setForm({ target: (e.target as HTMLSelectElement).value })}>
        <option value="">Every team</option>
        ${teams.map((t) => html`<option value=${t.teamId}>${t.name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="message-text">Message</label>
      <input id="message-text" maxlength="500" autocomplete="off" .value=${live(form.message)} @input=${(e: Event) => state.setForm({ message: inputOf(e) })} />
    </div>
    <button class="btn" type="submit">Send the message</button>
  </form>`;
}

function newTeam(state: ConsoleState): TemplateResult {
  const create = () => {
    if (
      state.command(
        'createTeam',
        { name: state.form.teamName },
        `Team "${state.form.teamName.trim()}" created.`,
      )
    )
      state.setForm({ teamName: '' });
  };
  return html`<form class="console-inline" novalidate @submit=${submitted(create)}>
    <label for="new-team">New team</label>
    <input id="new-team" maxlength="40" autocomplete="off" .value=${live(state.form.teamName)} @input=${(e: Event) => state.setForm({ teamName: inputOf(e) })} />
    <button class="btn" type="submit">Create the team</button>
  </form>`;
}

/** The commands whose outcome shows beside their own form (the others' under the session buttons). */
const FORM_COMMANDS: readonly ConsoleCommand[] = ['pace', 'timer', 'chat', 'message', 'createTeam'];

/**
 * What the last command did, or why it was refused, as two live lines (always present, so screen readers
 * announce a change); they hold text only where `mine` says the last command belongs.
 */
function feedback(state: ConsoleState, mine: boolean): TemplateResult {
  return html`<p class="status-line" role="status">${mine ? state.status : ''}</p>
    <p class="status-line error-text" role="alert">${mine ? (state.commandProblem ?? '') : ''}</p>`;
}

/** Draws every control for the session. */
export function controlsView(state: ConsoleState, session: ConsoleSession): TemplateResult {
  const ended = session.status === 'ended';
  const beside = (form: TemplateResult, command: ConsoleCommand) =>
    html`${form}${feedback(state, state.lastCommand === command)}`;
  return html`<section class="panel console-controls" aria-labelledby="controls-heading">
    <h2 id="controls-heading">Run the session</h2>
    <p class="console-state" role="status">
      ${session.status === 'waiting' ? 'Waiting to start: players are joining.' : ended ? 'The session has ended.' : session.paused ? 'Paused.' : 'Running.'}
    </p>
    ${sessionButtons(state, session)}
    ${feedback(state, state.lastCommand === null || !FORM_COMMANDS.includes(state.lastCommand))}
    ${
      ended
        ? nothing
        : html`${session.teamForming === 'instructor' ? beside(newTeam(state), 'createTeam') : nothing}
          ${beside(pacing(state, session), 'pace')}
          ${beside(timer(state, session), 'timer')}
          ${beside(chatMonths(state, session), 'chat')}
          ${beside(message(state, state.teams), 'message')}`
    }
  </section>`;
}
