/** Panel 1, create a session: the form (with the problem next to each field) and, once created, the code,
 * the students' link and a QR code for the projector, each with a Copy button. */
import { BUILTIN_SCENARIOS } from '../../engine';
import { encodeSessionCode, SESSION_LIMITS, type SessionConfig } from '../../engine/codes';
import type { Scenario } from '../../engine/types';
import { copyText } from './download';
import { button, clear, el, type Field, field, input, select } from './el';
import {
  CUSTOM_SCENARIO,
  defaultsFor,
  readSessionForm,
  type SessionField,
  type SessionFormValues,
  seedFromBytes,
  sessionLink,
} from './session-form';
import type { InstructorStore } from './state';

/** A new random seed from the browser's cryptographic generator. */
export function randomSeed(): string {
  return seedFromBytes(crypto.getRandomValues(new Uint8Array(8)));
}

/** Builds the panel; `onCreate` receives each new session. Returns the panel and a way to pick a custom scenario. */
export function sessionPanel(
  store: InstructorStore,
  announce: (text: string) => void,
  onCreate: (config: SessionConfig, code: string) => void,
): HTMLElement {
  const values: SessionFormValues = defaultsFor(BUILTIN_SCENARIOS[0], randomSeed());
  const fields = {} as Record<SessionField, Field<HTMLInputElement | HTMLSelectElement>>;
  const make = (
    key: SessionField,
    label: string,
    control: HTMLInputElement | HTMLSelectElement,
    hint?: string,
  ) => {
    control.value = values[key];
    control.name = key;
    control.addEventListener('input', () => {
      values[key] = control.value;
      if (submitted) check();
    });
    fields[key] = field(label, control, hint);
    return fields[key].element;
  };
  let submitted = false;

  const scenarioSelect = select([]);
  const fillScenarios = () => {
    const custom = store.getState().customScenario;
    clear(scenarioSelect);
    for (const s of BUILTIN_SCENARIOS)
      scenarioSelect.append(el('option', { text: s.name, attrs: { value: s.id } }));
    if (custom)
      scenarioSelect.append(
        el('option', { text: `Custom: ${custom.name}`, attrs: { value: CUSTOM_SCENARIO } }),
      );
    scenarioSelect.value =
      values.scenario === CUSTOM_SCENARIO && !custom ? BUILTIN_SCENARIOS[0].id : values.scenario;
    values.scenario = scenarioSelect.value;
  };
  const scenarioGoal = el('p', { className: 'ins-hint ins-goal', attrs: { 'aria-live': 'polite' } });
  const chosenScenario = (): Scenario | null =>
    values.scenario === CUSTOM_SCENARIO
      ? store.getState().customScenario
      : (BUILTIN_SCENARIOS.find((s) => s.id === values.scenario) ?? null);
  const applyScenarioDefaults = () => {
    const scenario = chosenScenario();
    scenarioGoal.textContent = scenario ? `Goal: ${scenario.goal}` : '';
    if (!scenario) return;
    const defaults = defaultsFor(scenario, values.seed, values.name);
    for (const key of ['rounds', 'alignment', 'balance', 'execution'] as const) {
      values[key] = defaults[key];
      fields[key].control.value = defaults[key];
    }
  };

  const [minRounds, maxRounds] = SESSION_LIMITS.rounds;
  const num = (min: number, max: number, step = '1') =>
    input({ type: 'number', min: String(min), max: String(max), step, inputmode: 'decimal' });
  const form = el(
    'form',
    { className: 'ins-form', attrs: { novalidate: '', 'aria-labelledby': 'session-form-title' } },
    [
      el('h3', { text: 'Settings', attrs: { id: 'session-form-title' } }),
      make(
        'name',
        'Session name',
        input({ maxlength: String(SESSION_LIMITS.nameMax), autocomplete: 'off' }),
        'Shown to students throughout the game, e.g. "OPS 301 – Monday group".',
      ),
      make('scenario', 'Scenario', scenarioSelect),
      scenarioGoal,
      el('div', { className: 'ins-row' }, [
        make(
          'seed',
          'Seed',
          input({ maxlength: String(SESSION_LIMITS.seedMax), autocomplete: 'off', spellcheck: 'false' }),
          'Same seed, same events for every team.',
        ),
        button(
          'New seed',
          () => {
            values.seed = randomSeed();
            fields.seed.control.value = values.seed;
            if (submitted) check();
          },
          'ins-btn ins-btn-quiet ins-inline-btn',
        ),
      ]),
      el('div', { className: 'ins-row' }, [
        make('rounds', `Rounds (${minRounds}–${maxRounds})`, num(minRounds, maxRounds)),
        make('rotateEvery', 'Swap roles every N rounds', num(1, maxRounds), '1 = every round.'),
      ]),
      el('fieldset', { className: 'ins-fieldset' }, [
        el('legend', { text: 'Score weights (0–100; they are normalised)' }),
        el('div', { className: 'ins-row' }, [
          make('alignment', 'Alignment', num(0, 100, 'any')),
          make('balance', 'Balance', num(0, 100, 'any')),
          make('execution', 'Execution', num(0, 100, 'any')),
        ]),
      ]),
      el('div', { className: 'ins-actions' }, [
        el('button', {
          className: 'ins-btn ins-btn-primary',
          text: 'Create session',
          attrs: { type: 'submit' },
        }),
      ]),
    ],
  );
  scenarioSelect.addEventListener('change', applyScenarioDefaults);

  const output = el('div', { className: 'ins-session-output', attrs: { 'aria-live': 'polite' } });
  output.append(
    el('p', {
      className: 'ins-empty',
      text: 'Fill in the settings and choose Create session: the code, the link and a QR code appear here.',
    }),
  );

  const check = () => {
    const { config, errors } = readSessionForm(values, {
      builtIn: BUILTIN_SCENARIOS,
      custom: store.getState().customScenario,
    });
    for (const key of Object.keys(fields) as SessionField[]) fields[key].setError(errors[key] ?? null);
    return { config, errors };
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    const { config, errors } = check();
    if (!config) {
      const first = (Object.keys(fields) as SessionField[]).find((key) => errors[key]);
      if (first) fields[first].control.focus();
      announce('The session was not created: see the fields marked with a problem.');
      return;
    }
    const code = encodeSessionCode(config);
    showSession(output, config, code, announce);
    onCreate(config, code);
    announce(`Session "${config.name}" created. Results are now collected for it.`);
  });

  fillScenarios();
  applyScenarioDefaults();
  store.subscribe((state, previous) => {
    if (state.customScenario === previous.customScenario) return;
    if (state.customScenario) values.scenario = CUSTOM_SCENARIO;
    fillScenarios();
    applyScenarioDefaults();
  });
  const current = store.getState().session;
  if (current) showSession(output, current.config, current.code, announce);

  return el('div', { className: 'ins-two-col' }, [form, output]);
}

