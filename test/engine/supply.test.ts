import { describe, expect, it } from 'vitest';
import { executeMonth } from '../../src/engine/execute';
import { executionState, gadget, opsPlan, shock, tinyScenario, widget } from './fixtures';

const scenario = tinyScenario();
const pair = tinyScenario({}, [widget(), gadget()]);

describe('production', () => {
  it('makes the plan when hours and materials allow it', () => {
    const { report } = executeMonth(executionState(scenario, { ops: opsPlan(scenario, [150, 100, 100]) }));
    const widgetMonth = report.products.widget;
    expect(widgetMonth.started).toBe(150);
    expect(widgetMonth.produced).toBe(150);
    expect(widgetMonth.limitedBy).toBe('none');
    expect(report.hoursUsed).toBe(150);
    expect(report.events.some((e) => e.type === 'productionLimited')).toBe(false);
  });

  it('shares short capacity between products in proportion to their planned hours', () => {
    // widget 150 × 1 h + gadget 200 × 0.5 h = 250 h wanted, 200 h available: each gets 200/250.
    const ops = opsPlan(pair, [150, 0, 0]);
    ops.production.gadget = [200, 0, 0];
    const { report } = executeMonth(executionState(pair, { ops, stock: { materials: 500 } }));
    expect(report.products.widget.started).toBe(120);
    expect(report.products.gadget.started).toBe(160);
    expect(report.products.widget.limitedBy).toBe('capacity');
    expect(report.hoursUsed).toBe(200);
    expect(report.events).toContainEqual({
      type: 'productionLimited',
      product: 'widget',
      by: 'capacity',
      units: 30,
    });
    expect(report.events).toContainEqual({
      type: 'productionLimited',
      product: 'gadget',
      by: 'capacity',
      units: 40,
    });
  });

  it('adds overtime hours to capacity, at most the plant maximum, and charges them', () => {
    const withOvertime = (hours: number) =>
      executeMonth(
        executionState(scenario, {
          ops: opsPlan(scenario, [300, 0, 0], 0, 0, hours),
          stock: { materials: 500 },
        }),
      ).report;
    expect(withOvertime(0).products.widget.started).toBe(200);
    expect(withOvertime(30).products.widget.started).toBe(230);
    const beyond = withOvertime(100);
    expect(beyond.overtimeHours).toBe(40);
    expect(beyond.products.widget.started).toBe(240);
    expect(beyond.finance.overtimeCents).toBe(40 * 5000);
    expect(beyond.capacityHours).toBe(240);
  });

  it('loses capacity in a machine breakdown but still allows overtime', () => {
    const state = executionState(scenario, {
      ops: opsPlan(scenario, [300, 0, 0], 0, 0, 40),
      stock: { materials: 500 },
      shocks: [shock('machineBreakdown', 0.1)],
    });
    const { report } = executeMonth(state);
    expect(report.capacityHours).toBe(180 + 40);
    expect(report.products.widget.started).toBe(220);
  });

  it('loses capacity in a strike and allows no overtime at all', () => {
    const state = executionState(scenario, {
      ops: opsPlan(scenario, [300, 0, 0], 0, 0, 40),
      stock: { materials: 500 },
      shocks: [shock('labourStrike', 0.25)],
    });
    const { report } = executeMonth(state);
    expect(report.overtimeHours).toBe(0);
    expect(report.finance.overtimeCents).toBe(0);
    expect(report.products.widget.started).toBe(150);
  });

  it('cannot start more units than the materials on hand', () => {
    const state = executionState(scenario, { ops: opsPlan(scenario, [150, 0, 0]), stock: { materials: 80 } });
    const { report, stock } = executeMonth(state);
    expect(report.products.widget.started).toBe(80);
    expect(report.products.widget.limitedBy).toBe('materials');
    expect(report.events).toContainEqual({
      type: 'productionLimited',
      product: 'widget',
      by: 'materials',
      units: 70,
    });
    expect(stock.widget.materials).toBe(0);
  });

  it('turns started units into good units by the yield, rounding down', () => {
    const lowYield = tinyScenario({}, [widget({ yield: 0.9 })]);
    const { report } = executeMonth(executionState(lowYield, { ops: opsPlan(lowYield, [155, 0, 0]) }));
    expect(report.products.widget.started).toBe(155);
    expect(report.products.widget.produced).toBe(139); // 155 × 0.9 = 139.5
    expect(report.products.widget.materialsUsed).toBe(155);
  });

  it('loses a further share of the good units in a quality problem', () => {
    const lowYield = tinyScenario({}, [widget({ yield: 0.9 })]);
    const state = executionState(lowYield, {
      ops: opsPlan(lowYield, [150, 0, 0]),
      shocks: [shock('qualityProblem', 0.2)],
    });
    expect(executeMonth(state).report.products.widget.produced).toBe(108); // 150 × 0.9 × 0.8
  });
});

