/** Numbers a live player typed but has not submitted yet, kept on the device for their session and seat, so a
 * closed tab, a locked phone or a dropped network never loses them. The draft itself is the offline game's
 * TurnDraft (role, month, text as typed), checked by its schema on load. One draft per device at a time. */
import * as v from 'valibot';
import { type TurnDraft, TurnDraftSchema } from '../store/turn-draft';
import type { KeyValueStorage } from './membership';

/** Whose draft it is: one player in one session. */
export interface DraftOwner {
  joinCode: string;
  playerId: string;
}

/** The storage key of the device's live turn draft. */
export const LIVE_DRAFT_KEY = 'sop-arena-live-draft';

const SavedSchema = v.object({
  joinCode: v.pipe(v.string(), v.maxLength(64)),
  playerId: v.pipe(v.string(), v.maxLength(200)),
  draft: TurnDraftSchema,
});

/** The draft this player typed in this session, or null (none, someone else's, or damaged). */
export function loadLiveDraft(storage: KeyValueStorage | null, owner: DraftOwner): TurnDraft | null {
  try {
    const raw = storage?.getItem(LIVE_DRAFT_KEY);
    if (!raw) return null;
    const parsed = v.safeParse(SavedSchema, JSON.parse(raw));
    if (!parsed.success) return null;
    const saved = parsed.output;
    return saved.joinCode === owner.joinCode && saved.playerId === owner.playerId
      ? (saved.draft as TurnDraft)
      : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the device refused to store it (private mode, full). */
export function saveLiveDraft(storage: KeyValueStorage | null, owner: DraftOwner, draft: TurnDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LIVE_DRAFT_KEY, JSON.stringify({ ...owner, draft }));
    return true;
  } catch {
    return false;
  }
}

/** Drops the draft once its turn was submitted. */
export function clearLiveDraft(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(LIVE_DRAFT_KEY);
  } catch {
    /* nothing to clear */
  }
}
