/** The live protocol's shared pieces: room names, size caps, errors, field schemas and message validation. */
import * as v from 'valibot';

/** Colyseus room names. */
export const TEAM_ROOM = 'team';
export const CONSOLE_ROOM = 'console';

/** Size caps and limits, the same for the server's checks and the client's forms. */
export const LIVE_LIMITS = {
  /** Largest message a client may send, in bytes of its JSON (the WebSocket frame cap is a little above). */
  messageBytes: 16 * 1024,
  /** Largest HTTP body, in bytes (a session may carry an inline scenario). */
  httpBodyBytes: 256 * 1024,
  chatChars: 500,
  noticeChars: 500,
  playerNameChars: 40,
  teamNameChars: 40,
  teamSize: [2, 4],
  graceSeconds: [5, 3600],
  timerSeconds: [10, 3600],
  /** Messages per second a connection may send on average, and the burst it may save up. */
  ratePerSecond: 10,
  rateBurst: 30,
  /** Chat lines kept per team and sent on join. */
  chatHistory: 100,
} as const;

// ---- Shared pieces -------------------------------------------------------------------------------

/** Whether the session has started, and whether it is over. */
export type SessionStatus = 'waiting' | 'running' | 'ended';
/** Who forms teams: players create and join them, or only the instructor creates them. */
export type TeamForming = 'players' | 'instructor';

/** An error as a client receives it: a machine code and a sentence a person can act on. */
export interface LiveError {
  code:
    | 'invalid'
    | 'tooLarge'
    | 'rateLimited'
    | 'notYourTurn'
    | 'refused'
    | 'paused'
    | 'held'
    | 'notStarted'
    | 'ended'
    | 'chatOff'
    | 'storage'
    | 'notFound'
    | 'forbidden';
  message: string;
}

/** A trimmed text of min–max characters, its message naming the field. */
export const textField = (min: number, max: number, what: string) => {
  const message = `${what} must be text of ${min} to ${max} characters`;
  return v.pipe(
    v.string(message),
    v.check((s) => s.trim().length >= min && s.length <= max, message),
  );
};
/** A whole number within bounds, its message naming the field. */
export const wholeField = (min: number, max: number, what: string) => {
  const message = `${what} must be a whole number from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, message),
  );
};
/** An id or token: 8–64 URL-safe characters. */
export const tokenField = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a valid token'),
);

// ---- Validation ----------------------------------------------------------------------------------

/** A message's byte size as JSON (what the size cap counts); Infinity when it cannot be measured. */
export function messageBytes(message: unknown): number {
  try {
    const json = JSON.stringify(message);
    return json === undefined ? 0 : new TextEncoder().encode(json).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Checks an untrusted message against its schema and the size cap: the typed value or a LiveError. */
export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; error: LiveError } {
  if (messageBytes(message) > LIVE_LIMITS.messageBytes)
    return {
      ok: false,
      error: { code: 'tooLarge', message: `A message may be at most ${LIVE_LIMITS.messageBytes} bytes.` },
    };
  const parsed = v.safeParse(schema, message);
  if (parsed.success) return { ok: true, value: parsed.output };
  const issue = parsed.issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return {
    ok: false,
    error: { code: 'invalid', message: path ? `${path}: ${issue.message}` : issue.message },
  };
}
