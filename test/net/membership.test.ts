import { describe, expect, it } from 'vitest';
import { loadLiveDraft, saveLiveDraft } from '../../src/net/device-drafts';
import {
  forgetMembership,
  lastMembership,
  loadMembership,
  MEMBERSHIP_KEY,
  type Membership,
  normaliseJoinCode,
  saveMembership,
} from '../../src/net/membership';
import { memoryStorage } from './memory-storage';

const seat = (joinCode: string): Membership => ({
  joinCode,
  playerName: 'Ana',
  playerToken: 'token-123456',
  playerId: 'p-1',
  teamId: 'team-1',
});

describe('what a device remembers of its live seats', () => {
  it('reads a join code however it was typed', () => {
    expect(normaliseJoinCode(' hev8x-yj35r ')).toBe('HEV8XYJ35R');
    expect(normaliseJoinCode('HEV8X YJ35R')).toBe('HEV8XYJ35R');
  });

  it('finds a seat by its code in any spelling, and the latest one for a plain page', () => {
    const storage = memoryStorage();
    saveMembership(storage, seat('AAAA-1111'));
    saveMembership(storage, seat('BBBB-2222'));
    expect(loadMembership(storage, 'aaaa1111')?.joinCode).toBe('AAAA1111');
    expect(lastMembership(storage)?.joinCode).toBe('BBBB2222');
    forgetMembership(storage, 'bbbb-2222');
    expect(loadMembership(storage, 'BBBB2222')).toBeNull();
    expect(lastMembership(storage)?.joinCode).toBe('AAAA1111');
  });

  it('keeps the eight most recent sessions', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 10; i++) saveMembership(storage, seat(`CODE0${i}`));
    expect(loadMembership(storage, 'CODE00')).toBeNull();
    expect(loadMembership(storage, 'CODE09')).not.toBeNull();
    expect(JSON.parse(storage.data.get(MEMBERSHIP_KEY) ?? '[]')).toHaveLength(8);
  });

  it('treats a damaged or foreign save as nothing remembered, and says when it cannot save', () => {
    expect(loadMembership(memoryStorage({ [MEMBERSHIP_KEY]: '[{"joinCode":5}]' }), 'X')).toBeNull();
    expect(saveMembership(null, seat('AAAA1111'))).toBe(false);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveMembership(full, seat('AAAA1111'))).toBe(false);
  });
});

describe('the numbers a player typed but has not sent', () => {
  const owner = { joinCode: 'AAAA1111', playerId: 'p-1' };
  const draft = {
    role: 'sales' as const,
    month: 2,
    values: {
      forecast: { kettle: ['1300', '12x', ''] as [string, string, string] },
      promotion: { kettle: 0 as const },
      acceptDeals: [],
    },
  };

  it('come back for the same player in the same session only', () => {
    const storage = memoryStorage();
    expect(saveLiveDraft(storage, owner, draft)).toBe(true);
    expect(loadLiveDraft(storage, owner)).toEqual(draft);
    expect(loadLiveDraft(storage, { ...owner, playerId: 'p-2' })).toBeNull();
    expect(loadLiveDraft(storage, { ...owner, joinCode: 'BBBB2222' })).toBeNull();
  });

  it('are dropped when the save does not match the draft schema', () => {
    const storage = memoryStorage({
      'sop-arena-live-draft': JSON.stringify({ ...owner, draft: { role: 'sales', month: 2 } }),
    });
    expect(loadLiveDraft(storage, owner)).toBeNull();
  });
});
