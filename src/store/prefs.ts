/** The player's preferences: their defaults and how a saved copy is checked (valibot, no casts). */
import * as v from 'valibot';
import type { Prefs } from './types';

/** Preferences before the player changes any. */
export function defaultPrefs(prefersReducedMotion: boolean): Prefs {
  return { sound: true, reducedMotion: prefersReducedMotion, colourSafe: true, suggest: true, timer: false };
}

/** Saved preferences; each one that is missing or not true/false falls back to its default. */
export function checkPrefs(value: unknown, defaults: Prefs): Prefs {
  const flag = (key: keyof Prefs) => v.optional(v.fallback(v.boolean(), defaults[key]), defaults[key]);
  const schema = v.object({
    sound: flag('sound'),
    reducedMotion: flag('reducedMotion'),
    colourSafe: flag('colourSafe'),
    suggest: flag('suggest'),
    timer: flag('timer'),
  });
  return v.parse(v.fallback(schema, defaults), value);
}
