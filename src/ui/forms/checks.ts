/** The Operations form's live checks are the engine's own (plant hours, materials): one rule, one home. */
export {
  type CapacityCheck,
  capacityCheck,
  hoursNeeded,
  type MaterialCheck,
  type MaterialContext,
  materialCheck,
} from '../../engine/plan-checks';
