/** Session codes: a class session's settings as short, URL-safe, checksummed text (`SOPS1.…`). */
import type { Result } from '../types';
import { codePrefix, SESSION_CODE, unwrapCode, wrapCode } from './envelope';
import { type SessionConfig, validateSessionConfig } from './session-config';

/** The text a session code starts with. */
export const SESSION_CODE_PREFIX = codePrefix(SESSION_CODE);

/** Optional fields travel in a trailing object under one-letter keys (weights as [a, b, c]). */
const EXTRA_KEYS = {
  weights: 'w',
  suggest: 's',
  timerSeconds: 't',
  scenario: 'c',
  modes: 'm',
  personas: 'p',
} as const;

/** Encodes a session as a code: [name, scenarioId, seed, rounds, rotateEvery, extras?] as JSON, deflated
 * only when that is shorter (a built-in scenario gives a code of about 75 characters). Validate the
 * config first (validateSessionConfig): the decoder refuses what the validator refuses. */
export function encodeSessionCode(config: SessionConfig): string {
  const packed: unknown[] = [config.name, config.scenarioId, config.seed, config.rounds, config.rotateEvery];
  const extras: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(EXTRA_KEYS)) {
    const value = config[field as keyof typeof EXTRA_KEYS];
    if (value !== undefined) extras[key] = value;
  }
  const { weights } = config;
  if (weights !== undefined) extras.w = [weights.alignment, weights.balance, weights.execution];
  if (Object.keys(extras).length > 0) packed.push(extras);
  return wrapCode(SESSION_CODE, JSON.stringify(packed));
}

/** Decodes a typed or pasted session code (whitespace ignored) into a validated config, or a sentence
 * saying why it is refused. */
export function decodeSessionCode(text: string): Result<SessionConfig, string> {
  const unwrapped = unwrapCode(SESSION_CODE, text);
  if (!unwrapped.ok) return unwrapped;
  const config = unpackSession(unwrapped.value);
  if (config === null)
    return {
      ok: false,
      error: 'The session code does not hold a session: its content has an unknown layout.',
    };
  const valid = validateSessionConfig(config);
  if (!valid.ok)
    return { ok: false, error: `The session code does not hold a valid session: ${valid.error}.` };
  return valid;
}

function unpackSession(packed: unknown): Record<string, unknown> | null {
  if (!Array.isArray(packed) || packed.length < 5 || packed.length > 6) return null;
  const [name, scenarioId, seed, rounds, rotateEvery, extras] = packed;
  const config: Record<string, unknown> = { name, scenarioId, seed, rounds, rotateEvery };
  if (packed.length === 5) return config;
  if (typeof extras !== 'object' || extras === null || Array.isArray(extras)) return null;
  const known = Object.entries(EXTRA_KEYS);
  const keys = Object.keys(extras);
  if (keys.length === 0 || keys.some((key) => !known.some(([, short]) => short === key))) return null;
  for (const [field, key] of known)
    if (key in extras) config[field] = (extras as Record<string, unknown>)[key];
  const weights = config.weights;
  if (Array.isArray(weights) && weights.length === 3)
    config.weights = { alignment: weights[0], balance: weights[1], execution: weights[2] };
  return config;
}
