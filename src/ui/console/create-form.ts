/** The instructor's "create a live session" form: each problem next to its field, the server's refusal above
 * the button; on success the page moves to the session's secret console link. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { BUILTIN_SCENARIOS } from '../../engine';
import { BOT_PERSONAS } from '../../store/seats';
import type { BotPersonaId } from '../../store/types';
import type { CreateField, CreateValues } from './create-model';

/** What the form draws. */
export interface CreateFormProps {
  values: CreateValues;
  problems: Partial<Record<CreateField, string>>;
  serverProblem: string | null;
  busy: boolean;
  onValues(patch: Partial<CreateValues>): void;
  onSubmit(): void;
}

function textField(
  p: CreateFormProps,
  key: CreateField,
  label: string,
  hint: string | null,
  inputmode: 'text' | 'numeric' = 'numeric',
): TemplateResult {
  const id = `create-${key}`;
  const problem = p.problems[key];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    <input
      id=${id}
      inputmode=${inputmode}
      autocomplete="off"
      .value=${live(p.values[key])}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${`${id}-hint ${id}-problem`}
      @input=${(event: Event) => p.onValues({ [key]: (event.target as HTMLInputElement).value })}
    />
    <p class="field-error" id=${`${id}-problem`}>${problem ?? ''}</p>
  </div>`;
}

/** Draws the form. */
export function createFormView(p: CreateFormProps): TemplateResult {
  const v = p.values;
  const scenario = BUILTIN_SCENARIOS.find((s) => s.id === v.scenarioId);
  return html`<form
    class="panel console-create"
    novalidate
    aria-labelledby="create-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      p.onSubmit();
    }}
  >
    <h1 id="create-heading" class="screen-heading" tabindex="-1">Create a live session</h1>
    <p class="muted">
      Players join from their own phones or laptops with a link, a code or a QR code; you watch and pace every team
      here. Keep this console's link to yourself.
    </p>
    ${textField(p, 'name', 'Session name', null, 'text')}
    <div class="field">
      <label for="create-scenario">Scenario</label>
      <select
        id="create-scenario"
        .value=${live(v.scenarioId)}
        @change=${(event: Event) => {
          const id = (event.target as HTMLSelectElement).value;
          const chosen = BUILTIN_SCENARIOS.find((s) => s.id === id);
          p.onValues({ scenarioId: id, rounds: String(chosen?.suggestedRounds ?? v.rounds) });
        }}
      >
        ${BUILTIN_SCENARIOS.map((s) => html`<option value=${s.id} ?selected=${s.id === v.scenarioId}>${s.name}</option>`)}
      </select>
      ${scenario ? html`<p class="field-hint">Goal: ${scenario.goal}</p>` : nothing}
    </div>
    <div class="field-row">
      ${textField(p, 'rounds', 'Months', '6 to 24')}
      ${textField(p, 'rotateEvery', 'Roles rotate every', 'months')}
      ${textField(p, 'teamSize', 'Players per team', '2 to 4; a third or fourth player advises')}
    </div>
    <fieldset class="radio-group">
      <legend>Who forms the teams</legend>
      ${(['players', 'instructor'] as const).map(
        (who) => html`<div class="choice">
          <input
            type="radio"
            name="team-forming"
            id=${`forming-${who}`}
            .checked=${live(v.teamForming === who)}
            @change=${() => p.onValues({ teamForming: who })}
          />
          <label for=${`forming-${who}`}>
            <span class="choice-label">${who === 'players' ? 'Players create and join teams' : 'I create the teams'}</span>
          </label>
        </div>`,
      )}
    </fieldset>
    <div class="field-row">
      ${textField(p, 'timerSeconds', 'Decision timer (seconds)', 'Empty: no timer. When it runs out, a bot decides.')}
      ${textField(p, 'graceSeconds', 'Grace period (seconds)', 'How long a seat waits for its player before a bot plays it')}
    </div>
    <div class="field">
      <label for="create-persona">Bot for absent players</label>
      <select
        id="create-persona"
        .value=${live(v.persona)}
        @change=${(event: Event) => p.onValues({ persona: (event.target as HTMLSelectElement).value as BotPersonaId })}
      >
        ${Object.values(BOT_PERSONAS).map(
          (persona) =>
            html`<option value=${persona.id} ?selected=${persona.id === v.persona}>${persona.label}</option>`,
        )}
      </select>
    </div>
    <div class="choice console-check">
      <input
        type="checkbox"
        id="create-suggest"
        .checked=${live(v.suggest)}
        @change=${(event: Event) => p.onValues({ suggest: (event.target as HTMLInputElement).checked })}
      />
      <label for="create-suggest"><span class="choice-label">Allow the Suggest button</span></label>
    </div>
    ${textField(p, 'seed', 'Seed (optional)', 'Empty: a random world. The same seed gives every team the same shocks.', 'text')}
    <p class="field-error" role="alert">${p.serverProblem ?? ''}</p>
    <button class="btn btn-primary btn-large" type="submit" ?disabled=${p.busy}>
      ${p.busy ? 'Creating…' : 'Create the live session'}
    </button>
  </form>`;
}
