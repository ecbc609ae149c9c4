import { describe, expect, it } from 'vitest';
import { getScenario, validateScenario } from '../../src/engine';
import {
  allFields,
  editorGroups,
  getAt,
  pathText,
  problemsByField,
  setAt,
} from '../../src/ui/instructor/editor-fields';

const seasonal = getScenario('seasonal-peak')!;

describe('editor fields', () => {
  it('writes paths as validateScenario does', () => {
    expect(pathText(['products', 1, 'priceCents'])).toBe('products[1].priceCents');
    expect(pathText(['products', 0, 'promotionLift', '10'])).toBe('products[0].promotionLift["10"]');
    expect(pathText(['shocks', 2, 'magnitude', 0])).toBe('shocks[2].magnitude[0]');
  });

  it('has a field for every product’s price and twelve seasonality factors, and every shock’s chance', () => {
    const paths = allFields(editorGroups(seasonal)).map((f) => pathText(f.path));
    expect(paths).toContain('products[1].priceCents');
    expect(paths.filter((p) => p.startsWith('products[0].seasonality['))).toHaveLength(12);
    expect(paths.filter((p) => /^shocks\[\d+\]\.probability$/.test(p))).toHaveLength(seasonal.shocks.length);
  });

  it('reads and writes a value by path', () => {
    const draft = structuredClone(seasonal);
    setAt(draft, ['products', 1, 'promotionLift', '20'], 0.9);
    expect(getAt(draft, ['products', 1, 'promotionLift', '20'])).toBe(0.9);
    expect(getAt(draft, ['nothing', 3])).toBeUndefined();
  });

  it('puts each of validateScenario’s problems next to its field', () => {
    const draft = structuredClone(seasonal) as unknown as Record<string, unknown>;
    setAt(draft, ['products', 1, 'priceCents'], 10);
    setAt(draft, ['products', 0, 'seasonality', 3], 9);
    setAt(draft, ['shocks', 0, 'magnitude'], [0.5, 0.2]);
    setAt(draft, ['products', 0, 'promotionLift', '10'], Number.NaN);
    setAt(draft, ['scoring', 'weights'], { alignment: 0, balance: 0, execution: 0 });
    const result = validateScenario(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { byField, general } = problemsByField(result.error, allFields(editorGroups(seasonal)));
    expect(byField.get('products[1].priceCents')?.[0]).toMatch(/more than material plus conversion/);
    expect(byField.get('products[0].seasonality[3]')?.[0]).toMatch(/from 0.1 to 5/);
    expect(byField.get('shocks[0].magnitude[0]')?.[0]).toMatch(/min must not be above max/);
    expect(byField.get('products[0].promotionLift["10"]')?.[0]).toMatch(/number from 0 to 3/);
    expect(byField.get('scoring.weights.alignment')?.[0]).toMatch(/not all be zero/);
    expect(general).toEqual([]);
  });

  it('lists problems with no field of their own as general', () => {
    const { general } = problemsByField(
      ['scenario: too large', 'products[1].id: repeats the id'],
      allFields(editorGroups(seasonal)),
    );
    expect(general).toEqual(['scenario: too large', 'products[1].id: repeats the id']);
  });
});