/** Shows a session's code, link and QR code with Copy buttons. */
function showSession(
  output: HTMLElement,
  config: SessionConfig,
  code: string,
  announce: (t: string) => void,
) {
  clear(output);
  const link = sessionLink(code, window.location.href);
  const copyRow = (label: string, value: string, id: string) =>
    el('div', { className: 'ins-copy' }, [
      el('label', { text: label, attrs: { for: id } }),
      el('div', { className: 'ins-copy-row' }, [
        el('input', {
          className: 'ins-code',
          attrs: { id, type: 'text', readonly: '', value, spellcheck: 'false' },
        }),
        button(`Copy ${label.toLowerCase()}`, async () => {
          announce(
            (await copyText(value))
              ? `${label} copied.`
              : `Could not copy: select the ${label.toLowerCase()} and copy it by hand.`,
          );
        }),
      ]),
    ]);
  const qrBox = el('div', { className: 'ins-qr' });
  output.append(
    el('h3', { text: `Session: ${config.name}` }),
    el('p', {
      className: 'ins-hint',
      text: `${config.rounds} rounds, roles swap every ${config.rotateEvery === 1 ? 'round' : `${config.rotateEvery} rounds`}, seed “${config.seed}”${config.scenario ? `, custom scenario “${config.scenario.name}”` : ''}.`,
    }),
    copyRow('Session code', code, 'session-code-out'),
    copyRow('Link', link, 'session-link-out'),
    el('p', {}, [
      el('a', {
        text: 'Open the link in a new tab',
        attrs: { href: link, target: '_blank', rel: 'noopener' },
      }),
    ]),
    qrBox,
  );
  const canvas = el('canvas', {
    attrs: { role: 'img', 'aria-label': `QR code of the link to session ${config.name}` },
  });
  const warn = (text: string) => qrBox.append(el('p', { className: 'ins-warn', text }));
  const drawn = () =>
    qrBox.append(
      canvas,
      el('p', { className: 'ins-hint', text: 'Students scan this to open the game in the session.' }),
    );
  const tooLong = () =>
    warn(
      'This link is too long for a QR code (a custom scenario travels inside it): share the link or the code instead.',
    );
  // qrcode is loaded when the first session is created, not with the page.
  import('qrcode').then(
    ({ default: QRCode }) =>
      QRCode.toCanvas(canvas, link, { errorCorrectionLevel: 'M', margin: 2, width: 280 }).then(
        drawn,
        tooLong,
      ),
    () => warn('The QR code could not be loaded: share the link or the code instead.'),
  );
}
