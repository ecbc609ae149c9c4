/** The game's own seat screens (src/ui/seat) fed from the live seat: the turn forms, the consensus meeting,
 * the round report and the end. What the player is typing lives in `SeatEdits`; a turn's draft is also kept on
 * the device until submitted. */

import { html, nothing, type TemplateResult } from 'lit-html';
import { defaultOpsPlan, defaultSalesPlan, OPS_BOTS, SALES_BOTS } from '../../engine';
import { seatBonuses } from '../../engine/debrief';
import type { PlanFrame } from '../../engine/plans';
import type { Role } from '../../engine/types';
import type { RoleView } from '../../engine/views';
import { clearLiveDraft, loadLiveDraft, saveLiveDraft } from '../../net/device-drafts';
import type { LiveState } from '../../net/live-store';
import type { KeyValueStorage } from '../../net/membership';
import type { SeatMessage } from '../../net/protocol';
import type { OpsDraft, SalesDraft } from '../../store/turn-draft';
import {
  consensusView,
  editOf,
  opsTurnEdit,
  opsTurnForm,
  type PlanEdit,
  type RevisionEdit,
  roundReportView,
  salesTurnEdit,
  salesTurnForm,
} from '../seat';
import { type FinishedSlot, finishedView } from './live-finished';
import { historyOf, liveReportModel } from './live-report';

/** Draws the seat screens that carry the game's forms. */
export interface SeatScreens {
  turn(state: LiveState, seat: SeatMessage): TemplateResult;
  consensus(state: LiveState, seat: SeatMessage): TemplateResult;
  report(state: LiveState, seat: SeatMessage): TemplateResult;
  finished(state: LiveState, seat: SeatMessage): TemplateResult;
}

type TurnEdit = { role: 'sales'; edit: PlanEdit<SalesDraft> } | { role: 'ops'; edit: PlanEdit<OpsDraft> };

const ROLE_STEP: Record<Role, string> = { sales: 'Sales · demand review', ops: 'Operations · supply review' };

/** Suggest's numbers for the form, the use told to the server (the record counts it, as offline). */
function suggested<P>(state: LiveState, plan: P): P {
  state.noteSuggest();
  return plan;
}

function planFrame(view: RoleView): PlanFrame {
  return {
    history: view.history,
    scenario: view.scenario,
    month: view.month,
    settings: { rounds: view.rounds },
    plans: { sales: view.salesPlan },
  };
}

