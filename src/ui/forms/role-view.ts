/** What one role may see, as the forms read it: the engine's RoleView (src/engine/views.ts), re-exported so the forms import it from one place. */
export type { RoleView } from '../../engine/views';
