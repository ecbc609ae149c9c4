/** The browser around the app: storage, randomness for seeds, and preferences applied to the page. */
import type { StateStorage } from 'zustand/middleware';
import type { Prefs } from '../store/types';

/** window.localStorage, or null where it is forbidden (private modes, sandboxed frames). Probed by reading only:
 * a full storage is still there to load the save from (the store reports the failed writes). */
export function safeLocalStorage(): StateStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('sop-arena/save');
    return storage;
  } catch {
    return null;
  }
}

/** A random seed of 10 base-36 characters from crypto.getRandomValues (never from the engine). */
export function randomSeed(): string {
  const values = crypto.getRandomValues(new Uint32Array(2));
  return (values[0].toString(36) + values[1].toString(36)).padStart(10, '0').slice(0, 10);
}

/** Reflects the preferences on the page: palette and reduced motion as attributes CSS can use. */
export function applyPrefs(prefs: Prefs): void {
  const root = document.documentElement;
  root.dataset.palette = prefs.colourSafe ? 'safe' : 'classic';
  root.dataset.motion = prefs.reducedMotion ? 'reduced' : 'full';
}
