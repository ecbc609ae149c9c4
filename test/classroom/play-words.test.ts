/** How a record's play conditions read in the instructor's tables, the CSV and the verify command. */
import { describe, expect, it } from 'vitest';
import { aidsText, botText, modeText } from '../../src/engine/classroom';

describe('play conditions in words', () => {
  it('names the mode, and a live game as played on own devices', () => {
    expect(modeText(undefined)).toBe('not recorded');
    expect(modeText({ mode: 'solo', persona: 'textbook', suggestAllowed: true, suggestUsed: 0 })).toBe(
      'Solo with the Textbook planner bot',
    );
    expect(modeText({ mode: 'pair', suggestAllowed: true, suggestUsed: 0 })).toBe('Pair (hot seat)');
    expect(modeText({ mode: 'pair', live: true, suggestAllowed: true, suggestUsed: 0 })).toBe(
      'Live pair (own devices)',
    );
    expect(modeText({ mode: 'team', live: true, suggestAllowed: true, suggestUsed: 0 })).toBe(
      'Live team (own devices)',
    );
    expect(botText({ mode: 'team', live: true, suggestAllowed: true, suggestUsed: 0 })).toBe('—');
  });

  it('says whether Suggest was offered and how often it was used', () => {
    expect(aidsText({ mode: 'pair', live: true, suggestAllowed: true, suggestUsed: 6 })).toBe(
      'Suggest used 6×',
    );
    expect(aidsText({ mode: 'pair', suggestAllowed: true, suggestUsed: 0 })).toBe(
      'Suggest allowed, not used',
    );
    expect(aidsText({ mode: 'pair', suggestAllowed: false, suggestUsed: 0 })).toBe('Suggest off');
    expect(aidsText({ mode: 'pair', suggestAllowed: false, suggestUsed: 2 })).toBe(
      'Suggest off, yet used 2×',
    );
  });
});
