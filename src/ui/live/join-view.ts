/** Joining a live game: type the join code (or arrive with ?join=CODE), then a name and a team — an open team,
 * a new one, or wait for the instructor to place you. Problems show next to the form, never as a crash. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { LiveForm, TeamChoice } from '../../net/live-store';
import type { JoinInfo } from '../../net/protocol';

/** What the code form needs. */
export interface EnterCodeProps {
  form: LiveForm;
  busy: boolean;
  problem: string | null;
  onForm(patch: Partial<LiveForm>): void;
  onOpen(code: string): void;
}

/** The first screen: one field for the join code. */
export function enterCodeView(p: EnterCodeProps): TemplateResult {
  return html`<section class="screen live-join" aria-labelledby="join-heading">
    <h1 id="join-heading" class="screen-heading" tabindex="-1">Join a live game</h1>
    <p class="lead">Type the join code your instructor shows, or scan the QR code.</p>
    <form
      class="panel live-form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        p.onOpen(p.form.code);
      }}
    >
      <div class="field">
        <label for="join-code">Join code</label>
        <input
          id="join-code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          .value=${live(p.form.code)}
          aria-invalid=${p.problem ? 'true' : 'false'}
          aria-describedby="join-code-problem"
          @input=${(event: Event) => p.onForm({ code: (event.target as HTMLInputElement).value })}
        />
        <p id="join-code-problem" class="field-error" role="alert">${p.problem ?? ''}</p>
      </div>
      <button class="btn btn-primary" type="submit" ?disabled=${p.busy}>
        ${p.busy ? 'Looking…' : 'Find the game'}
      </button>
    </form>
  </section>`;
}

/** What the join form needs. */
export interface JoinFormProps {
  info: JoinInfo;
  form: LiveForm;
  busy: boolean;
  problem: string | null;
  onForm(patch: Partial<LiveForm>): void;
  onJoin(name: string, choice: TeamChoice): void;
  onOtherCode(): void;
  onRefresh(): void;
}

/** The team the form's state chooses, or a sentence saying what is missing. */
export function teamChoiceOf(info: JoinInfo, form: LiveForm): TeamChoice | string {
  if (form.team === 'new' && info.teamForming === 'players') {
    const name = form.newTeamName.trim();
    if (name.length === 0 || name.length > 40) return 'Name your new team (1 to 40 characters).';
    return { kind: 'new', teamName: name };
  }
  const team = info.teams.find((t) => t.teamId === form.team);
  if (!team)
    return info.teamForming === 'players'
      ? 'Choose a team, or start a new one.'
      : info.teams.length === 0
        ? 'The instructor has not made the teams yet: wait a moment, then Refresh.'
        : 'Choose your team.';
  if (!team.open) return `${team.name} is full; choose another team.`;
  return { kind: 'team', teamId: team.teamId };
}

function teamOptions(p: JoinFormProps): TemplateResult {
  const choose = (team: string) => () => p.onForm({ team });
  return html`<fieldset class="radio-group live-teams">
    <legend>Your team</legend>
    ${p.info.teams.map(
      (team) => html`<div class="choice">
        <input
          type="radio"
          name="team"
          id=${`team-${team.teamId}`}
          .checked=${live(p.form.team === team.teamId)}
          ?disabled=${!team.open}
          @change=${choose(team.teamId)}
        />
        <label for=${`team-${team.teamId}`}>
          <span class="choice-label">${team.name}${team.open ? '' : ' (full)'}</span>
          <span class="choice-hint">${team.players.length === 0 ? 'Nobody yet' : team.players.join(', ')}</span>
        </label>
      </div>`,
    )}
    ${
      p.info.teamForming === 'players'
        ? html`<div class="choice">
          <input type="radio" name="team" id="team-new" .checked=${live(p.form.team === 'new')} @change=${choose('new')} />
          <label for="team-new"><span class="choice-label">A new team</span></label>
        </div>`
        : nothing
    }
    ${
      p.form.team === 'new' && p.info.teamForming === 'players'
        ? html`<div class="field">
          <label for="team-name">Team name</label>
          <input
            id="team-name"
            maxlength="40"
            autocomplete="off"
            .value=${live(p.form.newTeamName)}
            @input=${(event: Event) => p.onForm({ newTeamName: (event.target as HTMLInputElement).value })}
          />
        </div>`
        : nothing
    }
  </fieldset>`;
}

/** The second screen: the session's facts, a name and a team. */
export function joinFormView(p: JoinFormProps): TemplateResult {
  const { info } = p;
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = teamChoiceOf(info, p.form);
    if (typeof chosen !== 'string') p.onJoin(p.form.name, chosen);
  };
  const choice = teamChoiceOf(info, p.form);
  const teamProblem = typeof choice === 'string' ? choice : null;
  return html`<section class="screen live-join" aria-labelledby="join-heading">
    <h1 id="join-heading" class="screen-heading" tabindex="-1">${info.sessionName}</h1>
    <p class="lead">
      ${info.scenarioName} · ${info.rounds} months · teams of up to ${info.teamSize}
    </p>
    <form class="panel live-form" novalidate @submit=${submit}>
      <div class="field">
        <label for="player-name">Your name</label>
        <input
          id="player-name"
          maxlength="40"
          autocomplete="nickname"
          .value=${live(p.form.name)}
          @input=${(event: Event) => p.onForm({ name: (event.target as HTMLInputElement).value })}
        />
      </div>
      ${
        info.teamForming === 'instructor'
          ? html`<p class="note">Your instructor made the teams: pick the one you were given.</p>`
          : nothing
      }
      ${teamOptions(p)}
      <p class="field-error" role="alert">${p.problem ?? ''}</p>
      <div class="actions">
        <button class="btn btn-primary btn-large" type="submit" ?disabled=${p.busy || teamProblem !== null}>
          ${p.busy ? 'Joining…' : 'Join'}
        </button>
        <button class="btn btn-quiet" type="button" @click=${p.onRefresh}>Refresh the teams</button>
        <button class="btn btn-quiet" type="button" @click=${p.onOtherCode}>Another code</button>
      </div>
      ${teamProblem ? html`<p class="muted">${teamProblem}</p>` : nothing}
    </form>
  </section>`;
}
