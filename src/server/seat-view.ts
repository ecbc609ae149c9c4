/**
 * What one seat may see: the engine's role view (or the team's shared picture for an observer), and the
 * month reports with every card id the viewer never held taken out. Never the seed, the world or a
 * teammate's unshared cards.
 */
import { type Attribution, type Cause, roleView, sharedWith } from '../engine';
import { monthAttribution } from '../engine/month-attribution';
import type { GameState, MonthReport, Role } from '../engine/types';
import type { RoleView } from '../engine/views';
import type { ObserverView } from '../net/protocol';

/** Who is looking: a role this month, or an observer. */
export type Viewer = Role | 'observer';

/** Stands in for a card id the viewer may not see (the count still tells the lesson). */
export const HIDDEN_CARD = 'hidden';

/** The month reports and their attributions as one viewer may see them. */
export interface ViewerHistory {
  reports: MonthReport[];
  attributions: Attribution[];
}

const redactedCache = new WeakMap<MonthReport[], Map<Viewer, ViewerHistory>>();

function ownCard(state: GameState, id: string, viewer: Viewer): boolean {
  if (viewer === 'observer') return false;
  return state.world.months.some((m) => m.signals.some((s) => s.id === id && s.role === viewer));
}

function redactReport(state: GameState, report: MonthReport, viewer: Viewer): MonthReport {
  return {
    ...report,
    unsharedSignals: report.unsharedSignals.map((id) => (ownCard(state, id, viewer) ? id : HIDDEN_CARD)),
  };
}

/** A month's lost points and their causes (worked out here: it needs the world), card ids the viewer
 * never held taken out. */
function redactedAttribution(state: GameState, report: MonthReport, viewer: Viewer): Attribution {
  const attribution = monthAttribution(state, report);
  const causes = (list: Cause[]) =>
    list.map((cause) => {
      if (cause.signalId === undefined || ownCard(state, cause.signalId, viewer)) return cause;
      const { signalId: _hidden, ...rest } = cause;
      return rest;
    });
  return {
    alignment: causes(attribution.alignment),
    balance: causes(attribution.balance),
    execution: causes(attribution.execution),
  };
}

/** Every month report so far as `viewer` may see it (memoised per history and viewer). */
export function redactedHistory(state: GameState, viewer: Viewer): ViewerHistory {
  let byViewer = redactedCache.get(state.history);
  if (!byViewer) {
    byViewer = new Map();
    redactedCache.set(state.history, byViewer);
  }
  let list = byViewer.get(viewer);
  if (!list) {
    list = {
      reports: state.history.map((report) => redactReport(state, report, viewer)),
      attributions: state.history.map((report) => redactedAttribution(state, report, viewer)),
    };
    byViewer.set(viewer, list);
  }
  return list;
}

/** The seat's view without its history (sent apart, only when it changes): a role's or an observer's. */
export function seatView(state: GameState, viewer: Viewer): RoleView | ObserverView {
  if (viewer !== 'observer') return { ...roleView(state, viewer), history: [] };
  const shared = [...sharedWith(state, 'sales'), ...sharedWith(state, 'ops')];
  return {
    role: null,
    month: state.month,
    rounds: state.settings.rounds,
    scenario: state.scenario,
    history: [],
    stock: state.stock,
    signals: shared,
    sharedWithMe: [],
    sharedByMe: [],
    dealOffers: [],
    salesPlan: state.plans.sales,
    opsPlan: state.plans.ops,
    bonusCents: 0,
  };
}

/** The role whose move the team is waiting for, if one role alone must act. */
export function pendingRoles(state: GameState): Role[] {
  switch (state.phase) {
    case 'sales':
      return ['sales'];
    case 'ops':
      return ['ops'];
    case 'consensus':
      return (['sales', 'ops'] as const).filter((role) => !state.plans.signedOff[role]);
    default:
      return [];
  }
}
