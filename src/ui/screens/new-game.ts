/** The new-game form: mode, names, team name, bot colleague, scenario or session code, length, rotation and seed.
 * A view of the store's new-game draft (every keystroke is kept there); a session code locks what the session fixes
 * and says so ("Set by the session: …"). */
import { html, nothing, type TemplateResult } from 'lit-html';
import { BUILTIN_SCENARIOS, getScenario } from '../../engine';
import { decodeSessionCode, type SessionRules } from '../../engine/codes';
import { BOT_PERSONA_LABELS, PLAY_MODE_LABELS } from '../../engine/play-conditions';
import type { AppState } from '../../store/app-store';
import { emptyDraft } from '../../store/new-game';
import { BOT_PERSONAS } from '../../store/seats';
import type { GameMode, NewGameDraft } from '../../store/types';
import { STEADY_START_SCENARIO_ID } from '../debrief/steady-start-tour';
import {
  defaultTeamName,
  draftSessionRules,
  MAX_ROUNDS,
  MIN_ROUNDS,
  type NewGameErrors,
  nameSlots,
  readSessionCode,
  scenarioDifficulty,
  sessionRulePhrases,
  validateNewGame,
  withinRules,
} from '../present/new-game-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { local, viewScreen } from '../view-screen';
import { type Choice, fixedChoice, radioGroup, textField } from './form-parts';
import { guidedTourOver, resetGuidedTour } from './guided-tour';

const MODES: Choice<GameMode>[] = [
  {
    value: 'solo',
    label: 'Solo with a bot colleague',
    hint: 'You and a bot take turns as Sales and Operations.',
  },
  { value: 'pair', label: 'Pair, hot seat', hint: 'Two players share this device and swap roles.' },
  { value: 'team', label: 'Team of 3–4', hint: 'Players rotate through the two roles; the others advise.' },
];

const SOURCES: Choice<NewGameDraft['source']>[] = [
  {
    value: 'builtin',
    label: 'A built-in scenario',
    hint: 'Choose the scenario, length and seed yourselves.',
  },
  {
    value: 'session',
    label: 'A session code',
    hint: 'Your instructor’s code sets the game; you choose the names.',
  },
];

const decodeSession = (text: string) =>
  readSessionCode(text, decodeSessionCode, (id) => getScenario(id) !== undefined);

