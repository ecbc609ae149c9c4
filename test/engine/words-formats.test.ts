import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatHours,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatSignedPercent,
} from '../../src/engine/words/formats';

describe('formatCount', () => {
  it('groups thousands and uses a true minus sign', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-40)).toBe('\u221240');
  });

  it('rounds to whole units', () => {
    expect(formatCount(12.6)).toBe('13');
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
  it('shows whole percents with a no-break space, so the sign never starts a line', () => {
    expect(formatPercent(0.5)).toBe('50\u00a0%');
    expect(formatPercent(0.923)).toBe('92 %');
    expect(formatPercent(1.1)).toBe('110 %');
    expect(formatSignedPercent(0.3, -1)).toBe('\u221230 %');
    expect(formatSignedPercent(0.25, 1)).toBe('+25 %');
  });
});

describe('formatQuantity', () => {
  it('uses the singular for one unit', () => {
    expect(formatQuantity(1, 'e-bikes')).toBe('1 e-bike');
    expect(formatQuantity(3, 'e-bikes')).toBe('3 e-bikes');
  });
});

describe('formatHours and formatMoney', () => {
  it('give hours with at most one decimal and money in whole euros with a true minus', () => {
    expect(formatHours(1234.56)).toBe('1,234.6 h');
    expect(formatHours(12)).toBe('12 h');
    expect(formatMoney(123456)).toBe('€1,235');
    expect(formatMoney(-4000)).toBe('\u2212€40');
    expect(formatMoney(-40)).toBe('€0');
  });
});
