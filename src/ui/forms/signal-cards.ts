/** The intelligence panel: the role's own cards with Share buttons, and the cards the other role shared. */
import type { Scenario } from '../../engine/scenario-types';
import type { Role, Signal } from '../../engine/types';
import { el, listen, srOnly } from './dom';
import { SIGNAL_CAVEAT, SIGNAL_TITLES, signalText } from './signal-text';

/** What the panel shows. */
export interface SignalPanelOptions {
  role: Role;
  scenario: Scenario;
  signals: Signal[];
  sharedWithMe: Signal[];
  sharedByMe: string[];
  onShare(signalId: string): void;
  readOnly?: boolean;
}

/** Display name of a role. */
export function roleName(role: Role): string {
  return role === 'sales' ? 'Sales' : 'Operations';
}

/** Builds the panel; a Share button becomes "Shared" (disabled) as soon as it is pressed. */
export function createSignalPanel(options: SignalPanelOptions): { element: HTMLElement; destroy(): void } {
  const cleanups: (() => void)[] = [];
  const other = roleName(options.role === 'sales' ? 'ops' : 'sales');
  const shared = new Set(options.sharedByMe);
  const own = el('div', { className: 'sopf-cards' });
  for (const signal of options.signals) {
    const card = signalCard(signal, options.scenario, 'own');
    const button = el('button', { className: 'sopf-button sopf-button--small', attrs: { type: 'button' } });
    const setShared = (done: boolean) => {
      button.replaceChildren(
        document.createTextNode(done ? 'Shared' : `Share with ${other}`),
        srOnly(`: ${SIGNAL_TITLES[signal.shockType] ?? 'card'}, month ${signal.aboutMonth}`),
      );
      button.disabled = done || Boolean(options.readOnly);
      card.classList.toggle('sopf-card--shared', done);
    };
    setShared(shared.has(signal.id));
    listen(
      button,
      'click',
      () => {
        if (shared.has(signal.id)) return;
        shared.add(signal.id);
        setShared(true);
        options.onShare(signal.id);
      },
      cleanups,
    );
    card.append(button);
    own.append(card);
  }
  if (options.signals.length === 0)
    own.append(el('p', { className: 'sopf-muted', text: 'No private intelligence this month.' }));

  const theirs = el('div', { className: 'sopf-cards' });
  for (const signal of options.sharedWithMe) theirs.append(signalCard(signal, options.scenario, 'theirs'));
  if (options.sharedWithMe.length === 0) {
    theirs.append(el('p', { className: 'sopf-muted', text: `${other} has shared nothing with you yet.` }));
  }

  const element = el(
    'section',
    {
      className: 'sopf-intel',
      attrs: { 'aria-label': 'Intelligence', 'data-coach': `${options.role}-signals` },
    },
    [
      el('h2', { className: 'sopf-h3', text: 'Your intelligence' }),
      el('p', {
        className: 'sopf-note',
        text: `Only you can see these. Share a card to let ${other} plan for it. ${SIGNAL_CAVEAT}`,
      }),
      own,
      el('h2', { className: 'sopf-h3', text: `Shared with you by ${other}` }),
      theirs,
    ],
  );
  return {
    element,
    destroy() {
      for (const cleanup of cleanups) cleanup();
    },
  };
}

function signalCard(signal: Signal, scenario: Scenario, whose: 'own' | 'theirs'): HTMLElement {
  return el(
    'article',
    { className: `sopf-card sopf-card--${signal.role === 'sales' ? 'market' : 'supply'}` },
    [
      el('h3', { className: 'sopf-card-title', text: SIGNAL_TITLES[signal.shockType] ?? 'Signal' }),
      el('p', {
        className: 'sopf-card-meta',
        text: `${whose === 'theirs' ? `From ${roleName(signal.role)} · ` : ''}about month ${signal.aboutMonth}`,
      }),
      el('p', { className: 'sopf-card-text', text: signalText(signal, scenario) }),
    ],
  );
}
