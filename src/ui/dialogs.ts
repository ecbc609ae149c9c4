/** The two dialogs reachable from every screen: How to play (with the glossary) and Settings. They open over the
 * current screen, so nothing typed is lost; Escape or Close returns to it. Drawn with lit-html; Settings redraws
 * from the store's preferences. */
import { html, render, type TemplateResult } from 'lit-html';
import type { AppStore } from '../store/app-store';
import type { Prefs } from '../store/types';
import { GLOSSARY, HOW_TO_PLAY } from './glossary';
import { resetGuidedTour } from './screens/guided-tour';

/** An open-able modal dialog. */
export interface Dialog {
  element: HTMLDialogElement;
  open(): void;
  destroy(): void;
}

/** A modal with a heading and Close; `body()` is drawn now and again on every redraw(). */
function modal(id: string, title: string, body: () => TemplateResult): Dialog & { redraw(): void } {
  const headingId = `${id}-heading`;
  let opener: Element | null = null;
  const element = document.createElement('dialog');
  element.className = 'dialog';
  element.id = id;
  element.setAttribute('aria-labelledby', headingId);
  const redraw = () =>
    render(
      html`<div class="dialog-top">
          <h2 id=${headingId}>${title}</h2>
          <button type="button" class="btn dialog-close" @click=${() => element.close()}>Close</button>
        </div>
        <div class="dialog-body">${body()}</div>`,
      element,
    );
  redraw();
  element.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  return {
    element,
    redraw,
    open() {
      opener = document.activeElement;
      if (!element.open) element.showModal();
      element.querySelector<HTMLElement>('.dialog-close')?.focus();
    },
    destroy: () => element.remove(),
  };
}

/** The how-to-play page and glossary. */
export function createHelpDialog(): Dialog {
  return modal(
    'help-dialog',
    'How to play',
    () => html`${HOW_TO_PLAY.map(
      (s) => html`<section>
          <h3>${s.title}</h3>
          ${s.paragraphs.map((p) => html`<p>${p}</p>`)}
        </section>`,
    )}
      <section aria-labelledby="glossary-heading">
        <h3 id="glossary-heading">Glossary</h3>
        <dl class="glossary">${GLOSSARY.map((g) => html`<dt>${g.term}</dt><dd>${g.definition}</dd>`)}</dl>
      </section>`,
  );
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
    hint: 'Fills the form with the planner bot’s plan: a forecast from the season, recent demand and your intelligence cards; production that fits the plant’s hours and the materials you will have, so the form’s checks never flag it. A starting point, not the best answer (a session may switch it off).',
  },
  { key: 'timer', label: 'Round timer', hint: 'A visible countdown on each turn, for classroom play.' },
];

/** The settings: each preference applies at once and is saved; the boxes follow the store. */
export function createSettingsDialog(store: AppStore): Dialog {
  // What the tour's reset button last did (this dialog's own UI state; cleared when the dialog opens).
  let tourStatus = '';
  const dialog = modal(
    'settings-dialog',
    'Settings',
    () => html`<fieldset class="radio-group">
        <legend>Preferences</legend>
        ${PREF_LABELS.map(({ key, label, hint }) => {
          const id = `pref-${key}`;
          return html`<div class="choice">
            <input
              type="checkbox"
              id=${id}
              aria-describedby=${`${id}-hint`}
              .checked=${store.getState().prefs[key]}
              @change=${(event: Event) =>
                store.getState().setPrefs({ [key]: (event.target as HTMLInputElement).checked })}
            /><label for=${id}
              ><span class="choice-label">${label}</span
              ><span class="choice-hint" id=${`${id}-hint`}>${hint}</span></label
            >
          </div>`;
        })}
      </fieldset>
      <section class="settings-tour" aria-labelledby="tour-reset-heading">
        <h3 id="tour-reset-heading">Guided tour</h3>
        <p class="choice-hint" id="tour-reset-hint">
          Tips that point at each field during the first two rounds of Steady start. Once skipped or finished they
          stay hidden until reset.
        </p>
        <button
          type="button"
          class="btn"
          aria-describedby="tour-reset-hint"
          @click=${() => {
            resetGuidedTour();
            tourStatus =
              'Done: the guided tour will show again in the first two rounds of a Steady start game.';
            dialog.redraw();
          }}
        >
          Reset the guided tour
        </button>
        <p class="status-line" role="status" aria-live="polite">${tourStatus}</p>
      </section>`,
  );
  const unsubscribe = store.subscribe(dialog.redraw);
  return {
    element: dialog.element,
    open() {
      tourStatus = '';
      dialog.redraw();
      dialog.open();
    },
    destroy: () => {
      unsubscribe();
      dialog.destroy();
    },
  };
}
