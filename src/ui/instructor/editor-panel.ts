/** Panel 6, the scenario editor: start from a built-in, edit its numbers with each problem shown next to its
 * field, test-play it with the bots, save or load it as a JSON file, and use it in a session. The draft is
 * kept in localStorage; a bad file never replaces it. */
import { BUILTIN_SCENARIOS, getScenario, parseScenarioJson, validateScenario } from '../../engine';
import { MAX_SCENARIO_JSON_CHARS } from '../../engine/scenario-schema';
import type { Scenario } from '../../engine/types';
import { plainMoney } from '../../engine/words/plain';
import { downloadText } from '../download';
import { runBotTest, showBotTest } from './bot-test';
import { SCENARIO_DRAFT_KEY } from './collection';
import { readFileText } from './download';
import {
  allFields,
  type EditorGroup,
  editorGroups,
  getAt,
  pathText,
  problemsByField,
  setAt,
} from './editor-fields';
import { button, clear, el, type Field, field, select } from './el';
import type { InstructorActions } from './store';

type Draft = Record<string, unknown>;

/** A built-in scenario as an editable draft under its own id. */
function draftFrom(scenario: Scenario): Draft {
  const draft = structuredClone(scenario) as unknown as Draft;
  draft.id = `${scenario.id}-custom`.slice(0, 32);
  draft.name = `${scenario.name} (custom)`.slice(0, 60);
  return draft;
}

function loadDraft(): Draft {
  try {
    const stored = JSON.parse(localStorage.getItem(SCENARIO_DRAFT_KEY) ?? 'null');
    if (
      stored &&
      typeof stored === 'object' &&
      Array.isArray(stored.products) &&
      Array.isArray(stored.shocks)
    )
      return stored;
  } catch {
    /* a damaged draft is replaced by a fresh one */
  }
  return draftFrom(BUILTIN_SCENARIOS[0]);
}

