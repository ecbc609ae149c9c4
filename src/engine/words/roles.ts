/** The two roles in words, and the other one: the one place the game, the engine's messages and the CLI name them. */
import type { Role } from '../types';

/** The role names as players read them. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = { sales: 'Sales', ops: 'Operations' };

/** The role that is not `role` (Sales ↔ Operations). */
export function otherRole(role: Role): Role {
  return role === 'sales' ? 'ops' : 'sales';
}
