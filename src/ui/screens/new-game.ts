/** The new-game form: mode, names, bot persona, scenario or session code, length, rotation and seed. */
import { BUILTIN_SCENARIOS, getScenario } from '../../engine';
import { decodeSessionCode } from '../../engine/codes';
import type { GameState } from '../../engine/types';
import { BOT_PERSONAS } from '../../store/seats';
import type { BotPersonaId, GameMode, NewGameDraft, SavedGame } from '../../store/types';
import { STEADY_START_SCENARIO_ID } from '../debrief/steady-start-tour';
import { button, h, heading } from '../dom';
import {
  emptyDraft,
  MAX_ROUNDS,
  MIN_ROUNDS,
  type NewGameErrors,
  type NewGameField,
  nameSlots,
  readSessionCode,
  scenarioDifficulty,
  validateNewGame,
} from '../present/new-game-model';
import type { ScreenContext, ScreenHandle } from '../screen';
import { createField, type ErrorTarget, type FieldOptions, radioGroup } from './fields';
import { guidedTourOver, resetGuidedTour } from './guided-tour';

const MODES: { value: GameMode; label: string; hint: string }[] = [
  {
    value: 'solo',
    label: 'Solo with a bot colleague',
    hint: 'You and a bot take turns as Sales and Operations.',
  },
  { value: 'pair', label: 'Pair, hot seat', hint: 'Two players share this device and swap roles.' },
  { value: 'team', label: 'Team of 3–4', hint: 'Players rotate through the two roles; the others advise.' },
];

const decodeSession = (text: string) =>
  readSessionCode(text, decodeSessionCode, (id) => getScenario(id) !== undefined);

