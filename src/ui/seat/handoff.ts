/** Between turns: the hot-seat hand-off ("Pass the device to Ana") and the live seat's "waiting for" line. */
import { html, type TemplateResult } from 'lit-html';
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../engine/words/roles';

/** Who is up next. */
export interface HandoffModel {
  name: string;
  role: Role;
  month: number;
  /** The id given to the heading (the screen's name). */
  headingId?: string;
}

/** The hand-off: private cards stay hidden until the named player presses Ready. */
export function handoffView(model: HandoffModel, cb: { onReady(): void }): TemplateResult {
  const { name, role } = model;
  return html`<h1 class="screen-heading" tabindex="-1" id=${model.headingId ?? 'handoff-heading'}>
      Pass the device to ${name}
    </h1>
    <p class="lead">${name} is ${ROLE_NAMES[role]} this month (month ${model.month}).</p>
    <p>
      ${
        role === 'sales'
          ? 'Sales sees private market intelligence on the next screen. Everyone else, look away until the plan is in.'
          : 'Operations sees the demand plan and private supply intelligence on the next screen. Everyone else, look away until the plan is in.'
      }
    </p>
    <div class="actions">
      <button type="button" class="btn btn-primary btn-large" @click=${() => cb.onReady()}>
        Ready: I am ${name}
      </button>
    </div>`;
}

/** For a seat that is not playing now: whom the team waits for (a polite live region, so it is announced). */
export function waitingView(model: HandoffModel): TemplateResult {
  return html`<h1 class="screen-heading" tabindex="-1" id=${model.headingId ?? 'waiting-heading'}>
      Waiting for ${model.name}
    </h1>
    <p class="lead" role="status" aria-live="polite">
      ${model.name} is planning as ${ROLE_NAMES[model.role]} (month ${model.month}). Your screen moves on by
      itself when the plan is in.
    </p>`;
}
