/** A player's turn: the Sales or Operations form, prefilled, with Suggest (the planner bot) when allowed. */
import { defaultOpsPlan, defaultSalesPlan, OPS_BOTS, roleView, SALES_BOTS } from '../../engine';
import type { Role } from '../../engine/types';
import { ROLE_NAMES } from '../../store/seats';
import { selectOpsDraft, selectSalesDraft } from '../../store/turn-draft';
import type { ActionOutcome } from '../../store/types';
import { h, heading, statusLine } from '../dom';
import { createOpsForm, createSalesForm } from '../forms';
import { monthTitle } from '../present/briefing-model';
import { TURN_SECONDS } from '../present/clock';
import type { ScreenContext, ScreenHandle } from '../screen';
import { createTurnTimer } from '../timer';
import { currentGame, holder } from './game-context';
import { followGuidedTour } from './guided-tour';

const STEP_NAMES: Record<Role, string> = { sales: 'demand review', ops: 'supply review' };

/** Mounts the turn of `role`; the form keeps what was typed when the engine refuses a plan. */
export function turnScreen(ctx: ScreenContext, role: Role): ScreenHandle {
  followGuidedTour(ctx);
  const { store } = ctx;
  const { saved, game } = currentGame(ctx);
  const { prefs } = store.getState();
  const who = holder(saved, game, role);
  const view = roleView(game, role);
  const status = statusLine('status-line error-text');
  const report = (outcome: ActionOutcome) => {
    status.textContent = outcome.ok ? '' : outcome.error.message;
  };
  const suggestOn = prefs.suggest && saved.meta.suggestAllowed;
  const suggested =
    <T>(plan: () => T) =>
    () => {
      store.getState().noteSuggestUsed();
      return plan();
    };
  const form =
    role === 'sales'
      ? createSalesForm({
          view,
          initial: defaultSalesPlan(game),
          draft: selectSalesDraft(store.getState()),
          onDraftChange: (values) => store.getState().saveTurnDraft({ role: 'sales', values }),
          suggestion: suggestOn
            ? suggested(() => SALES_BOTS.planner(roleView(game, 'sales')).plan)
            : undefined,
          onShare: (id) => report(store.getState().share('sales', id)),
          onSubmit: (plan) => report(store.getState().submitSales(plan)),
          submitLabel: 'Submit the demand plan',
          labelledBy: 'turn-heading',
        })
      : createOpsForm({
          view,
          initial: defaultOpsPlan(game),
          draft: selectOpsDraft(store.getState()),
          onDraftChange: (values) => store.getState().saveTurnDraft({ role: 'ops', values }),
          suggestion: suggestOn ? suggested(() => OPS_BOTS.planner(roleView(game, 'ops')).plan) : undefined,
          onShare: (id) => report(store.getState().share('ops', id)),
          onSubmit: (plan) => report(store.getState().submitOps(plan)),
          submitLabel: 'Submit the supply plan',
          labelledBy: 'turn-heading',
        });
  const timerSeconds = saved.meta.timerSeconds ?? (prefs.timer ? TURN_SECONDS : null);
  const timer = timerSeconds ? createTurnTimer(timerSeconds) : null;
  const you = saved.meta.mode === 'solo' ? 'you are' : `${who.name} is`;
  const element = h(
    'section',
    { className: `screen turn-screen turn-${role}`, attrs: { 'aria-labelledby': 'turn-heading' } },
    [
      h('div', { className: 'screen-top' }, [
        Object.assign(heading(`${ROLE_NAMES[role]} · ${STEP_NAMES[role]}`), { id: 'turn-heading' }),
        timer?.element ?? null,
      ]),
      h('p', { className: 'lead', text: `${monthTitle(game)}: ${you} ${ROLE_NAMES[role]}.` }),
      status,
      form.element,
    ],
  );
  return {
    element,
    destroy: () => {
      timer?.destroy();
      form.destroy();
    },
  };
}
