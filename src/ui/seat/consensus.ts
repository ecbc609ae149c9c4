/** The consensus meeting as a view of a seat: both plans side by side with projections and gaps; one revision per
 * role (its typed numbers are part of the model); both sign off. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Scenario } from '../../engine/scenario-types';
import type { OpsPlan, ProductStock, Role, SalesPlan } from '../../engine/types';
import { ROLE_NAMES } from '../../engine/words/roles';
import { gapVerdict, horizonEndNote } from '../forms/consensus-words';
import { projectPlan } from '../forms/projection';
import {
  lenientOpsPlan,
  lenientSalesPlan,
  type OpsDraft,
  opsDraftOf,
  type SalesDraft,
  salesDraftOf,
} from '../forms/validate';
import { productTables, totalsTable } from './consensus-tables';
import { editOf, type PlanEdit } from './plan-edit';
import { revisionEditor } from './revision';

/** The revision being typed: whose plan and its edit. */
export type RevisionEdit =
  | { role: 'sales'; edit: PlanEdit<SalesDraft> }
  | { role: 'ops'; edit: PlanEdit<OpsDraft> };

/** A saved revision, tagged by role. */
export type Revision = { role: 'sales'; plan: SalesPlan } | { role: 'ops'; plan: OpsPlan };

/** What the meeting shows. */
export interface ConsensusModel {
  scenario: Scenario;
  stock: Record<string, ProductStock>;
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
  revised: { sales: boolean; ops: boolean };
  signedOff: { sales: boolean; ops: boolean };
  /** Which roles this seat may revise (a bot keeps its plan; a live seat revises only its own). */
  canRevise: { sales: boolean; ops: boolean };
  /** Which roles this seat may sign off for (both on a shared device). */
  canSignOff: { sales: boolean; ops: boolean };
  /** The role at the controls, marked "you". */
  currentRole?: Role;
  /** The current game month, for column headings ("Month 4"). */
  month: number;
  /** The game's length: the tables stop at its last month. */
  rounds: number;
  /** The revision being typed, or null while no editor is open. */
  revision: RevisionEdit | null;
  /** The id of the screen heading that names the meeting; without it the section is named by an aria-label. */
  labelledBy?: string;
}

/** What the meeting reports. Redraw synchronously inside them, so focus can move to what appears. */
export interface ConsensusCallbacks {
  /** An editor opened (startRevision), typed into, or closed (null). */
  onRevision(revision: RevisionEdit | null): void;
  /** A valid revision was saved. */
  onRevise(revision: Revision): void;
  onSignOff(role: Role): void;
}

const ROLES: Role[] = ['sales', 'ops'];

/** The edit a role's revision starts from: its current plan as text. */
export function startRevision(
  role: Role,
  model: Pick<ConsensusModel, 'scenario' | 'salesPlan' | 'opsPlan'>,
): RevisionEdit {
  return role === 'sales'
    ? { role, edit: editOf(salesDraftOf(model.salesPlan, model.scenario)) }
    : { role, edit: editOf(opsDraftOf(model.opsPlan, model.scenario)) };
}

/** The meeting an event happened in (found before a redraw may remove the event's target). */
function meetingOf(event: Event): Element | null {
  return (event.target as Element).closest('.sopf-consensus');
}

function focusIn(meeting: Element | null, selector: string): void {
  meeting?.querySelector<HTMLElement>(selector)?.focus();
}