describe('materials', () => {
  it('receives the lots due this month at the start of the month', () => {
    const state = executionState(scenario, {
      stock: {
        materials: 10,
        pipeline: [
          { arrivalMonth: 1, units: 100 },
          { arrivalMonth: 3, units: 40 },
        ],
      },
      ops: opsPlan(scenario, [100, 0, 0]),
    });
    const { report, stock } = executeMonth(state);
    expect(report.products.widget.materialsArrived).toBe(100);
    expect(report.products.widget.started).toBe(100);
    expect(stock.widget.materials).toBe(10);
    expect(stock.widget.pipeline).toEqual([{ arrivalMonth: 3, units: 40 }]);
    expect(report.events).toContainEqual({ type: 'materialsArrived', product: 'widget', units: 100 });
  });

  it('moves the lots due this month one month later in a supplier delay', () => {
    const state = executionState(scenario, {
      stock: {
        materials: 30,
        pipeline: [
          { arrivalMonth: 1, units: 100 },
          { arrivalMonth: 3, units: 40 },
        ],
      },
      ops: opsPlan(scenario, [100, 0, 0]),
      shocks: [shock('supplierDelay', 0.4)],
    });
    const { report, stock } = executeMonth(state);
    expect(report.products.widget.materialsArrived).toBe(0);
    expect(report.products.widget.started).toBe(30);
    expect(stock.widget.pipeline).toContainEqual({ arrivalMonth: 2, units: 100 });
    expect(stock.widget.pipeline).toContainEqual({ arrivalMonth: 3, units: 40 });
    expect(report.events).toContainEqual({ type: 'deliveryDelayed', product: 'widget', units: 100 });
  });

  it('cuts the share of a delivery that a material shortage names, for good', () => {
    const state = executionState(scenario, {
      stock: { materials: 0, pipeline: [{ arrivalMonth: 1, units: 100 }] },
      ops: opsPlan(scenario, [100, 0, 0]),
      shocks: [shock('materialShortage', 0.25)],
    });
    const { report, stock } = executeMonth(state);
    expect(report.products.widget.materialsArrived).toBe(75);
    expect(report.events).toContainEqual({ type: 'deliveryCut', product: 'widget', units: 25 });
    expect(stock.widget.pipeline).toEqual([]);
  });

  it('delivers an expedited order this month', () => {
    const state = executionState(scenario, {
      stock: { materials: 0 },
      ops: opsPlan(scenario, [100, 0, 0], 0, 50),
    });
    const { report } = executeMonth(state);
    expect(report.products.widget.materialsArrived).toBe(50);
    expect(report.products.widget.started).toBe(50);
  });

  it.each([
    [1, 2],
    [2, 3],
    [3, 4],
  ])('puts a regular order with lead time %i on the way to month %i', (leadTimeMonths, arrival) => {
    const s = tinyScenario({ supplier: { leadTimeMonths, expeditePremium: 0.5 } });
    const { stock, report } = executeMonth(executionState(s, { ops: opsPlan(s, [100, 0, 0], 80) }));
    expect(stock.widget.pipeline).toEqual([{ arrivalMonth: arrival, units: 80 }]);
    expect(report.products.widget.materialsArrived).toBe(0);
  });
});