/** Builds the editor; `onUse` switches to the session form with the scenario chosen. */
export function editorPanel(
  actions: Pick<InstructorActions, 'useScenario'>,
  announce: (text: string) => void,
  onUse: () => void,
): HTMLElement {
  let draft = loadDraft();
  let fields = new Map<string, Field<HTMLInputElement | HTMLTextAreaElement>>();
  let testRun = 0;
  let groups: EditorGroup[] = [];

  const start = select(BUILTIN_SCENARIOS.map((s) => [s.id, s.name] as const));
  const startField = field('Start from a built-in scenario', start);
  const startButton = button('Start from it', () => {
    const scenario = getScenario(start.value);
    if (!scenario) return;
    draft = draftFrom(scenario);
    rebuild();
    announce(`The editor now holds a copy of “${scenario.name}”.`);
  });
  const loadInput = el('input', {
    attrs: { type: 'file', accept: '.json,application/json', id: 'scenario-load' },
  });
  const loadProblems = el('div', { className: 'ins-problems', attrs: { 'aria-live': 'polite' } });
  loadInput.addEventListener('change', async () => {
    const file = loadInput.files?.[0];
    loadInput.value = '';
    if (!file) return;
    clear(loadProblems);
    const text = await readFileText(file, MAX_SCENARIO_JSON_CHARS);
    const parsed = text.ok ? parseScenarioJson(text.value) : { ok: false as const, error: [text.error] };
    if (!parsed.ok) {
      loadProblems.append(
        el('p', {
          className: 'ins-warn',
          text: `${file.name} was not loaded (your draft is unchanged): ${parsed.error.length} problem${parsed.error.length === 1 ? '' : 's'}.`,
          attrs: { role: 'alert' },
        }),
        el(
          'ul',
          {},
          parsed.error.slice(0, 30).map((p) => el('li', { text: p })),
        ),
      );
      return;
    }
    draft = structuredClone(parsed.value) as unknown as Draft;
    rebuild();
    announce(`Scenario “${parsed.value.name}” loaded from ${file.name}.`);
  });

  const summary = el('div', { className: 'ins-problems', attrs: { 'aria-live': 'polite' } });
  const groupsBox = el('div', { className: 'ins-editor-groups' });
  const testBox = el('div', { className: 'ins-bot-test', attrs: { 'aria-live': 'polite' } });
  const testProgress = el('progress', { attrs: { max: '1', value: '0', 'aria-label': 'Bot games played' } });
  testProgress.hidden = true;

  const validated = () => validateScenario(draft);
  const saveDraft = () => {
    try {
      localStorage.setItem(SCENARIO_DRAFT_KEY, JSON.stringify(draft));
    } catch {
      /* the draft stays in memory; saving a file keeps it for good */
    }
  };
  const check = () => {
    const result = validated();
    const problems = result.ok ? [] : result.error;
    const { byField, general } = problemsByField(problems, allFields(groups));
    for (const [key, f] of fields) f.setError(byField.get(key)?.join('; ') ?? null);
    clear(summary);
    if (problems.length === 0) {
      summary.append(el('p', { className: 'ins-ok', text: 'The scenario is valid.' }));
      return result;
    }
    summary.append(
      el('p', {
        className: 'ins-warn',
        text: `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before the scenario can be used:`,
      }),
    );
    const list = el('ul', {});
    for (const [key, messages] of byField)
      list.append(
        el('li', {}, [
          button(
            `${fields.get(key)?.control.labels?.[0]?.textContent ?? key}: ${messages.join('; ')}`,
            () => fields.get(key)?.control.focus(),
            'ins-link-btn',
          ),
        ]),
      );
    for (const problem of general) list.append(el('li', { text: problem }));
    summary.append(list);
    return result;
  };

  const groupElement = (group: EditorGroup, nested = false): HTMLElement =>
    el('fieldset', { className: nested ? 'ins-fieldset ins-season' : 'ins-fieldset' }, [
      el('legend', { text: group.title }),
      el(
        'div',
        { className: nested ? 'ins-grid ins-grid-months' : 'ins-grid' },
        group.fields.map((f) => {
          const value = getAt(draft, f.path);
          const control =
            f.kind === 'textarea'
              ? el('textarea', { attrs: { rows: '3' } })
              : el('input', {
                  attrs: {
                    type: f.kind === 'number' ? 'number' : 'text',
                    step: 'any',
                    inputmode: f.kind === 'number' ? 'decimal' : undefined,
                  },
                });
          control.value = value === undefined || value === null || Number.isNaN(value) ? '' : String(value);
          control.addEventListener('input', () => {
            setAt(
              draft,
              f.path,
              f.kind === 'number'
                ? control.value.trim() === ''
                  ? Number.NaN
                  : Number(control.value)
                : control.value,
            );
            saveDraft();
            scheduleCheck();
            if (testBox.childElementCount) testBox.classList.add('is-stale');
          });
          // A money field is typed in cents: its hint says the amount in euros as it is typed (6000 → €60.00).
          const cents = f.kind === 'number' && /Cents/.test(String(f.path[f.path.length - 1]));
          const made = field(
            f.label,
            control,
            cents ? centsHint(control.value) : f.hint,
            f.kind === 'textarea' ? 'ins-field ins-field-wide' : 'ins-field',
          );
          if (cents) {
            const hint = made.element.querySelector('.ins-hint');
            control.addEventListener('input', () => {
              if (hint) hint.textContent = centsHint(control.value);
            });
          }
          fields.set(pathText(f.path), made);
          return made.element;
        }),
      ),
      ...(group.groups ?? []).map((g) => groupElement(g, true)),
    ]);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleCheck = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  };
  const rebuild = () => {
    testRun += 1;
    fields = new Map();
    clear(groupsBox);
    clear(testBox);
    testProgress.hidden = true;
    saveDraft();
    groups = editorGroups(draft as unknown as Scenario);
    groupsBox.append(...groups.map((g) => groupElement(g)));
    check();
  };

  const testButton = button('Test-play with bots', async () => {
    const result = check();
    if (!result.ok) {
      announce('Fix the problems listed first: the bots need a valid scenario.');
      return;
    }
    const run = ++testRun;
    testButton.disabled = true;
    clear(testBox);
    testBox.classList.remove('is-stale');
    testProgress.hidden = false;
    testBox.append(el('p', { text: 'Playing every bot pair over ten seeds…' }));
    const results = await runBotTest(
      result.value,
      (done, total) => {
        testProgress.max = total;
        testProgress.value = done;
      },
      () => run !== testRun,
    );
    testButton.disabled = false;
    testProgress.hidden = true;
    if (!results) return;
    showBotTest(testBox, result.value, results);
    announce('Bot test finished: the expected score range is shown.');
  });
  const saveButton = button('Save as JSON file', () => {
    const result = check();
    if (!result.ok) {
      announce('Fix the problems listed first: only a valid scenario is saved.');
      return;
    }
    downloadText(`${result.value.id}.json`, `${JSON.stringify(result.value, null, 2)}\n`, 'application/json');
    announce(`Saved as ${result.value.id}.json.`);
  });
  const useButton = button(
    'Use in session',
    () => {
      const result = check();
      if (!result.ok) {
        announce('Fix the problems listed first: a session needs a valid scenario.');
        return;
      }
      actions.useScenario(result.value);
      onUse();
      announce(`“${result.value.name}” is chosen in the session form.`);
    },
    'ins-btn ins-btn-primary',
  );

  rebuild();
  return el('div', { className: 'ins-editor' }, [
    el('div', { className: 'ins-row ins-row-end' }, [
      startField.element,
      startButton,
      el('div', { className: 'ins-file-pick' }, [
        el('label', { className: 'ins-btn', text: 'Load a JSON file…', attrs: { for: 'scenario-load' } }),
        loadInput,
      ]),
    ]),
    loadProblems,
    summary,
    el('div', { className: 'ins-actions' }, [testButton, saveButton, useButton, testProgress]),
    testBox,
    groupsBox,
  ]);
}

/** The euros a cents field holds, for its hint: "6000" → "= €60.00"; anything else → a reminder of the unit. */
function centsHint(text: string): string {
  const cents = Number(text);
  return text.trim() !== '' && Number.isInteger(cents)
    ? `= €${plainMoney(cents)}`
    : 'in cents: 6000 is €60.00';
}