/** Creates the screens; `redraw` is called after every keystroke kept here. */
export function createSeatScreens(deps: { storage: KeyValueStorage | null; redraw(): void }): SeatScreens {
  const { storage, redraw } = deps;
  let turn: { key: string; value: TurnEdit } | null = null;
  let revision: { month: number; value: RevisionEdit | null } | null = null;
  const finished: FinishedSlot = { key: '', mounted: null, problem: null };

  function turnEditFor(state: LiveState, seat: SeatMessage, role: Role, view: RoleView): TurnEdit {
    const key = `${seat.month}:${role}`;
    if (turn?.key === key) return turn.value;
    const owner = state.membership
      ? { joinCode: state.membership.joinCode, playerId: state.membership.playerId }
      : null;
    const kept = owner ? loadLiveDraft(storage, owner) : null;
    const mine = kept && kept.month === seat.month && kept.role === role ? kept : null;
    let value: TurnEdit;
    if (mine?.role === 'sales') value = { role: 'sales', edit: editOf(mine.values) };
    else if (mine?.role === 'ops') value = { role: 'ops', edit: editOf(mine.values) };
    else if (role === 'sales') value = { role, edit: salesTurnEdit(defaultSalesPlan(planFrame(view)), view) };
    else value = { role, edit: opsTurnEdit(defaultOpsPlan(planFrame(view)), view) };
    turn = { key, value };
    return value;
  }

  function keep(state: LiveState, seat: SeatMessage, value: TurnEdit): void {
    if (!turn) return;
    turn = { key: turn.key, value };
    const m = state.membership;
    if (m) {
      const draft =
        value.role === 'sales'
          ? { role: 'sales' as const, month: seat.month, values: value.edit.draft }
          : { role: 'ops' as const, month: seat.month, values: value.edit.draft };
      saveLiveDraft(storage, { joinCode: m.joinCode, playerId: m.playerId }, draft);
    }
    redraw();
  }

  const submitted = (ok: boolean) => {
    if (ok) clearLiveDraft(storage);
  };

  return {
    turn(state, seat) {
      const role = seat.myRole;
      if (!role || seat.view.role !== role) return html``;
      const view: RoleView = { ...seat.view, role, history: historyOf(seat, state.history) };
      const current = turnEditFor(state, seat, role, view);
      const heading = html`<h1 class="screen-heading" tabindex="-1" id="turn-heading">${ROLE_STEP[role]}</h1>`;
      const onShare = (signalId: string) => void state.act({ type: 'shareSignal', role, signalId });
      const busy = state.pending > 0;
      // The player's own bonus so far, as in the debrief (from their seat in the rotation).
      const mySeat = seat.players.find((p) => p.role === role)?.seat;
      const bonus = mySeat == null ? undefined : seatBonuses(view.history, seat, mySeat, seat.seatCount);
      if (current.role === 'sales')
        return html`${heading}${salesTurnForm(
          {
            view,
            bonus,
            edit: current.edit,
            labelledBy: 'turn-heading',
            submitLabel: busy ? 'Sending…' : 'Submit the demand plan',
          },
          {
            onEdit: (edit) => keep(state, seat, { role: 'sales', edit }),
            onSubmit: (plan) =>
              void state.act({ type: 'submitSalesPlan', plan }).then((r) => submitted(r.ok)),
            onShare,
            suggestion: seat.suggest ? () => suggested(state, SALES_BOTS.planner(view).plan) : undefined,
          },
        )}`;
      return html`${heading}${opsTurnForm(
        {
          view,
          bonus,
          edit: current.edit,
          labelledBy: 'turn-heading',
          submitLabel: busy ? 'Sending…' : 'Submit the supply plan',
        },
        {
          onEdit: (edit) => keep(state, seat, { role: 'ops', edit }),
          onSubmit: (plan) => void state.act({ type: 'submitOpsPlan', plan }).then((r) => submitted(r.ok)),
          onShare,
          suggestion: seat.suggest ? () => suggested(state, OPS_BOTS.planner(view).plan) : undefined,
        },
      )}`;
    },

    consensus(state, seat) {
      const c = seat.consensus;
      if (!c?.salesPlan || !c.opsPlan) return html`<p>Both plans are needed first.</p>`;
      if (revision?.month !== seat.month) revision = { month: seat.month, value: null };
      const mine = seat.myRole;
      return html`<h1 class="screen-heading" tabindex="-1" id="consensus-heading">Consensus meeting · month ${seat.month}</h1>
        <p class="lead">
          ${mine ? 'Both of you see both plans live. Revise your own plan once if you need to, then sign off.' : 'You advise: follow the meeting and use the chat.'}
        </p>
        ${consensusView(
          {
            scenario: seat.view.scenario,
            stock: seat.view.stock,
            salesPlan: c.salesPlan,
            opsPlan: c.opsPlan,
            revised: c.revisions,
            signedOff: c.signOffs,
            canRevise: { sales: mine === 'sales', ops: mine === 'ops' },
            canSignOff: { sales: mine === 'sales', ops: mine === 'ops' },
            currentRole: mine ?? undefined,
            month: seat.month,
            rounds: seat.view.rounds,
            revision: revision.value,
            labelledBy: 'consensus-heading',
          },
          {
            onRevision: (value) => {
              revision = { month: seat.month, value };
              redraw();
            },
            onRevise: (saved) => {
              revision = { month: seat.month, value: null };
              void state.act(
                saved.role === 'sales'
                  ? { type: 'reviseSalesPlan', plan: saved.plan }
                  : { type: 'reviseOpsPlan', plan: saved.plan },
              );
              redraw();
            },
            onSignOff: (role) => void state.act({ type: 'signOff', role }),
          },
        )}`;
    },

    report(state, seat) {
      const report = seat.lastReport;
      if (!report) return html`<p>The report is on its way.</p>`;
      const last = seat.month >= seat.rounds;
      const held = seat.heldAtMonth !== null && seat.heldAtMonth <= seat.month && !last;
      const canMove = seat.myRole !== null && !held;
      return html`${roundReportView(liveReportModel(seat, report, state.history), {
        nextLabel: last ? 'See the final results' : `Go to month ${seat.month + 1}`,
        onNext: canMove ? () => void state.act({ type: 'nextRound' }) : undefined,
      })}
        ${
          held
            ? html`<p class="notice" role="status">The instructor holds every team after month ${seat.month}; the next month opens when released.</p>`
            : canMove
              ? nothing
              : html`<p class="muted" role="status">The players with a role this month move the team on.</p>`
        }`;
    },

    finished(state, seat) {
      return finishedView(state, seat, finished);
    },
  };
}