/** Mounts the new-game screen. */
export function newGameScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  if (!store.getState().draft)
    store.getState().saveDraft(emptyDraft(ctx.randomSeed(), BUILTIN_SCENARIOS[0].id));
  const redraw = () => screen.redraw();
  const errors = local<NewGameErrors>({}, redraw);
  const formError = local('', redraw);
  /** Once the player edits the team name it is theirs (even emptied); until then it follows the names. */
  const teamNameEdited = local(false, redraw);
  const draftOf = (state: AppState) => state.draft ?? emptyDraft('', BUILTIN_SCENARIOS[0].id);
  const edit = (patch: Partial<NewGameDraft>) => {
    store.getState().saveDraft({ ...draftOf(store.getState()), ...patch });
  };
  const editName = (index: number, name: string) => {
    const players = [...draftOf(store.getState()).players];
    players[index] = name;
    edit({ players });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateNewGame(draftOf(store.getState()), decodeSession);
    if (!checked.ok) {
      const count = Object.keys(checked.error).length;
      errors.set(checked.error);
      formError.set(`Please fix ${count === 1 ? 'one field' : `${count} fields`} marked below.`);
      screen.element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    errors.set({});
    formError.set('');
    const started = store.getState().startGame(checked.value);
    if (!started.ok) formError.set(started.error);
  };

  const screen = viewScreen(ctx, {
    className: 'new-game-screen',
    labelledBy: 'new-game-heading',
    view: (state) => {
      const typed = draftOf(state);
      const rules = draftSessionRules(typed, decodeSession);
      const draft = withinRules(typed, rules);
      const e = errors.value;
      return html`<h1 class="screen-heading" tabindex="-1" id="new-game-heading">New game</h1>
        <form class="new-game-form" novalidate aria-labelledby="new-game-heading" @submit=${submit}>
          <div class="form-error" role="alert" id="new-game-errors">${formError.value}</div>
          ${replaceNote(state)}
          <div class="panel">${modeChoice(draft, rules, (mode) => edit({ mode }))}</div>
          <fieldset class="panel">
            <legend>Players</legend>
            ${playerFields(draft, e, editName)}
            ${textField({
              id: 'team-name',
              label: 'Team name',
              hint: 'Shown in the game, on your result and on the leaderboard. It starts as your names.',
              value: teamNameEdited.value || typed.teamName !== '' ? typed.teamName : defaultTeamName(draft),
              error: e.teamName,
              maxLength: 50,
              onText: (teamName) => {
                if (!teamNameEdited.value) teamNameEdited.set(true);
                edit({ teamName });
              },
            })}
          </fieldset>
          ${
            draft.mode === 'solo'
              ? html`<div class="panel persona-panel">${personaChoice(draft, rules, (persona) => edit({ persona }))}</div>`
              : nothing
          }
          <div class="panel">
            ${radioGroup({
              legend: 'Game settings come from',
              name: 'source',
              choices: SOURCES,
              selected: draft.source,
              onChoose: (source) => edit({ source }),
            })}
            ${draft.source === 'builtin' ? builtinSection(ctx, draft, e, edit, redraw) : sessionSection(draft, rules, e, edit)}
          </div>
          <div class="actions">
            <button type="submit" class="btn btn-primary btn-large">Start game</button>
            <button type="button" class="btn" @click=${() => store.getState().showScreen('title')}>Back to title</button>
          </div>
        </form>`;
    },
  });
  return screen;
}

type Edit = (patch: Partial<NewGameDraft>) => void;

function modeChoice(
  draft: NewGameDraft,
  rules: SessionRules | null,
  choose: (mode: GameMode) => void,
): TemplateResult {
  const allowed = rules ? MODES.filter((m) => rules.modes.includes(m.value)) : MODES;
  if (allowed.length === 1) return fixedChoice('Mode', PLAY_MODE_LABELS[allowed[0].value]);
  return radioGroup({
    legend: 'Mode',
    name: 'mode',
    choices: allowed,
    selected: draft.mode,
    onChoose: choose,
  });
}

function personaChoice(
  draft: NewGameDraft,
  rules: SessionRules | null,
  choose: (persona: NewGameDraft['persona']) => void,
): TemplateResult {
  const personas = Object.values(BOT_PERSONAS).filter((p) => !rules || rules.personas.includes(p.id));
  if (personas.length === 1)
    return fixedChoice(
      'Your bot colleague',
      `${BOT_PERSONA_LABELS[personas[0].id]} (${personas[0].sales.name} / ${personas[0].ops.name})`,
    );
  return radioGroup({
    legend: 'Your bot colleague',
    name: 'persona',
    choices: personas.map((p) => ({ value: p.id, label: `${p.sales.name} / ${p.ops.name}`, hint: p.label })),
    selected: draft.persona,
    onChoose: choose,
  });
}

function playerFields(draft: NewGameDraft, e: NewGameErrors, editName: (i: number, name: string) => void) {
  const slots = nameSlots(draft.mode);
  return Array.from({ length: slots.shown }, (_, i) =>
    textField({
      id: `player-${i}`,
      label:
        draft.mode === 'solo' && i === 0
          ? 'Your name'
          : `Player ${i + 1}’s name${i >= slots.required ? ' (optional)' : ''}`,
      value: draft.players[i] ?? '',
      error: e[`player${i}` as keyof NewGameErrors],
      maxLength: 40,
      onText: (name) => editName(i, name),
    }),
  );
}

