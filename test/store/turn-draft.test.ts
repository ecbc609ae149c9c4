import { describe, expect, it } from 'vitest';
import { defaultSalesPlan } from '../../src/engine';
import { createAppStore } from '../../src/store/app-store';
import { SAVE_KEY } from '../../src/store/persistence';
import { type OpsDraft, type SalesDraft, selectOpsDraft, selectSalesDraft } from '../../src/store/turn-draft';
import { fakeStorage, pairGame as pair } from './fake-storage';

const typedSales: SalesDraft = {
  forecast: { kettle: ['431', '12x', ''] },
  promotion: { kettle: 10 },
  acceptDeals: [],
};

const typedOps: OpsDraft = {
  production: { kettle: ['400', '410', '420'] },
  materialOrder: { kettle: '390' },
  expedite: { kettle: '0' },
  overtimeHours: '12',
};

function salesTurn() {
  const storage = fakeStorage();
  const store = createAppStore({ storage });
  store.getState().startGame(pair);
  store.getState().startRound();
  store.getState().confirmHandoff('sales');
  return { storage, store };
}

describe('the turn being typed', () => {
  it('survives a reload exactly as typed, even numbers that are not valid yet', () => {
    const { storage, store } = salesTurn();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    const reloaded = createAppStore({ storage });
    expect(reloaded.getState().loadProblem).toBeNull();
    expect(selectSalesDraft(reloaded.getState())).toEqual(typedSales);
    expect(selectOpsDraft(reloaded.getState())).toBeNull();
  });

  it('is dropped once the plan is submitted, and the next role starts from its own prefill', () => {
    const { storage, store } = salesTurn();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    expect(store.getState().submitSales(defaultSalesPlan(store.getState().game!)).ok).toBe(true);
    expect(store.getState().turnDraft).toBeNull();
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).state.turnDraft).toBeNull();
    store.getState().confirmHandoff('ops');
    expect(selectOpsDraft(store.getState())).toBeNull();
    store.getState().saveTurnDraft({ role: 'ops', values: typedOps });
    expect(selectOpsDraft(store.getState())).toEqual(typedOps);
  });

  it('is kept when the engine refuses the plan, so the player can correct it', () => {
    const { store } = salesTurn();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    const plan = defaultSalesPlan(store.getState().game!);
    plan.forecast.kettle = [-5, 10, 10];
    expect(store.getState().submitSales(plan).ok).toBe(false);
    expect(selectSalesDraft(store.getState())).toEqual(typedSales);
  });

  it("ignores a draft for a role whose turn it is not, and never shows another month's draft", () => {
    const { store } = salesTurn();
    store.getState().saveTurnDraft({ role: 'ops', values: typedOps });
    expect(store.getState().turnDraft).toBeNull();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    const stale = { ...store.getState().turnDraft!, month: 2 };
    store.setState({ turnDraft: stale });
    expect(selectSalesDraft(store.getState())).toBeNull();
  });

  it('does not carry into a new game or past Start over', () => {
    const { store } = salesTurn();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    store.getState().startGame(pair);
    expect(store.getState().turnDraft).toBeNull();
    store.getState().startRound();
    store.getState().saveTurnDraft({ role: 'sales', values: typedSales });
    store.getState().startOver();
    expect(store.getState().turnDraft).toBeNull();
  });
});

describe('a kept draft that does not fit the game', () => {
  it('is not offered to a form when it misses one of the scenario’s products', () => {
    const { store } = salesTurn();
    store
      .getState()
      .saveTurnDraft({ role: 'sales', values: { ...typedSales, forecast: { other: ['1', '2', '3'] } } });
    expect(selectSalesDraft(store.getState())).toBeNull();
  });
});
