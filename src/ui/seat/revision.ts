/** The inline editor for a role's one revision in the consensus meeting, reusing the Sales or Operations inputs. */
import { html, type TemplateResult } from 'lit-html';
import { ROLE_NAMES } from '../../engine/words/roles';
import { validateOpsDraft, validateSalesDraft } from '../forms/validate';
import type { ConsensusModel, Revision, RevisionEdit } from './consensus';
import { errorSummary, focusSummary } from './error-summary';
import { opsFieldRefs, opsFields } from './ops-fields';
import { salesFieldRefs, salesFields } from './sales-fields';

/** What the editor reports (the meeting turns these into its own callbacks). */
export interface RevisionCallbacks {
  onRevision(revision: RevisionEdit | null): void;
  onSave(event: Event, revision: Revision): void;
  onCancel(event: Event): void;
}

/** Draws the editor as a <form>: Enter or "Save revision" saves a valid plan; Escape or Cancel closes it. */
export function revisionEditor(
  model: ConsensusModel,
  revision: RevisionEdit,
  cb: RevisionCallbacks,
): TemplateResult {
  const { scenario } = model;
  const { month, rounds } = model;
  const when = { month, rounds };
  const idPrefix = `sopf-revise-${revision.role}`;
  const titleId = `${idPrefix}-title`;
  const refs =
    revision.role === 'sales'
      ? salesFieldRefs(idPrefix, scenario, when)
      : opsFieldRefs(idPrefix, scenario, when);
  const fields =
    revision.role === 'sales'
      ? salesFields({
          idPrefix,
          scenario,
          month,
          rounds,
          edit: revision.edit,
          onEdit: (edit) => cb.onRevision({ role: 'sales', edit }),
        })
      : opsFields({
          idPrefix,
          scenario,
          month,
          rounds,
          stock: model.stock,
          demand: model.salesPlan,
          edit: revision.edit,
          onEdit: (edit) => cb.onRevision({ role: 'ops', edit }),
        });
  const submit = (event: Event) => {
    event.preventDefault();
    if (revision.role === 'sales') {
      const result = validateSalesDraft(revision.edit.draft, scenario, when);
      if (result.ok) return cb.onSave(event, { role: 'sales', plan: result.value });
      cb.onRevision({ role: 'sales', edit: { draft: revision.edit.draft, errors: result.error } });
    } else {
      const result = validateOpsDraft(revision.edit.draft, scenario, when);
      if (result.ok) return cb.onSave(event, { role: 'ops', plan: result.value });
      cb.onRevision({ role: 'ops', edit: { draft: revision.edit.draft, errors: result.error } });
    }
    focusSummary(event.target as HTMLFormElement);
  };
  return html`<form
    class="sopf-revision"
    novalidate
    aria-labelledby=${titleId}
    @submit=${submit}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') cb.onCancel(event);
    }}
  >
    <h2 class="sopf-h3" id=${titleId}>Revise the ${ROLE_NAMES[revision.role]} plan (only once)</h2>
    <p class="sopf-note">The tables below follow your numbers as you type. Save when the gaps look right.</p>
    ${errorSummary(revision.edit.errors, refs)} ${fields}
    <div class="sopf-actions">
      <button type="button" class="sopf-button" @click=${(event: Event) => cb.onCancel(event)}>Cancel</button>
      <button type="submit" class="sopf-button sopf-button--primary">Save revision</button>
    </div>
  </form>`;
}
