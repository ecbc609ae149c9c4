/** A player's turn: the Sales or Operations form (src/ui/seat), prefilled, with Suggest (the planner bot) when
 * allowed; drawn from the store: the typed numbers are the store's turn draft (kept across a reload and while the
 * engine refuses a plan), the errors of a refused submit the screen's own. */
import { html } from 'lit-html';
import { defaultOpsPlan, defaultSalesPlan, OPS_BOTS, roleView, SALES_BOTS } from '../../engine';
import { seatBonuses } from '../../engine/debrief';
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../engine/words/roles';
import { seatNames } from '../../store/seats';
import { selectOpsDraft, selectSalesDraft } from '../../store/turn-draft';
import type { ActionOutcome } from '../../store/types';
import type { FieldError } from '../forms/validate';
import { monthTitle } from '../present/briefing-model';
import { TURN_SECONDS } from '../present/clock';
import type { ScreenContext, ScreenHandle } from '../screen';
import { opsTurnEdit, opsTurnForm, type PlanEdit, salesTurnEdit, salesTurnForm } from '../seat';
import { createTurnTimer } from '../timer';
import { gameOf, local, viewScreen } from '../view-screen';
import { currentGame, holder } from './game-context';
import { followGuidedTour } from './guided-tour';

const STEP_NAMES: Record<Role, string> = { sales: 'demand review', ops: 'supply review' };

/** Mounts the turn of `role`. */
export function turnScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  const { store } = ctx;
  const { saved } = currentGame(ctx);
  const timerSeconds = saved.meta.timerSeconds ?? (store.getState().prefs.timer ? TURN_SECONDS : null);
  const timer = timerSeconds ? createTurnTimer(timerSeconds) : null;
  const redraw = () => screen.redraw();
  const status = local('', redraw);
  const errors = local<FieldError[]>([], redraw);
  const report = (outcome: ActionOutcome) => status.set(outcome.ok ? '' : outcome.error.message);
  /** Keeps an edit: its errors here (only when they changed), its typed values in the store. */
  const keep = <Draft>(edit: PlanEdit<Draft>, save: (values: Draft) => void) => {
    if (edit.errors.length !== errors.value.length || edit.errors.some((e, i) => e !== errors.value[i]))
      errors.set(edit.errors);
    save(edit.draft);
  };
  const suggested =
    <T>(plan: () => T) =>
    () => {
      store.getState().noteSuggestUsed();
      return plan();
    };

  const screen = viewScreen(ctx, {
    className: `turn-screen turn-${role}`,
    labelledBy: 'turn-heading',
    view: (state) => {
      const { saved, game } = gameOf(state);
      const view = roleView(game, role);
      const suggestOn = state.prefs.suggest && saved.meta.suggestAllowed;
      const you = saved.meta.mode === 'solo' ? 'you are' : `${holder(saved, game, role).name} is`;
      const { saveTurnDraft, share, submitSales, submitOps } = store.getState();
      const seat = holder(saved, game, role).seat;
      const bonus = seatBonuses(game.history, game, seat, seatNames(saved.meta).length);
      const common = { view, bonus, submitLabel: '', labelledBy: 'turn-heading' };
      const onShare = (id: string) => report(share(role, id));
      const form =
        role === 'sales'
          ? salesTurnForm(
              {
                ...common,
                edit: {
                  draft: selectSalesDraft(state) ?? salesTurnEdit(defaultSalesPlan(game), game).draft,
                  errors: errors.value,
                },
                submitLabel: 'Submit the demand plan',
              },
              {
                onEdit: (edit) => keep(edit, (values) => saveTurnDraft({ role: 'sales', values })),
                onShare,
                onSubmit: (plan) => report(submitSales(plan)),
                suggestion: suggestOn
                  ? suggested(() => SALES_BOTS.planner(roleView(game, 'sales')).plan)
                  : undefined,
              },
            )
          : opsTurnForm(
              {
                ...common,
                edit: {
                  draft: selectOpsDraft(state) ?? opsTurnEdit(defaultOpsPlan(game), game).draft,
                  errors: errors.value,
                },
                submitLabel: 'Submit the supply plan',
              },
              {
                onEdit: (edit) => keep(edit, (values) => saveTurnDraft({ role: 'ops', values })),
                onShare,
                onSubmit: (plan) => report(submitOps(plan)),
                suggestion: suggestOn
                  ? suggested(() => OPS_BOTS.planner(roleView(game, 'ops')).plan)
                  : undefined,
              },
            );
      return html`<div class="screen-top">
          <h1 class="screen-heading" tabindex="-1" id="turn-heading">
            ${ROLE_NAMES[role]} · ${STEP_NAMES[role]}
          </h1>
          ${timer?.element ?? null}
        </div>
        <p class="lead">${monthTitle(game)}: ${you} ${ROLE_NAMES[role]}.</p>
        <p class="status-line error-text" role="status" aria-live="polite">${status.value}</p>
        ${form}`;
    },
    destroy: () => timer?.destroy(),
  });
  return screen;
}
