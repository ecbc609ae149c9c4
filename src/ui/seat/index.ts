/**
 * Seat screens: the views one player's seat shows, as lit-html templates of plain data plus callbacks.
 * They never read the app store, so the offline game (src/ui/screens) and the live client feed them alike.
 *
 * How to reuse (e.g. the live client):
 *   import { render } from 'lit-html';
 *   import { salesTurnForm, salesTurnEdit } from '../ui/seat';
 *   let edit = salesTurnEdit(view.salesPlan ?? defaultPlan, view);          // typed numbers live in YOUR state
 *   const draw = () => render(salesTurnForm({ view, edit, labelledBy: 'h' }, {
 *     onEdit: (next) => { edit = next; draw(); },                           // redraw synchronously
 *     onSubmit: (plan) => send({ type: 'submitSalesPlan', plan }),
 *     onShare: (signalId) => send({ type: 'shareSignal', role: 'sales', signalId }),
 *   }), container);
 * Call draw() again whenever new data arrives (a "seat" message): lit-html patches only what changed, so focus,
 * scroll position and the numbers being typed survive. The same pattern serves opsTurnForm, consensusView (its
 * open revision is part of the model: keep the RevisionEdit from onRevision), handoffView / waitingView and
 * roundReportView (build its data with roundReportModel). Styles: src/ui/forms.css and src/ui/app.css.
 */
export {
  type ConsensusCallbacks,
  type ConsensusModel,
  consensusView,
  type Revision,
  type RevisionEdit,
  startRevision,
} from './consensus';
export { type HandoffModel, handoffView, waitingView } from './handoff';
export { editOf, type PlanEdit } from './plan-edit';
export {
  type RoundReportCallbacks,
  type RoundReportModel,
  roundReportModel,
  roundReportView,
} from './round-report';
export {
  opsTurnEdit,
  opsTurnForm,
  salesTurnEdit,
  salesTurnForm,
  type TurnFormCallbacks,
  type TurnFormModel,
} from './turn-form';
