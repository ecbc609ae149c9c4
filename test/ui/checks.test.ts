import { describe, expect, it } from 'vitest';
import type { OpsPlan } from '../../src/engine/types';
import { capacityFieldWarning, capacityWarning, materialWarning } from '../../src/ui/forms/check-messages';
import { capacityCheck, materialCheck } from '../../src/ui/forms/checks';
import { scenario } from './fixture';

function plan(
  kettle: [number, number, number],
  toaster: [number, number, number],
  overtimeHours = 0,
): OpsPlan {
  return {
    production: { kettle, toaster },
    materialOrder: { kettle: 0, toaster: 0 },
    expedite: { kettle: 0, toaster: 0 },
    overtimeHours,
  };
}

describe('capacityCheck', () => {
  it('fits: 100 kettles × 0.5 h + 50 toasters × 2 h = 150 h of 200 h', () => {
    const check = capacityCheck(plan([100, 100, 100], [50, 50, 50]), scenario);
    expect(check).toMatchObject({
      hoursNeeded: 150,
      capacityHours: 200,
      availableHours: 200,
      shortHours: 0,
      fits: true,
    });
    expect(capacityWarning(check)).toBeNull();
    expect(capacityFieldWarning(check)).toBeNull();
  });

  it('counts planned overtime: 230 h fits in 200 h + 30 h', () => {
    const check = capacityCheck(plan([100, 0, 0], [90, 0, 0], 30), scenario);
    expect(check.hoursNeeded).toBe(230);
    expect(check.availableHours).toBe(230);
    expect(check.fits).toBe(true);
  });

  it('is short beyond capacity + overtime and says how much overtime would help', () => {
    const check = capacityCheck(plan([101, 0, 0], [100, 0, 0], 10), scenario);
    expect(check.hoursNeeded).toBe(250.5);
    expect(check.shortHours).toBe(40.5);
    expect(check.fits).toBe(false);
    expect(check.overtimeToAdd).toBe(30);
    expect(capacityWarning(check)).toMatch(/make less/);
  });

  it('checks later months against capacity plus all overtime', () => {
    const check = capacityCheck(plan([0, 0, 0], [0, 121, 120]), scenario);
    expect(check.later).toEqual([
      { monthOffset: 1, hoursNeeded: 242, maxHours: 240, shortHours: 2 },
      { monthOffset: 2, hoursNeeded: 240, maxHours: 240, shortHours: 0 },
    ]);
  });
});

describe('materialCheck', () => {
  const stock = {
    kettle: {
      inventory: 0,
      backlog: 0,
      materials: 40,
      pipeline: [
        { arrivalMonth: 3, units: 30 },
        { arrivalMonth: 4, units: 500 },
      ],
    },
    toaster: { inventory: 0, backlog: 0, materials: 100, pipeline: [] },
  };

  it('adds on hand, orders due this month and expedite; later arrivals do not count', () => {
    const p = plan([100, 0, 0], [100, 0, 0]);
    p.expedite.kettle = 10;
    const [kettle, toaster] = materialCheck(p, { month: 3, scenario, stock });
    expect(kettle).toMatchObject({
      onHand: 40,
      arriving: 30,
      expedite: 10,
      available: 80,
      needed: 100,
      shortUnits: 20,
      fits: false,
    });
    expect(toaster).toMatchObject({ available: 100, shortUnits: 0, fits: true });
    expect(materialWarning(kettle, 'kettles')).toBe(
      'Materials for only 80 kettles (20 short). Expedite or plan less.',
    );
  });

  it('never counts this month’s order, even at a lead time of zero: execution receives it next month', () => {
    const p = plan([100, 0, 0], [0, 0, 0]);
    p.materialOrder.kettle = 60;
    const sameMonth = { ...scenario, supplier: { ...scenario.supplier, leadTimeMonths: 0 } };
    expect(materialCheck(p, { month: 3, scenario: sameMonth, stock })[0].available).toBe(70);
  });
});
