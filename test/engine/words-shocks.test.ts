import { describe, expect, it } from 'vitest';
import { SHOCK_TYPES } from '../../src/engine/scenario-types';
import { SHOCK_PHRASES, SHOCK_TITLES } from '../../src/engine/words/shocks';

describe('shock words', () => {
  it('give every shock type a title and a phrase', () => {
    for (const type of SHOCK_TYPES) {
      expect(SHOCK_TITLES[type]).toMatch(/^[A-Z]/);
      expect(SHOCK_PHRASES[type]).toMatch(/^[a-z]/);
    }
    expect(SHOCK_TITLES.machineBreakdown).toBe('Machine breakdown');
    expect(SHOCK_PHRASES.viralSpike).toBe('viral spike in demand');
  });
});
