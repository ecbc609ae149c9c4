/** Saving to and loading from browser storage: a guarded JSON storage, the save's version and its checks. */
import * as v from 'valibot';
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import type { GameRecord } from '../engine/types';
import { TurnDraftSchema } from './turn-draft';
import type { GameMeta, NewGameDraft, PersistedData, Prefs, RoundProgress, SavedGame, Screen } from './types';

/** The storage key of the save. */
export const SAVE_KEY = 'sop-arena/save';

/** The save format's version; bump it (and extend migrateSave) when PersistedData changes shape. */
export const SAVE_VERSION = 1;

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

/** Lets the store stop writing while a damaged save waits for the player's "Start over". */
export interface SaveGuard {
  blocked: boolean;
}

/** JSON storage over a plain key-value store that never throws: bad JSON becomes a marker, a full or
 * missing storage is ignored (the game goes on, unsaved), and writes pause while guard.blocked. */
export function guardedStorage(raw: StateStorage | null, guard: SaveGuard): PersistStorage<unknown> {
  return {
    getItem(name) {
      let text: string | null;
      try {
        text = raw ? (raw.getItem(name) as string | null) : null;
      } catch {
        return null;
      }
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
      if (guard.blocked || !raw) return;
      try {
        raw.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or forbidden: keep playing without saving.
      }
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

function unreadable(reason: string): StorageValue<UnreadableSave> {
  return { state: { unreadable: reason }, version: SAVE_VERSION };
}

/** Upgrades an older save to SAVE_VERSION, or marks it unreadable (a newer or unknown version). */
export function migrateSave(_persisted: unknown, version: number): unknown {
  if (version > SAVE_VERSION) {
    return {
      unreadable: 'The saved game comes from a newer version of S&OP Arena and cannot be opened here.',
    };
  }
  return {
    unreadable: `The saved game uses an old format (version ${version}) that this version cannot open.`,
  };
}

/** The persisted data checked field by field; a readable reason when something is off. */
export function checkSave(
  value: unknown,
  defaults: PersistedData,
): { ok: true; value: PersistedData } | { ok: false; error: string } {
  if (isUnreadable(value)) return { ok: false, error: value.unreadable };
  if (!isObject(value)) return { ok: false, error: 'The saved game is damaged: it holds no data.' };
  const prefs = checkPrefs(value.prefs, defaults.prefs);
  const screen: Screen = value.screen === 'newGame' || value.screen === 'game' ? value.screen : 'title';
  const draft = isObject(value.draft) ? (value.draft as unknown as NewGameDraft) : null;
  if (value.saved === null || value.saved === undefined)
    return {
      ok: true,
      value: { prefs, saved: null, screen: screen === 'game' ? 'title' : screen, draft, turnDraft: null },
    };
  const saved = checkSavedGame(value.saved);
  if (!saved) return { ok: false, error: 'The saved game is damaged: its record is incomplete.' };
  const turnDraft = v.is(TurnDraftSchema, value.turnDraft) ? value.turnDraft : null;
  return { ok: true, value: { prefs, saved, screen, draft, turnDraft } };
}

function checkPrefs(value: unknown, defaults: Prefs): Prefs {
  if (!isObject(value)) return defaults;
  const pick = (key: keyof Prefs): boolean =>
    typeof value[key] === 'boolean' ? (value[key] as boolean) : defaults[key];
  return {
    sound: pick('sound'),
    reducedMotion: pick('reducedMotion'),
    colourSafe: pick('colourSafe'),
    suggest: pick('suggest'),
    timer: pick('timer'),
  };
}

function checkSavedGame(value: unknown): SavedGame | null {
  if (!isObject(value) || !isObject(value.record) || !isObject(value.meta) || !isObject(value.progress))
    return null;
  const record = value.record as unknown as GameRecord;
  if (!Array.isArray(record.actions) || typeof record.seed !== 'string' || !isObject(record.settings))
    return null;
  const meta = value.meta as unknown as GameMeta;
  if (!['solo', 'pair', 'team'].includes(meta.mode)) return null;
  if (
    !Array.isArray(meta.players) ||
    meta.players.length === 0 ||
    !meta.players.every((p) => typeof p === 'string')
  )
    return null;
  if (typeof meta.teamName !== 'string') return null;
  const progress = value.progress as unknown as RoundProgress;
  if (typeof progress.reportsSeen !== 'number' || !Number.isInteger(progress.reportsSeen)) return null;
  const handoff = progress.handoff;
  if (
    handoff !== null &&
    !(
      isObject(handoff) &&
      typeof handoff.month === 'number' &&
      (handoff.role === 'sales' || handoff.role === 'ops')
    )
  )
    return null;
  return {
    record,
    meta: {
      ...meta,
      persona: meta.persona ?? null,
      suggestAllowed: meta.suggestAllowed !== false,
      timerSeconds: typeof meta.timerSeconds === 'number' ? meta.timerSeconds : null,
    },
    progress: { handoff, reportsSeen: progress.reportsSeen },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
