/** The two dialogs reachable from every screen: How to play (with the glossary) and Settings. They open over the
 * current screen, so nothing typed is lost; Escape or Close returns to it. */
import type { AppStore } from '../store/app-store';
import type { Prefs } from '../store/types';
import { button, h, statusLine } from './dom';
import { GLOSSARY, HOW_TO_PLAY } from './glossary';
import { resetGuidedTour } from './screens/guided-tour';

/** An open-able modal dialog. */
export interface Dialog {
  element: HTMLDialogElement;
  open(): void;
  destroy(): void;
}

function modal(id: string, title: string, body: HTMLElement[]): Dialog {
  const headingId = `${id}-heading`;
  let opener: Element | null = null;
  const close = button('Close', () => element.close(), 'btn dialog-close');
  const element = h('dialog', { className: 'dialog', attrs: { id, 'aria-labelledby': headingId } }, [
    h('div', { className: 'dialog-top' }, [h('h2', { text: title, attrs: { id: headingId } }), close]),
    h('div', { className: 'dialog-body' }, body),
  ]);
  element.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  return {
    element,
    open() {
      opener = document.activeElement;
      if (!element.open) element.showModal();
      close.focus();
    },
    destroy: () => element.remove(),
  };
}

/** The how-to-play page and glossary. */
export function createHelpDialog(): Dialog {
  const sections = HOW_TO_PLAY.map((s) =>
    h('section', {}, [h('h3', { text: s.title }), ...s.paragraphs.map((p) => h('p', { text: p }))]),
  );
  const glossary = h('section', { attrs: { 'aria-labelledby': 'glossary-heading' } }, [
    h('h3', { text: 'Glossary', attrs: { id: 'glossary-heading' } }),
    h(
      'dl',
      { className: 'glossary' },
      GLOSSARY.flatMap((g) => [h('dt', { text: g.term }), h('dd', { text: g.definition })]),
    ),
  ]);
  return modal('help-dialog', 'How to play', [...sections, glossary]);
}

const PREF_LABELS: { key: keyof Prefs; label: string; hint: string }[] = [
  { key: 'sound', label: 'Sound', hint: 'Short sounds when a month is played and scored.' },
  {
    key: 'reducedMotion',
    label: 'Reduced motion',
    hint: 'A still picture of each month instead of the animation.',
  },
  {
    key: 'colourSafe',
    label: 'Colour-blind-safe palette',
    hint: 'Colours that stay distinct for every kind of colour vision.',
  },
  {
    key: 'suggest',
    label: 'Suggest button',
    hint: 'Fills a form with the textbook planner’s numbers (a session may switch it off).',
  },
  { key: 'timer', label: 'Round timer', hint: 'A visible countdown on each turn, for classroom play.' },
];

/** The settings: each preference applies at once and is saved. */
export function createSettingsDialog(store: AppStore): Dialog {
  const boxes = PREF_LABELS.map(({ key, label, hint }) => {
    const id = `pref-${key}`;
    const input = h('input', { attrs: { type: 'checkbox', id, 'aria-describedby': `${id}-hint` } });
    input.checked = store.getState().prefs[key];
    input.addEventListener('change', () => store.getState().setPrefs({ [key]: input.checked }));
    return {
      key,
      input,
      element: h('div', { className: 'choice' }, [
        input,
        h('label', { attrs: { for: id } }, [
          h('span', { className: 'choice-label', text: label }),
          h('span', { className: 'choice-hint', text: hint, attrs: { id: `${id}-hint` } }),
        ]),
      ]),
    };
  });
  const tour = guidedTourReset();
  const dialog = modal('settings-dialog', 'Settings', [
    h('fieldset', { className: 'radio-group' }, [
      h('legend', { text: 'Preferences' }),
      ...boxes.map((b) => b.element),
    ]),
    tour.element,
  ]);
  const unsubscribe = store.subscribe((state) => {
    for (const b of boxes) b.input.checked = state.prefs[b.key];
  });
  return {
    ...dialog,
    open() {
      tour.clearStatus();
      dialog.open();
    },
    destroy: () => {
      unsubscribe();
      dialog.destroy();
    },
  };
}

/** The settings' "Reset the guided tour" button with its hint and a status line that says what it did. */
function guidedTourReset(): { element: HTMLElement; clearStatus(): void } {
  const status = statusLine('status-line');
  const reset = button(
    'Reset the guided tour',
    () => {
      resetGuidedTour();
      status.textContent =
        'Done: the guided tour will show again in the first two rounds of a Steady start game.';
    },
    'btn',
    { 'aria-describedby': 'tour-reset-hint' },
  );
  const element = h(
    'section',
    { className: 'settings-tour', attrs: { 'aria-labelledby': 'tour-reset-heading' } },
    [
      h('h3', { text: 'Guided tour', attrs: { id: 'tour-reset-heading' } }),
      h('p', {
        className: 'choice-hint',
        text: 'Tips that point at each field during the first two rounds of Steady start. Once skipped or finished they stay hidden until reset.',
        attrs: { id: 'tour-reset-hint' },
      }),
      reset,
      status,
    ],
  );
  return {
    element,
    clearStatus: () => {
      status.textContent = '';
    },
  };
}
