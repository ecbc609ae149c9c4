import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatPercent,
  formatSignedPercent,
  formatUnits,
} from '../../src/scenes/format';

describe('formatUnits', () => {
  it('groups thousands and uses a true minus sign', () => {
    expect(formatUnits(0)).toBe('0');
    expect(formatUnits(999)).toBe('999');
    expect(formatUnits(12345)).toBe('12,345');
    expect(formatUnits(1234567)).toBe('1,234,567');
    expect(formatUnits(-40)).toBe('\u221240');
  });

  it('rounds to whole units', () => {
    expect(formatUnits(12.6)).toBe('13');
  });
});

describe('formatChange', () => {
  it('signs every change', () => {
    expect(formatChange(40)).toBe('+40');
    expect(formatChange(-1200)).toBe('\u22121,200');
    expect(formatChange(0)).toBe('\u00b10');
  });
});

describe('percentages', () => {
  it('shows whole percents with a space', () => {
    expect(formatPercent(0.923)).toBe('92 %');
    expect(formatPercent(1.1)).toBe('110 %');
    expect(formatSignedPercent(0.3, -1)).toBe('\u221230 %');
    expect(formatSignedPercent(0.25, 1)).toBe('+25 %');
  });
});

describe('formatCount', () => {
  it('uses the singular for one unit', () => {
    expect(formatCount(1, 'e-bikes')).toBe('1 e-bike');
    expect(formatCount(3, 'e-bikes')).toBe('3 e-bikes');
  });
});
