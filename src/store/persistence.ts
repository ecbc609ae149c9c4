/** Saving to and loading from browser storage: a guarded JSON storage for the game, the preferences under their
 * own key, the save's version, and what a failed write means (storage full, or no storage at all). */
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { checkPrefs } from './prefs';
import type { Prefs, StorageProblem } from './types';

/** The storage key of the game save (the record, the step, the drafts). */
export const SAVE_KEY = 'sop-arena/save';

/** The storage key of the preferences, apart from the game so a damaged save never costs them. */
export const PREFS_KEY = 'sop-arena/prefs';

/** The save format's version; bump it (and extend migrateSave) when the saved data changes shape. */
export const SAVE_VERSION = 2;

/** A save that could not be understood: carried through persist to the merge step, which reports it. */
export interface UnreadableSave {
  unreadable: string;
}

/** Whether storage gave back an unreadable-save marker. */
export function isUnreadable(value: unknown): value is UnreadableSave {
  return (
    typeof value === 'object' && value !== null && typeof (value as UnreadableSave).unreadable === 'string'
  );
}

/** What a write to storage did. */
export type WriteOutcome = 'saved' | StorageProblem;

/** Lets the store stop writing while a damaged save waits for the player's "Start over", and hear how writes went. */
export interface SaveGuard {
  blocked: boolean;
  onWrite(outcome: WriteOutcome): void;
}

/** Writes one text under `key`; a full storage (QuotaExceededError) and a forbidden one are told apart. */
export function writeText(raw: StateStorage | null, key: string, text: string): WriteOutcome {
  if (!raw) return 'unavailable';
  try {
    raw.setItem(key, text);
    return 'saved';
  } catch (error) {
    return isQuotaExceeded(error) ? 'full' : 'unavailable';
  }
}

function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and Safari: QuotaExceededError (legacy code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** JSON storage over a plain key-value store that never throws: bad JSON becomes a marker, each write's outcome
 * goes to guard.onWrite (a full storage is reported, not ignored), and writes pause while guard.blocked. */
export function guardedStorage(raw: StateStorage | null, guard: SaveGuard): PersistStorage<unknown> {
  return {
    getItem(name) {
      const text = readText(raw, name);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) {
          return unreadable('The saved game is damaged: it is not a save of this game.');
        }
        const version = (parsed as { version?: unknown }).version;
        if (typeof version !== 'number') return unreadable('The saved game is damaged: it has no version.');
        return parsed as StorageValue<unknown>;
      } catch {
        return unreadable('The saved game is damaged and cannot be read.');
      }
    },
    setItem(name, value) {
      if (guard.blocked) return;
      guard.onWrite(writeText(raw, name, JSON.stringify(value)));
    },
    removeItem(name) {
      try {
        raw?.removeItem(name);
      } catch {
        // Nothing to remove.
      }
    },
  };
}

function readText(raw: StateStorage | null, key: string): string | null {
  try {
    return raw ? (raw.getItem(key) as string | null) : null;
  } catch {
    return null;
  }
}

function unreadable(reason: string): StorageValue<UnreadableSave> {
  return { state: { unreadable: reason }, version: SAVE_VERSION };
}

/** Upgrades an older save to SAVE_VERSION (version 1 held the preferences too), or marks it unreadable. */
export function migrateSave(persisted: unknown, version: number): unknown {
  if (version > SAVE_VERSION) {
    return {
      unreadable: 'The saved game comes from a newer version of S&OP Arena and cannot be opened here.',
    };
  }
  if (version === 1 && typeof persisted === 'object' && persisted !== null) {
    const { prefs: _movedToTheirOwnKey, ...game } = persisted as Record<string, unknown>;
    return game;
  }
  return {
    unreadable: `The saved game uses an old format (version ${version}) that this version cannot open.`,
  };
}

/** The saved preferences, checked; before they had their own key they lived in the game save (version 1). */
export function loadPrefs(raw: StateStorage | null, defaults: Prefs): Prefs {
  const own = parseJson(readText(raw, PREFS_KEY));
  if (own !== undefined) return checkPrefs(own, defaults);
  const legacy = parseJson(readText(raw, SAVE_KEY)) as { state?: { prefs?: unknown } } | undefined;
  return checkPrefs(legacy?.state?.prefs, defaults);
}

/** Writes the preferences under their own key. */
export function savePrefs(raw: StateStorage | null, prefs: Prefs): WriteOutcome {
  return writeText(raw, PREFS_KEY, JSON.stringify(prefs));
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
