/** A live team's record so far, fetched by the instructor's console and checked like any record from outside. */
import { replay } from '../engine';
import { validateRecord } from '../engine/record-schema';
import type { GameRecord, GameState, Result } from '../engine/types';
import { requestJson } from './http-api';

/** A team's game so far, replayed. */
export interface TeamProgress {
  record: GameRecord;
  state: GameState;
  finished: boolean;
}

/** Checks the server's answer: a valid record that replays (else the reason). */
export function readTeamRecord(data: unknown): Result<TeamProgress, string> {
  const body = data as { record?: unknown; finished?: unknown } | null;
  if (typeof body !== 'object' || body === null || typeof body.finished !== 'boolean')
    return { ok: false, error: "The server's answer is not a team's record." };
  const record = validateRecord(body.record);
  if (!record.ok) return { ok: false, error: `The team's record is not valid: ${record.error}` };
  const state = replay(record.value);
  if (!state.ok) return { ok: false, error: `The team's record does not replay: ${state.error}` };
  return { ok: true, value: { record: record.value, state: state.value, finished: body.finished } };
}

/** Fetches and checks a team's record (the console token proves it is the instructor). */
export async function fetchTeamProgress(
  sessionId: string,
  consoleToken: string,
  teamId: string,
): Promise<Result<TeamProgress, string>> {
  const path = `/api/live/sessions/${encodeURIComponent(sessionId)}/teams/${encodeURIComponent(teamId)}/record`;
  const answer = await requestJson<unknown>(path, undefined, { authorization: `Bearer ${consoleToken}` });
  return answer.ok ? readTeamRecord(answer.value) : answer;
}
