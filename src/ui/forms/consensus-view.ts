/** The consensus meeting: both plans side by side with projections and gaps; one revision per role; both sign off. */
import type { Scenario } from '../../engine/scenario-types';
import type { OpsPlan, ProductStock, Role, SalesPlan } from '../../engine/types';
import { createProductTables, createTotalsTable, gapVerdict } from './consensus-table';
import { el, listen, nameAttrs, newIdPrefix } from './dom';
import { projectPlan } from './projection';
import { createRevisionEditor, type RevisionEditor } from './revision-editor';
import { roleName } from './signal-cards';

/** What the consensus meeting needs from the app. */
export interface ConsensusViewOptions {
  scenario: Scenario;
  stock: Record<string, ProductStock>;
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
  revised: { sales: boolean; ops: boolean };
  signedOff: { sales: boolean; ops: boolean };
  onReviseSales(plan: SalesPlan): void;
  onReviseOps(plan: OpsPlan): void;
  onSignOff(role: Role): void;
  canRevise: { sales: boolean; ops: boolean };
  /** The role at the controls, marked "you" (both can act: the meeting is held together). */
  currentRole?: Role;
  /** The current game month, for column headings ("Month 4"); without it, "This month", "Next month"… */
  month?: number;
  /** The id of the screen heading that names the meeting; without it the section is named by an aria-label. */
  labelledBy?: string;
}

const ROLES: Role[] = ['sales', 'ops'];

/** Builds the meeting. It keeps its own copy of plans and flags, so it stays right even if the app does not re-mount it. */
export function createConsensusView(options: ConsensusViewOptions): {
  element: HTMLElement;
  destroy(): void;
} {
  const { scenario, month } = options;
  const prefix = newIdPrefix('consensus');
  const panelCleanups: (() => void)[] = [];
  const state = {
    salesPlan: options.salesPlan,
    opsPlan: options.opsPlan,
    revised: { ...options.revised },
    signedOff: { ...options.signedOff },
  };
  let editor: (RevisionEditor & { role: Role }) | null = null;
  const verdict = el('p', { className: 'sopf-verdict', attrs: { 'aria-live': 'polite' } });
  // Stable slots (the tables inside are rebuilt on every preview) so the guided tour can point at them.
  const productSlot = el('div', { attrs: { 'data-coach': 'consensus-gaps' } });
  const totalsSlot = el('div', { attrs: { 'data-coach': 'consensus-projection' } });
  const tables = el('div', { className: 'sopf-consensus-tables' }, [productSlot, totalsSlot]);
  const rolePanels: Record<Role, HTMLElement> = { sales: el('section'), ops: el('section') };
  const editorSlot = el('div', { className: 'sopf-editor-slot' });

  function renderTables(sales = state.salesPlan, ops = state.opsPlan): void {
    const projection = projectPlan({ scenario, stock: options.stock, salesPlan: sales, opsPlan: ops });
    verdict.textContent = gapVerdict(projection);
    verdict.classList.toggle('sopf-verdict--ok', verdict.textContent.startsWith('The plans agree'));
    productSlot.replaceChildren(createProductTables(scenario, sales, projection, month));
    totalsSlot.replaceChildren(createTotalsTable(projection, month));
  }

  function closeEditor(): void {
    editor?.destroy();
    editor = null;
    editorSlot.replaceChildren();
  }

  function openEditor(role: Role): void {
    closeEditor();
    const created = createRevisionEditor({
      role,
      idPrefix: `${prefix}-${role}`,
      scenario,
      month: month ?? 1,
      stock: options.stock,
      salesPlan: state.salesPlan,
      opsPlan: state.opsPlan,
      onPreview: (sales, ops) => renderTables(sales, ops),
      onSave(plan) {
        if (plan.role === 'sales') {
          state.salesPlan = plan.plan;
          options.onReviseSales(plan.plan);
        } else {
          state.opsPlan = plan.plan;
          options.onReviseOps(plan.plan);
        }
        state.revised[role] = true;
        closeEditor();
        renderAll();
        rolePanels[role].querySelector<HTMLButtonElement>('.sopf-signoff')?.focus();
      },
      onCancel() {
        closeEditor();
        renderAll();
        rolePanels[role].querySelector<HTMLButtonElement>('.sopf-revise')?.focus();
      },
    });
    editor = { ...created, role };
    editorSlot.append(created.element);
    renderRolePanels();
    created.focusFirst();
  }

  function renderRolePanels(): void {
    for (const cleanup of panelCleanups.splice(0)) cleanup();
    for (const role of ROLES) rolePanels[role].replaceChildren(...rolePanelContent(role));
  }

  function rolePanelContent(role: Role): HTMLElement[] {
    const name = roleName(role);
    const signed = state.signedOff[role];
    const used = state.revised[role];
    const editing = editor?.role === role;
    const revise = el('button', {
      className: 'sopf-button sopf-revise',
      text: used ? 'Revision used' : `Revise ${name} plan`,
      attrs: { type: 'button' },
    });
    revise.disabled = used || signed || editing || !options.canRevise[role];
    listen(revise, 'click', () => openEditor(role), panelCleanups);
    const signOff = el('button', {
      className: 'sopf-button sopf-button--primary sopf-signoff',
      text: `Sign off as ${name}`,
      attrs: { type: 'button' },
    });
    signOff.disabled = signed || editing;
    listen(
      signOff,
      'click',
      () => {
        if (state.signedOff[role]) return;
        state.signedOff[role] = true;
        options.onSignOff(role);
        renderRolePanels();
        const next = rolePanels[role === 'sales' ? 'ops' : 'sales'].querySelector<HTMLButtonElement>(
          '.sopf-signoff:not([disabled])',
        );
        next?.focus();
      },
      panelCleanups,
    );
    const status = signed
      ? '✓ Signed off'
      : editing
        ? 'Revising…'
        : used
          ? 'Revised, not signed off yet'
          : 'Not signed off yet';
    const you = options.currentRole === role ? ' (you)' : '';
    return [
      el('h2', { className: 'sopf-h3', text: `${name}${you}` }),
      el('p', { className: signed ? 'sopf-status sopf-status--done' : 'sopf-status', text: status }),
      el('div', { className: 'sopf-role-actions' }, [revise, signOff]),
    ];
  }

  function renderAll(): void {
    renderTables();
    renderRolePanels();
  }

  for (const role of ROLES) rolePanels[role].className = `sopf-role-panel sopf-role-panel--${role}`;
  const label = month === undefined ? 'Consensus meeting' : `Consensus meeting, month ${month}`;
  const element = el(
    'section',
    { className: 'sopf sopf-consensus', attrs: nameAttrs(options.labelledBy, label) },
    [
      el('p', {
        className: 'sopf-intro',
        text: 'Both plans side by side. Projected stock is last stock plus production minus the demand plan; a negative number is a planned shortage. Each role may revise its own plan once; then both sign off, and the signed plan is scored for alignment.',
      }),
      verdict,
      el('div', { className: 'sopf-role-panels', attrs: { 'data-coach': 'consensus-signoff' } }, [
        rolePanels.sales,
        rolePanels.ops,
      ]),
      editorSlot,
      tables,
    ],
  );
  renderAll();

  return {
    element,
    destroy() {
      closeEditor();
      for (const cleanup of panelCleanups.splice(0)) cleanup();
      element.remove();
    },
  };
}
