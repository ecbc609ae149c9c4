/** The inline editor for a role's one revision in the consensus meeting, reusing the Sales or Operations inputs. */
import type { Scenario } from '../../engine/scenario-types';
import type { OpsPlan, ProductStock, Role, SalesPlan } from '../../engine/types';
import { el, listen } from './dom';
import { createErrorSummary } from './error-summary';
import { createOpsFields } from './ops-fields';
import { createSalesFields } from './sales-fields';
import { roleName } from './signal-cards';
import { lenientOpsPlan, lenientSalesPlan, validateOpsDraft, validateSalesDraft } from './validate';

/** A saved revision, tagged by role. */
export type Revision = { role: 'sales'; plan: SalesPlan } | { role: 'ops'; plan: OpsPlan };

/** How the editor is built. */
export interface RevisionEditorOptions {
  role: Role;
  idPrefix: string;
  scenario: Scenario;
  month: number;
  stock: Record<string, ProductStock>;
  salesPlan: SalesPlan;
  opsPlan: OpsPlan;
  /** Called while typing with the plans as they would be (invalid fields count as 0), for a live projection. */
  onPreview(sales: SalesPlan, ops: OpsPlan): void;
  onSave(revision: Revision): void;
  onCancel(): void;
}

/** A mounted revision editor. */
export interface RevisionEditor {
  element: HTMLElement;
  focusFirst(): void;
  destroy(): void;
}

/** Builds the editor as a <form>: Enter or "Save revision" saves a valid plan; Escape or Cancel closes it. */
export function createRevisionEditor(options: RevisionEditorOptions): RevisionEditor {
  const { scenario, role } = options;
  const cleanups: (() => void)[] = [];
  const summary = createErrorSummary();
  const preview = () => {
    if (role === 'sales' && sales)
      options.onPreview(lenientSalesPlan(sales.readDraft(), scenario), options.opsPlan);
    if (role === 'ops' && ops)
      options.onPreview(options.salesPlan, lenientOpsPlan(ops.readDraft(), scenario));
  };
  const common = { idPrefix: options.idPrefix, scenario, month: options.month, onChange: preview };
  const sales = role === 'sales' ? createSalesFields({ ...common, plan: options.salesPlan }) : null;
  const ops =
    role === 'ops'
      ? createOpsFields({ ...common, plan: options.opsPlan, stock: options.stock, demand: options.salesPlan })
      : null;
  const fields = sales?.fields ?? ops?.fields ?? [];
  const cancel = el('button', { className: 'sopf-button', text: 'Cancel', attrs: { type: 'button' } });
  const titleId = `${options.idPrefix}-revise-title`;
  const form = el(
    'form',
    { className: 'sopf-revision', attrs: { novalidate: '', 'aria-labelledby': titleId } },
    [
      el('h2', {
        className: 'sopf-h3',
        text: `Revise the ${roleName(role)} plan (only once)`,
        attrs: { id: titleId },
      }),
      el('p', {
        className: 'sopf-note',
        text: 'The tables below follow your numbers as you type. Save when the gaps look right.',
      }),
      summary.element,
      sales?.element ?? ops?.element ?? null,
      el('div', { className: 'sopf-actions' }, [
        cancel,
        el('button', {
          className: 'sopf-button sopf-button--primary',
          text: 'Save revision',
          attrs: { type: 'submit' },
        }),
      ]),
    ],
  );

  listen(cancel, 'click', () => options.onCancel(), cleanups);
  listen(
    form,
    'keydown',
    (event) => {
      if (event.key === 'Escape') options.onCancel();
    },
    cleanups,
  );
  listen(
    form,
    'submit',
    (event) => {
      event.preventDefault();
      const result =
        role === 'sales' && sales
          ? mapResult(
              validateSalesDraft(sales.readDraft(), scenario),
              (plan): Revision => ({ role: 'sales', plan }),
            )
          : ops
            ? mapResult(
                validateOpsDraft(ops.readDraft(), scenario),
                (plan): Revision => ({ role: 'ops', plan }),
              )
            : null;
      if (!result) return;
      if (!result.ok) {
        summary.show(result.error, fields);
        summary.element.focus();
        return;
      }
      options.onSave(result.value);
    },
    cleanups,
  );

  return {
    element: form,
    focusFirst() {
      fields[0]?.input.focus();
    },
    destroy() {
      for (const cleanup of cleanups) cleanup();
      sales?.destroy();
      ops?.destroy();
      summary.destroy();
      form.remove();
    },
  };
}

function mapResult<T, U, E>(
  result: { ok: true; value: T } | { ok: false; error: E },
  map: (value: T) => U,
): { ok: true; value: U } | { ok: false; error: E } {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}
