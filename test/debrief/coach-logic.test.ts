import { describe, expect, it } from 'vitest';
import {
  type CoachStep,
  nextTip,
  parseProgress,
  progressText,
  tourOver,
} from '../../src/ui/debrief/coach-logic';
import { STEADY_START_TOUR } from '../../src/ui/debrief/steady-start-tour';

const steps: CoachStep[] = [
  { selector: '#a', title: 'A', text: '' },
  { selector: '#b', title: 'B', text: '' },
  { selector: '#c', title: 'C', text: '', round: 2 },
];
const on =
  (...ids: string[]) =>
  (s: string) =>
    ids.includes(s);

describe('nextTip', () => {
  it('shows the first unseen tip whose element is on screen', () => {
    expect(nextTip(steps, { seen: [], done: false }, 1, on('#a', '#b'))).toBe(0);
    expect(nextTip(steps, { seen: [0], done: false }, 1, on('#a', '#b'))).toBe(1);
    expect(nextTip(steps, { seen: [], done: false }, 1, on('#b'))).toBe(1);
  });

  it('keeps a later-round tip until its round', () => {
    expect(nextTip(steps, { seen: [0, 1], done: false }, 1, on('#c'))).toBeNull();
    expect(nextTip(steps, { seen: [0, 1], done: false }, 2, on('#c'))).toBe(2);
  });

  it('without a known round, waits for every first-round tip before later ones', () => {
    expect(nextTip(steps, { seen: [0], done: false }, null, on('#c'))).toBeNull();
    expect(nextTip(steps, { seen: [0, 1], done: false }, null, on('#c'))).toBe(2);
  });

  it('shows nothing once the tour is done', () => {
    expect(nextTip(steps, { seen: [], done: true }, 1, on('#a'))).toBeNull();
  });
});

describe('tourOver', () => {
  it('ends when skipped, when every tip is seen, or after the last round', () => {
    expect(tourOver(steps, { seen: [], done: true }, 1, 2)).toBe(true);
    expect(tourOver(steps, { seen: [2, 0, 1], done: false }, 2, 2)).toBe(true);
    expect(tourOver(steps, { seen: [], done: false }, 3, 2)).toBe(true);
    expect(tourOver(steps, { seen: [0], done: false }, 2, 2)).toBe(false);
  });
});

describe('saved progress', () => {
  it('round-trips and treats damage as a fresh start', () => {
    const progress = { seen: [0, 3], done: false };
    expect(parseProgress(progressText(progress))).toEqual(progress);
    expect(parseProgress(null)).toEqual({ seen: [], done: false });
    expect(parseProgress('{not json')).toEqual({ seen: [], done: false });
    expect(parseProgress('{"seen":[1,"x",-2,2.5],"done":"yes"}')).toEqual({ seen: [1], done: false });
  });
});

describe('STEADY_START_TOUR', () => {
  it('points at data-coach attributes on every screen of the first two rounds', () => {
    for (const step of STEADY_START_TOUR) expect(step.selector).toMatch(/^\[data-coach="[a-z-]+"\]$/);
    const names = STEADY_START_TOUR.map((s) => s.selector);
    expect(new Set(names).size).toBe(names.length);
    for (const prefix of ['briefing', 'sales-', 'ops-', 'consensus-', 'report-'])
      expect(names.some((n) => n.includes(`"${prefix}`))).toBe(true);
    expect(STEADY_START_TOUR.some((s) => s.round === 2)).toBe(true);
  });
});
