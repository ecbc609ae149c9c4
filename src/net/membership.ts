/** What a device remembers of each live session it joined (its player token, team and name), so a closed
 * tab, a locked phone or a dropped network brings the player back to the same seat. Checked on load. */
import * as v from 'valibot';

/** A device's seat in one live session. */
export interface Membership {
  joinCode: string;
  playerName: string;
  playerToken: string;
  playerId: string;
  teamId: string;
}

/** The storage a membership lives in (window.localStorage, or a stand-in in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The key under which memberships are kept, one entry per join code. */
export const MEMBERSHIP_KEY = 'sop-arena-live-memberships';
/** At most this many sessions are remembered (the oldest is dropped). */
const MAX_REMEMBERED = 8;

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const MembershipSchema = v.object({
  joinCode: text(64),
  playerName: text(60),
  playerToken: text(200),
  playerId: text(200),
  teamId: text(200),
});
const MembershipsSchema = v.pipe(v.array(MembershipSchema), v.maxLength(MAX_REMEMBERED));

/** A join code as typed, normalised: trimmed, upper case, without spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

function readAll(storage: KeyValueStorage | null): Membership[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(MEMBERSHIP_KEY);
    if (!raw) return [];
    const parsed = v.safeParse(MembershipsSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : [];
  } catch {
    return [];
  }
}

function writeAll(storage: KeyValueStorage | null, all: Membership[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(MEMBERSHIP_KEY, JSON.stringify(all.slice(-MAX_REMEMBERED)));
    return true;
  } catch {
    return false;
  }
}

/** The device's seat in the session with this join code, or null (never joined, or the save is damaged). */
export function loadMembership(storage: KeyValueStorage | null, joinCode: string): Membership | null {
  const code = normaliseJoinCode(joinCode);
  return readAll(storage).find((m) => m.joinCode === code) ?? null;
}

/** Remembers (or updates) the device's seat; false when the storage refused (private mode, full). */
export function saveMembership(storage: KeyValueStorage | null, membership: Membership): boolean {
  const code = normaliseJoinCode(membership.joinCode);
  const others = readAll(storage).filter((m) => m.joinCode !== code);
  return writeAll(storage, [...others, { ...membership, joinCode: code }]);
}

/** Forgets the device's seat in one session (the player chose to leave). */
export function forgetMembership(storage: KeyValueStorage | null, joinCode: string): void {
  const code = normaliseJoinCode(joinCode);
  writeAll(
    storage,
    readAll(storage).filter((m) => m.joinCode !== code),
  );
}

/** The seat this device took most recently, or null: a plain live.html (no ?join) goes back to it. */
export function lastMembership(storage: KeyValueStorage | null): Membership | null {
  return readAll(storage).at(-1) ?? null;
}