function builtinSection(
  ctx: ScreenContext,
  draft: NewGameDraft,
  e: NewGameErrors,
  edit: Edit,
  redraw: () => void,
) {
  const guided = draft.scenarioId === STEADY_START_SCENARIO_ID;
  const over = guidedTourOver();
  return html`<div class="source-builtin">
    ${radioGroup({
      legend: 'Scenario',
      name: 'scenario',
      choices: BUILTIN_SCENARIOS.map((s) => ({
        value: s.id,
        label: s.name,
        hint: `${s.goal} ${scenarioDifficulty(s.id) || 'Not rated'} · ${s.suggestedRounds} rounds suggested.`,
      })),
      selected: draft.scenarioId,
      error: e.scenarioId,
      onChoose: (scenarioId) => {
        const scenario = getScenario(scenarioId);
        edit({ scenarioId, ...(scenario ? { rounds: String(scenario.suggestedRounds) } : {}) });
      },
    })}
    <p class="note guided-note" aria-live="polite" ?hidden=${!guided}>
      <span tabindex="-1">${!guided ? '' : over ? 'You have done the guided first game.' : 'Includes a guided first game (you can skip it).'}</span>
      ${
        guided && over
          ? html`<button type="button" class="btn btn-quiet" @click=${() => {
              resetGuidedTour();
              redraw();
            }}>Guide me again</button>`
          : nothing
      }
    </p>
    <div class="field-row">
      ${textField({
        id: 'rounds',
        label: `Rounds (${MIN_ROUNDS}–${MAX_ROUNDS})`,
        value: draft.rounds,
        error: e.rounds,
        inputMode: 'numeric',
        onText: (rounds) => edit({ rounds }),
      })}
      ${textField({
        id: 'rotate-every',
        label: 'Swap roles every N rounds',
        hint: '1 = every round (recommended).',
        value: draft.rotateEvery,
        error: e.rotateEvery,
        inputMode: 'numeric',
        onText: (rotateEvery) => edit({ rotateEvery }),
      })}
    </div>
    <div class="field-row seed-row">
      ${textField({
        id: 'seed',
        label: 'Seed',
        hint: 'The same scenario and seed give every team the same world.',
        value: draft.seed,
        error: e.seed,
        maxLength: 40,
        onText: (seed) => edit({ seed }),
      })}
      <button type="button" class="btn" @click=${() => edit({ seed: ctx.randomSeed() })}>New random seed</button>
    </div>
  </div>`;
}

function sessionSection(draft: NewGameDraft, rules: SessionRules | null, e: NewGameErrors, edit: Edit) {
  const code = draft.sessionCode.trim();
  const session = code === '' ? null : decodeSession(code);
  const error = e.sessionCode ?? (session && !session.ok ? session.error : undefined);
  let preview = '';
  if (session?.ok && rules) {
    const s = session.value;
    const scenarioName = s.scenario?.name ?? getScenario(s.scenarioId)?.name ?? s.scenarioId;
    preview = `Session “${s.name}”: ${sessionRulePhrases(rules, scenarioName).join(', ')}. All set by the session: you choose the names.`;
  }
  return html`<div class="source-session">
    ${textField({
      id: 'session-code',
      label: 'Session code',
      hint: 'Paste the code or the link your instructor shared.',
      value: draft.sessionCode,
      error,
      onText: (sessionCode) => edit({ sessionCode }),
    })}
    <p class="session-preview" id="session-preview" aria-live="polite">${preview}</p>
  </div>`;
}

/** A reminder that starting replaces the game in progress (it stays resumable until then). */
function replaceNote(state: AppState) {
  const { saved, game } = state;
  if (!saved || !game || game.phase === 'finished') return nothing;
  return html`<p class="notice">
    Starting a new game replaces your game in progress (${saved.meta.teamName}, month ${game.month} of
    ${game.settings.rounds}). Go back to the title and press Continue to keep playing it.
  </p>`;
}