/** Mounts the new-game screen; the draft is kept in the store so nothing typed is lost. */
export function newGameScreen(ctx: ScreenContext): ScreenHandle {
  const { store } = ctx;
  const draft: NewGameDraft = structuredClone(
    store.getState().draft ?? emptyDraft(ctx.randomSeed(), BUILTIN_SCENARIOS[0].id),
  );
  if (ctx.sessionFromUrl && draft.sessionCode === '') {
    draft.source = 'session';
    draft.sessionCode = ctx.sessionFromUrl;
  }
  const save = () => store.getState().saveDraft(structuredClone(draft));
  const fields: Partial<Record<NewGameField, ErrorTarget>> = {};

  // Mode and names.
  const modeGroup = radioGroup('Mode', 'mode', MODES, draft.mode, (value) => {
    draft.mode = value as GameMode;
    save();
    syncVisibility();
  });
  const nameFields = [0, 1, 2, 3].map((i) => {
    const field = createField({
      id: `player-${i}`,
      label: i === 0 ? 'Your name' : `Player ${i + 1}’s name`,
      value: draft.players[i] ?? '',
      attrs: { autocomplete: 'off', maxlength: '40' },
      onInput: (value) => {
        draft.players[i] = value;
        save();
      },
    });
    fields[`player${i}` as NewGameField] = field;
    return field;
  });
  const teamField = createField({
    id: 'team-name',
    label: 'Team name (optional)',
    value: draft.teamName,
    attrs: { autocomplete: 'off', maxlength: '50' },
    onInput: (value) => {
      draft.teamName = value;
      save();
    },
  });
  fields.teamName = teamField;
  const personaGroup = radioGroup(
    'Your bot colleague',
    'persona',
    Object.values(BOT_PERSONAS).map((p) => ({
      value: p.id,
      label: `${p.sales.name} / ${p.ops.name}`,
      hint: p.label,
    })),
    draft.persona,
    (value) => {
      draft.persona = value as BotPersonaId;
      save();
    },
  );

  // Scenario or session.
  const sourceGroup = radioGroup(
    'Game settings come from',
    'source',
    [
      {
        value: 'builtin',
        label: 'A built-in scenario',
        hint: 'Choose the scenario, length and seed yourselves.',
      },
      {
        value: 'session',
        label: 'A session code',
        hint: 'Your instructor’s code sets everything but the names.',
      },
    ],
    draft.source,
    (value) => {
      draft.source = value as NewGameDraft['source'];
      save();
      syncVisibility();
    },
  );
  const scenarioGroup = radioGroup(
    'Scenario',
    'scenario',
    BUILTIN_SCENARIOS.map((s) => ({
      value: s.id,
      label: s.name,
      hint: `${s.goal} Difficulty: ${scenarioDifficulty(s.id) || 'not rated'}. Suggested length: ${s.suggestedRounds} rounds.`,
    })),
    draft.scenarioId,
    (value) => {
      draft.scenarioId = value;
      showGuidedNote();
      const scenario = getScenario(value);
      if (scenario) {
        draft.rounds = String(scenario.suggestedRounds);
        roundsField.input.value = draft.rounds;
      }
      save();
    },
  );
  // Steady start teaches the game with coach marks (see guided-tour.ts): say so while it is chosen.
  const guidedText = h('span', { attrs: { tabindex: '-1' } });
  const guideAgain = button(
    'Guide me again',
    () => {
      resetGuidedTour();
      showGuidedNote();
      guidedText.focus();
    },
    'btn btn-quiet',
  );
  const guidedNote = h('p', { className: 'note guided-note', attrs: { 'aria-live': 'polite' } }, [
    guidedText,
    ' ',
    guideAgain,
  ]);
  function showGuidedNote(): void {
    const guided = draft.scenarioId === STEADY_START_SCENARIO_ID;
    const over = guidedTourOver();
    guidedNote.hidden = !guided;
    guideAgain.hidden = !over;
    guidedText.textContent = !guided
      ? ''
      : over
        ? 'You have done the guided first game.'
        : 'Includes a guided first game (you can skip it).';
  }
  showGuidedNote();
  const sessionField = createField({
    id: 'session-code',
    label: 'Session code',
    value: draft.sessionCode,
    hint: 'Paste the code or the link your instructor shared.',
    attrs: { autocomplete: 'off', spellcheck: 'false' },
    onInput: (value) => {
      draft.sessionCode = value;
      save();
      showSessionPreview();
    },
  });
  fields.sessionCode = sessionField;
  const sessionPreview = h('p', {
    className: 'session-preview',
    attrs: { id: 'session-preview', 'aria-live': 'polite' },
  });

  /** A text field bound to one draft entry: typing saves the draft; errors show next to it. */
  const draftField = (
    key: 'rounds' | 'rotateEvery' | 'seed',
    options: Omit<FieldOptions, 'value' | 'onInput'>,
  ) => {
    const field = createField({
      ...options,
      value: draft[key],
      onInput: (value) => {
        draft[key] = value;
        save();
      },
    });
    fields[key] = field;
    return field;
  };
  const roundsField = draftField('rounds', {
    id: 'rounds',
    label: `Rounds (${MIN_ROUNDS}–${MAX_ROUNDS})`,
    attrs: { inputmode: 'numeric', autocomplete: 'off' },
  });
  const rotateField = draftField('rotateEvery', {
    id: 'rotate-every',
    label: 'Swap roles every N rounds',
    hint: '1 = every round (recommended).',
    attrs: { inputmode: 'numeric', autocomplete: 'off' },
  });
  const seedField = draftField('seed', {
    id: 'seed',
    label: 'Seed',
    hint: 'The same scenario and seed give every team the same world.',
    attrs: { autocomplete: 'off', spellcheck: 'false', maxlength: '40' },
  });
  const newSeed = button('New random seed', () => {
    draft.seed = ctx.randomSeed();
    seedField.input.value = draft.seed;
    seedField.setError(null);
    save();
  });
  fields.scenarioId = scenarioGroup;

  const formError = h('div', { className: 'form-error', attrs: { role: 'alert', id: 'new-game-errors' } });
  const builtinSection = h('div', { className: 'source-builtin' }, [
    scenarioGroup.element,
    guidedNote,
    h('div', { className: 'field-row' }, [roundsField.element, rotateField.element]),
    h('div', { className: 'field-row seed-row' }, [seedField.element, newSeed]),
  ]);
  const sessionSection = h('div', { className: 'source-session' }, [sessionField.element, sessionPreview]);
  const playersSection = h('fieldset', { className: 'panel' }, [
    h('legend', { text: 'Players' }),
    ...nameFields.map((f) => f.element),
    teamField.element,
  ]);

  const form = h(
    'form',
    { className: 'new-game-form', attrs: { novalidate: '', 'aria-labelledby': 'new-game-heading' } },
    [
      formError,
      replaceNote(store.getState()),
      h('div', { className: 'panel' }, [modeGroup.element]),
      playersSection,
      h('div', { className: 'panel persona-panel' }, [personaGroup.element]),
      h('div', { className: 'panel' }, [sourceGroup.element, builtinSection, sessionSection]),
      h('div', { className: 'actions' }, [
        h('button', {
          className: 'btn btn-primary btn-large',
          text: 'Start game',
          attrs: { type: 'submit' },
        }),
        button('Back to title', () => store.getState().showScreen('title')),
      ]),
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });

  function syncVisibility(): void {
    const slots = nameSlots(draft.mode);
    nameFields.forEach((field, i) => {
      field.element.hidden = i >= slots.shown;
      field.setLabel(
        draft.mode === 'solo' && i === 0
          ? 'Your name'
          : `Player ${i + 1}’s name${i >= slots.required ? ' (optional)' : ''}`,
      );
    });
    teamField.element.hidden = draft.mode === 'solo';
    personaGroup.element.closest('.persona-panel')?.toggleAttribute('hidden', draft.mode !== 'solo');
    builtinSection.hidden = draft.source !== 'builtin';
    sessionSection.hidden = draft.source !== 'session';
    if (draft.source === 'session') showSessionPreview();
  }

  function showSessionPreview(): void {
    if (draft.sessionCode.trim() === '') {
      sessionField.setError(null);
      sessionPreview.textContent = '';
      return;
    }
    const session = decodeSession(draft.sessionCode);
    if (!session.ok) {
      sessionField.setError(session.error);
      sessionPreview.textContent = '';
      return;
    }
    sessionField.setError(null);
    const s = session.value;
    const scenarioName = s.scenario?.name ?? getScenario(s.scenarioId)?.name ?? s.scenarioId;
    sessionPreview.textContent = `Session “${s.name}”: ${scenarioName}, ${s.rounds} rounds, roles swap every ${
      s.rotateEvery === 1 ? 'round' : `${s.rotateEvery} rounds`
    }. Only your names are left to fill in.`;
  }

  function showErrors(errors: NewGameErrors): void {
    const order: NewGameField[] = [
      'player0',
      'player1',
      'player2',
      'player3',
      'teamName',
      'scenarioId',
      'sessionCode',
      'rounds',
      'rotateEvery',
      'seed',
    ];
    let first: HTMLElement | null = null;
    for (const key of order) {
      const field = fields[key];
      field?.setError(errors[key] ?? null);
      if (errors[key] && !first && field) first = field.input;
    }
    const count = Object.keys(errors).length;
    formError.textContent =
      count === 0 ? '' : `Please fix ${count === 1 ? 'one field' : `${count} fields`} marked below.`;
    first?.focus();
  }

  function submit(): void {
    const checked = validateNewGame(draft, decodeSession);
    if (!checked.ok) {
      showErrors(checked.error);
      return;
    }
    showErrors({});
    const started = store.getState().startGame(checked.value);
    if (!started.ok) formError.textContent = started.error;
  }

  syncVisibility();
  save();
  const element = h(
    'section',
    { className: 'screen new-game-screen', attrs: { 'aria-labelledby': 'new-game-heading' } },
    [Object.assign(heading('New game'), { id: 'new-game-heading' }), form],
  );
  return { element, destroy: () => {} };
}

/** A reminder that starting replaces the game in progress (it stays resumable until then). */
function replaceNote(state: { saved: SavedGame | null; game: GameState | null }): HTMLElement | null {
  const { saved, game } = state;
  if (!saved || !game || game.phase === 'finished') return null;
  return h('p', {
    className: 'notice',
    text: `Starting a new game replaces your game in progress (${saved.meta.teamName}, month ${game.month} of ${game.settings.rounds}). Go back to the title and press Continue to keep playing it.`,
  });
}
