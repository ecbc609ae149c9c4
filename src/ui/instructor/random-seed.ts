/** Random seeds for new sessions, from the browser's cryptographic generator. */
import { seedFromBytes } from './session-form';

/** A new random seed of 8 easy-to-read characters. */
export function randomSeed(): string {
  return seedFromBytes(crypto.getRandomValues(new Uint8Array(8)));
}
