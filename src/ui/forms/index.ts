/** The round's three decision components (Sales turn, Operations turn, consensus meeting) and their plain helpers. Styles: src/ui/forms.css. */
export { type CapacityCheck, capacityCheck, type MaterialCheck, materialCheck } from './checks';
export { type ConsensusViewOptions, createConsensusView } from './consensus-view';
export { formatMoney, formatUnits } from './format';
export { createOpsForm, type OpsFormOptions } from './ops-form';
export { type PlanProjection, projectPlan } from './projection';
export type { RoleView } from './role-view';
export { createSalesForm, type SalesFormOptions } from './sales-form';
export { SIGNAL_CAVEAT, signalText } from './signal-text';
export { type FieldError, parseWholeNumber, validateOpsDraft, validateSalesDraft } from './validate';
