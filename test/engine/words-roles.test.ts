import { describe, expect, it } from 'vitest';
import { otherRole, ROLE_NAMES } from '../../src/engine/words/roles';

describe('role words', () => {
  it('name each role and give the other one', () => {
    expect(ROLE_NAMES).toEqual({ sales: 'Sales', ops: 'Operations' });
    expect(otherRole('sales')).toBe('ops');
    expect(otherRole('ops')).toBe('sales');
  });
});
