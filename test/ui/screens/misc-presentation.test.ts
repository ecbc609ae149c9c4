import { describe, expect, it } from 'vitest';
import { getScenario } from '../../../src/engine';
import { encodeSessionCode } from '../../../src/engine/codes';
import type { GameEvent, MonthReport } from '../../../src/engine/types';
import { createAppStore } from '../../../src/store/app-store';
import { GLOSSARY, HOW_TO_PLAY } from '../../../src/ui/glossary';
import { headerGameLine } from '../../../src/ui/header';
import { briefingModel, monthTitle } from '../../../src/ui/present/briefing-model';
import { formatClock } from '../../../src/ui/present/clock';
import { eventSentence } from '../../../src/ui/present/events-text';
import { resultFileName, resultFileText } from '../../../src/ui/present/result-file';
import { routeFor } from '../../../src/ui/router';
import { fakeStorage } from '../../store/fake-storage';
import { playedGame } from './played-game';

describe('formatClock', () => {
  it.each([
    [180, '3:00'],
    [65, '1:05'],
    [0, '0:00'],
    [-5, '\u22120:05'],
  ])('%i s → %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});

describe('glossary and how to play', () => {
  it('defines every term the brief lists', () => {
    const terms = GLOSSARY.map((g) => g.term.toLowerCase());
    for (const term of [
      'forecast',
      'demand plan',
      'supply plan',
      'consensus',
      'fill rate',
      'backlog',
      'safety stock',
      'lead time',
      'utilisation',
      'bullwhip',
    ]) {
      expect(terms).toContain(term);
    }
  });

  it('covers the round, the roles, the three scores and the incentives', () => {
    const titles = HOW_TO_PLAY.map((s) => s.title.toLowerCase()).join(' | ');
    for (const word of ['round', 'roles', 'scores', 'incentives']) expect(titles).toContain(word);
  });
});

describe('result file', () => {
  it('makes a safe file name from the team and seed', () => {
    const name = resultFileName({ seed: 'ab/../c', team: { name: 'Ana & <Ben>', players: [] } } as never);
    expect(name).toBe('sop-arena-result-Ana-Ben-abc.json');
  });

  it('writes the record as JSON that reads back equal', () => {
    const record = { format: 1, seed: 's', actions: [{ type: 'startRound' }] };
    expect(JSON.parse(resultFileText(record as never))).toEqual(record);
  });
});

describe('events in plain words', () => {
  const scenario = getScenario('steady-start')!;
  const report = { month: 4, shocks: [] } as unknown as MonthReport;
  it.each<[GameEvent, string | null]>([
    [
      { type: 'productionLimited', product: 'kettle', by: 'materials', units: 120 },
      'Production fell 120 kettles short of plan: not enough materials.',
    ],
    [{ type: 'salesLost', product: 'kettle', units: 1 }, 'Lost sales: 1 kettle (customers stopped waiting).'],
    [{ type: 'ordersShipped', product: 'kettle', units: 900 }, null],
  ])('%j', (event, sentence) => {
    expect(eventSentence(event, report, scenario)).toBe(sentence);
  });
});

describe('briefing', () => {
  const game = playedGame();
  it('titles the month with its calendar name', () => {
    expect(monthTitle({ ...game, month: 1 })).toMatch(/^Month 1 of 6 · [A-Z][a-z]{2}$/);
  });

  it('shows last month’s actuals once a month has been played', () => {
    const model = briefingModel({ ...game, month: 4, history: game.history.slice(0, 3) });
    expect(model.actuals?.caption).toBe("Last month's actuals (month 3)");
    expect(model.actuals?.rows).toHaveLength(game.scenario.products.length);
    expect(model.news.length).toBeGreaterThan(0);
  });
});

describe('routing and the header', () => {
  it('routes to the title without a game and to the step of a game', () => {
    const store = createAppStore({ storage: fakeStorage() });
    expect(routeFor(store.getState()).key).toMatch(/^title:/);
    store.getState().showScreen('game');
    expect(routeFor(store.getState()).key).toMatch(/^title:/);
    store.getState().startGame({
      mode: 'pair',
      players: ['Ana', 'Ben'],
      teamName: 'Team A',
      persona: null,
      sessionCode: encodeSessionCode({
        name: 'Class 7B',
        scenarioId: 'steady-start',
        seed: 'x',
        rounds: 6,
        rotateEvery: 1,
      }),
    });
    expect(routeFor(store.getState()).key).toContain('briefing:1');
    expect(headerGameLine(store.getState())).toBe('Team A · Month 1 of 6 · Sales: Ana · Operations: Ben');
    store.getState().startRound();
    expect(routeFor(store.getState()).key).toContain('handoff:sales:1');
    store.getState().showScreen('newGame');
    expect(routeFor(store.getState()).key).toBe('newGame');
    expect(headerGameLine(store.getState())).toBe('');
  });
});