function rolePanel(model: ConsensusModel, cb: ConsensusCallbacks, role: Role): TemplateResult {
  const name = ROLE_NAMES[role];
  const signed = model.signedOff[role];
  const used = model.revised[role];
  const editing = model.revision?.role === role;
  const status = signed
    ? '✓ Signed off'
    : editing
      ? 'Revising…'
      : used
        ? 'Revised, not signed off yet'
        : 'Not signed off yet';
  return html`<section class=${`sopf-role-panel sopf-role-panel--${role}`}>
    <h2 class="sopf-h3">${name}${model.currentRole === role ? ' (you)' : ''}</h2>
    <p class=${signed ? 'sopf-status sopf-status--done' : 'sopf-status'}>${status}</p>
    <div class="sopf-role-actions">
      <button
        type="button"
        class="sopf-button sopf-revise"
        data-role=${role}
        ?disabled=${used || signed || editing || !model.canRevise[role]}
        @click=${(event: Event) => {
          const meeting = meetingOf(event);
          cb.onRevision(startRevision(role, model));
          focusIn(meeting, '.sopf-revision input');
        }}
      >
        ${used ? 'Revision used' : `Revise ${name} plan`}
      </button>
      <button
        type="button"
        class="sopf-button sopf-button--primary sopf-signoff"
        data-role=${role}
        ?disabled=${signed || editing || !model.canSignOff[role]}
        @click=${(event: Event) => {
          if (signed) return;
          const meeting = meetingOf(event);
          cb.onSignOff(role);
          focusIn(meeting, '.sopf-signoff:not([disabled])');
        }}
      >
        Sign off as ${name}
      </button>
    </div>
  </section>`;
}

/** Draws the meeting. */
export function consensusView(model: ConsensusModel, cb: ConsensusCallbacks): TemplateResult {
  const { scenario, month, rounds, revision } = model;
  const when = { month, rounds };
  const sales =
    revision?.role === 'sales' ? lenientSalesPlan(revision.edit.draft, scenario, when) : model.salesPlan;
  const ops = revision?.role === 'ops' ? lenientOpsPlan(revision.edit.draft, scenario, when) : model.opsPlan;
  const projection = projectPlan({
    scenario,
    stock: model.stock,
    salesPlan: sales,
    opsPlan: ops,
    month,
    rounds,
  });
  const verdict = gapVerdict(projection);
  const label = `Consensus meeting, month ${month}`;
  const end = horizonEndNote(month, rounds);
  return html`<section
    class="sopf sopf-consensus"
    aria-labelledby=${model.labelledBy ?? nothing}
    aria-label=${model.labelledBy ? nothing : label}
  >
    <p class="sopf-intro">
      Both plans side by side. Projected stock is last stock plus production minus the demand plan; a negative
      number is a planned shortage. Each role may revise its own plan once; then both sign off, and the signed
      plan is scored for alignment.${end ? ` ${end}` : ''}
    </p>
    <p class=${verdict.startsWith('The plans agree') ? 'sopf-verdict sopf-verdict--ok' : 'sopf-verdict'} aria-live="polite">
      ${verdictView(verdict)}
    </p>
    <div class="sopf-role-panels" data-coach="consensus-signoff">
      ${ROLES.map((role) => rolePanel(model, cb, role))}
    </div>
    <div class="sopf-editor-slot">
      ${
        revision
          ? revisionEditor(model, revision, {
              onRevision: cb.onRevision,
              onSave: (event, saved) => {
                const meeting = meetingOf(event);
                cb.onRevise(saved);
                cb.onRevision(null);
                focusIn(meeting, `.sopf-signoff[data-role="${saved.role}"]`);
              },
              onCancel: (event) => {
                const meeting = meetingOf(event);
                cb.onRevision(null);
                focusIn(meeting, `.sopf-revise[data-role="${revision.role}"]`);
              },
            })
          : nothing
      }
    </div>
    <div class="sopf-consensus-tables">
      <div data-coach="consensus-gaps">${productTables(scenario, sales, projection, month)}</div>
      <div data-coach="consensus-projection">${totalsTable(projection, month)}</div>
    </div>
  </section>`;
}

/** The meeting's verdict with its first sentence (what to discuss) in bold and the explanation after it in regular
 * weight: a whole paragraph in bold is hard to read. */
function verdictView(verdict: string): TemplateResult {
  const end = verdict.indexOf('. ');
  if (end < 0) return html`<strong>${verdict}</strong>`;
  return html`<strong>${verdict.slice(0, end + 1)}</strong>${verdict.slice(end + 1)}`;
}
