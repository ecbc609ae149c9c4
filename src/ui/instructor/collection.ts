/** The results collected for one session, kept in
 * localStorage per session, so closing the tab loses nothing. Valid results are stored as result codes and
 * verified again on load; refusals are stored with their reason. */
import {
  findDuplicates,
  type RefusalReason,
  type Verification,
  type VerifyInput,
} from '../../engine/classroom';
import { encodeResultCode, type SessionConfig, sessionId } from '../../engine/codes';

/** One collected input and its verification. */
export interface CollectedResult {
  id: number;
  source: string;
  verification: Verification;
  /** The result code that reproduces it (valid results only). */
  code: string | null;
}

/** What is stored per collected input. */
interface StoredResult {
  source: string;
  code?: string;
  refused?: { reason: RefusalReason; message: string; team?: string };
}

const PREFIX = 'sop-arena.instructor.v1';
/** Where a session's results are stored: by session id, or "open" when results are collected without one. */
export function resultsKey(session: SessionConfig | null): string {
  return `${PREFIX}.results.${session ? sessionId(session) : 'open'}`;
}
/** Where the current session's code is kept. */
export const CURRENT_SESSION_KEY = `${PREFIX}.session`;
/** Where the scenario editor's draft is kept. */
export const SCENARIO_DRAFT_KEY = `${PREFIX}.scenario`;

/** Marks which collected results repeat an earlier valid one (same record content). */
export function duplicatesOf(results: readonly CollectedResult[]): (number | null)[] {
  return findDuplicates(
    results.map((r) => ({ key: r.verification.ok ? r.verification.entry.key : null, item: r })),
  );
}

/** Reads a session's stored results as inputs to verify again, and its stored refusals as they were. */
export function loadStored(
  storage: Storage,
  key: string,
): { inputs: VerifyInput[]; refused: CollectedResult[]; order: ('input' | 'refused')[]; damaged: boolean } {
  const out = {
    inputs: [] as VerifyInput[],
    refused: [] as CollectedResult[],
    order: [] as ('input' | 'refused')[],
    damaged: false,
  };
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(key) ?? '[]');
  } catch {
    return { ...out, damaged: true };
  }
  if (!Array.isArray(stored)) return { ...out, damaged: true };
  for (const item of stored as StoredResult[]) {
    if (typeof item !== 'object' || item === null || typeof item.source !== 'string') {
      out.damaged = true;
      continue;
    }
    if (typeof item.code === 'string') {
      out.inputs.push({ source: item.source, kind: 'code', text: item.code });
      out.order.push('input');
    } else if (item.refused && typeof item.refused.message === 'string') {
      out.refused.push({
        id: 0,
        source: item.source,
        code: null,
        verification: {
          ok: false,
          reason: item.refused.reason,
          message: item.refused.message,
          ...(typeof item.refused.team === 'string' ? { team: item.refused.team } : {}),
        },
      });
      out.order.push('refused');
    } else out.damaged = true;
  }
  return out;
}

/** Puts verified inputs and stored refusals back in their stored order. */
export function mergeInOrder(
  order: readonly ('input' | 'refused')[],
  verified: readonly CollectedResult[],
  refused: readonly CollectedResult[],
): CollectedResult[] {
  let v = 0;
  let r = 0;
  return order.map((kind) => (kind === 'input' ? verified[v++] : refused[r++]));
}

/** localStorage, or a memory stand-in when the browser refuses it (private mode, disabled storage). */
export function safeStorage(): Storage {
  try {
    const storage = window.localStorage;
    storage.getItem(CURRENT_SESSION_KEY);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      get length() {
        return memory.size;
      },
      clear: () => memory.clear(),
      getItem: (key) => memory.get(key) ?? null,
      key: (index) => [...memory.keys()][index] ?? null,
      removeItem: (key) => {
        memory.delete(key);
      },
      setItem: (key, value) => {
        memory.set(key, value);
      },
    };
  }
}

/** Stores a session's results; says so if the browser refuses (storage full or disabled). */
export function saveStored(
  storage: Storage,
  key: string,
  results: readonly CollectedResult[],
): string | null {
  const stored: StoredResult[] = results.map(({ source, verification, code }) =>
    verification.ok
      ? { source, code: code ?? encodeResultCode(verification.entry.record) }
      : {
          source,
          refused: {
            reason: verification.reason,
            message: verification.message,
            ...(verification.team ? { team: verification.team } : {}),
          },
        },
  );
  try {
    if (stored.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(stored));
    return null;
  } catch {
    return 'The browser refused to store the results (storage full or disabled): they are kept only until this tab closes. Export the CSV to be safe.';
  }
}
