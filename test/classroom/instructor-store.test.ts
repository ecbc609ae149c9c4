import { describe, expect, it } from 'vitest';
import { encodeSessionCode } from '../../src/engine/codes';
import { CURRENT_SESSION_KEY } from '../../src/ui/instructor/collection';
import { createInstructorStore } from '../../src/ui/instructor/store';
import { slicedVerify } from '../../src/ui/instructor/verifier';
import { codeOf, finishedRecord, SESSION_A } from './fixtures';

/** A Map-backed Storage. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const make = (storage = memoryStorage()) =>
  createInstructorStore({ storage, verify: slicedVerify, newSeed: () => 'seed-x' });

describe('the instructor store', () => {
  it('creates a session from its form, or keeps the problems next to the fields', () => {
    const store = make();
    expect(store.getState().createSession()).toBe('name');
    expect(store.getState().sessionErrors.name).toMatch(/Give the session a name/);
    store.getState().editSessionForm({ name: 'Class A' });
    expect(store.getState().sessionErrors).toEqual({});
    expect(store.getState().createSession()).toBeNull();
    expect(store.getState().session?.config).toMatchObject({ name: 'Class A', seed: 'seed-x' });
  });

  it('accounts for every pasted line: verified, refused, or ignored, and keeps the labels', async () => {
    const store = make();
    await store.getState().useSession(SESSION_A, encodeSessionCode(SESSION_A));
    const good = codeOf(finishedRecord({ session: SESSION_A, team: 'Owls' }));
    await store.getState().importText(`Hi!\nOwls: ${good}\nSOPR1.broken\n`);
    const { results, ignored, notice } = store.getState();
    expect(results.map((r) => [r.source, r.verification.ok])).toEqual([
      ['paste 1, line 2 (“Owls”)', true],
      ['paste 1, line 3', false],
    ]);
    expect(ignored).toEqual([{ source: 'paste 1, line 1', text: 'Hi!' }]);
    expect(notice).toBe('2 results checked: 1 valid, 1 refused; 1 line ignored (not a code).');
  });

  it('stores results per session and verifies them again when the session is opened later', async () => {
    const storage = memoryStorage();
    const first = make(storage);
    await first.getState().useSession(SESSION_A, encodeSessionCode(SESSION_A));
    await first.getState().importText(codeOf(finishedRecord({ session: SESSION_A })));
    expect(storage.getItem(CURRENT_SESSION_KEY)).toBe(encodeSessionCode(SESSION_A));
    const second = make(storage);
    await second.getState().useSession(SESSION_A, encodeSessionCode(SESSION_A));
    expect(second.getState().results.map((r) => r.verification.ok)).toEqual([true]);
    second.getState().removeResult(second.getState().results[0].id);
    expect(second.getState().results).toEqual([]);
  });

  it('sorts by a column, flipping the direction on the second choice', () => {
    const store = make();
    store.getState().sortBy('total');
    expect(store.getState().sort).toEqual({ column: 'total', direction: 'descending' });
    store.getState().sortBy('total');
    expect(store.getState().sort).toEqual({ column: 'total', direction: 'ascending' });
  });
});
