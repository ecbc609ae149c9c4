/** The intelligence panel: the role's own cards with Share buttons, and the cards the other role shared. */
import { html, type TemplateResult } from 'lit-html';
import type { Scenario } from '../../engine/scenario-types';
import type { Role, Signal } from '../../engine/types';
import { otherRole, ROLE_NAMES } from '../../engine/words/roles';
import { SIGNAL_CAVEAT, SIGNAL_TITLES, signalText } from '../forms/signal-text';

/** What the panel shows: straight from the role's view (what is shared comes from the game, not the panel). */
export interface IntelProps {
  role: Role;
  scenario: Scenario;
  signals: Signal[];
  sharedWithMe: Signal[];
  sharedByMe: string[];
  readOnly?: boolean;
  onShare(signalId: string): void;
}

function card(
  signal: Signal,
  scenario: Scenario,
  from: string | null,
  extra: unknown,
  shared = false,
): TemplateResult {
  return html`<article
    class=${`sopf-card sopf-card--${signal.role === 'sales' ? 'market' : 'supply'}${shared ? ' sopf-card--shared' : ''}`}
  >
    <h3 class="sopf-card-title">${SIGNAL_TITLES[signal.shockType] ?? 'Signal'}</h3>
    <p class="sopf-card-meta">${from ? `From ${from} · ` : ''}about month ${signal.aboutMonth}</p>
    <p class="sopf-card-text">${signalText(signal, scenario)}</p>
    ${extra}
  </article>`;
}

/** Draws the panel; a card's Share button reads "Shared" (disabled) once the game says it is shared. */
export function intelPanel(props: IntelProps): TemplateResult {
  const other = ROLE_NAMES[otherRole(props.role)];
  const shared = new Set(props.sharedByMe);
  return html`<section class="sopf-intel" aria-label="Intelligence" data-coach=${`${props.role}-signals`}>
    <h2 class="sopf-h3">Your intelligence</h2>
    <p class="sopf-note">Only you can see these. Share a card to let ${other} plan for it. ${SIGNAL_CAVEAT}</p>
    <div class="sopf-cards">
      ${
        props.signals.length === 0
          ? html`<p class="sopf-muted">No private intelligence this month.</p>`
          : props.signals.map((signal) => {
              const done = shared.has(signal.id);
              const title = SIGNAL_TITLES[signal.shockType] ?? 'card';
              const button = html`<button
                type="button"
                class="sopf-button sopf-button--small"
                ?disabled=${done || props.readOnly === true}
                @click=${() => {
                  if (!done) props.onShare(signal.id);
                }}
              >
                ${done ? 'Shared' : `Share with ${other}`}<span class="sopf-sr"
                  >: ${title}, month ${signal.aboutMonth}</span
                >
              </button>`;
              return card(signal, props.scenario, null, button, done);
            })
      }
    </div>
    <h2 class="sopf-h3">Shared with you by ${other}</h2>
    <div class="sopf-cards">
      ${
        props.sharedWithMe.length === 0
          ? html`<p class="sopf-muted">${other} has shared nothing with you yet.</p>`
          : props.sharedWithMe.map((signal) => card(signal, props.scenario, ROLE_NAMES[signal.role], null))
      }
    </div>
  </section>`;
}
