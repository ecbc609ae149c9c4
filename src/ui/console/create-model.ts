/** The "create a live session" form as plain data: its values as typed, and the request they make or the
 * problem next to each field (no DOM). */
import { BUILTIN_SCENARIOS } from '../../engine';
import { SESSION_LIMITS } from '../../engine/codes';
import type { Result } from '../../engine/types';
import { type CreateSessionRequest, LIVE_LIMITS } from '../../net/protocol';
import { BOT_PERSONAS } from '../../store/seats';
import type { BotPersonaId } from '../../store/types';

/** The form's fields as typed. */
export interface CreateValues {
  name: string;
  scenarioId: string;
  rounds: string;
  rotateEvery: string;
  teamSize: string;
  teamForming: 'players' | 'instructor';
  suggest: boolean;
  /** Seconds per step, or '' for no timer. */
  timerSeconds: string;
  persona: BotPersonaId;
  graceSeconds: string;
  /** '' lets the server draw one. */
  seed: string;
}

/** The fields that can be wrong. */
export type CreateField =
  | 'name'
  | 'rounds'
  | 'rotateEvery'
  | 'teamSize'
  | 'timerSeconds'
  | 'graceSeconds'
  | 'seed';

/** A fresh form: the first scenario at its suggested length, pairs, players form teams, Suggest on. */
export function defaultCreateValues(): CreateValues {
  const scenario = BUILTIN_SCENARIOS[0];
  return {
    name: '',
    scenarioId: scenario.id,
    rounds: String(scenario.suggestedRounds),
    rotateEvery: '1',
    teamSize: '2',
    teamForming: 'players',
    suggest: true,
    timerSeconds: '',
    persona: 'textbook',
    graceSeconds: '60',
    seed: '',
  };
}

function whole(text: string, [min, max]: readonly [number, number], what: string): Result<number, string> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed))
    return { ok: false, error: `${what}: type a whole number from ${min} to ${max}.` };
  const value = Number(trimmed);
  if (value < min || value > max) return { ok: false, error: `${what}: from ${min} to ${max}.` };
  return { ok: true, value };
}

/** The request the values make, or the problem of each wrong field. */
export function createRequest(
  values: CreateValues,
): Result<CreateSessionRequest, Partial<Record<CreateField, string>>> {
  const problems: Partial<Record<CreateField, string>> = {};
  const name = values.name.trim();
  if (name.length === 0 || name.length > SESSION_LIMITS.nameMax)
    problems.name = `Name the session (1 to ${SESSION_LIMITS.nameMax} characters).`;
  const rounds = whole(values.rounds, SESSION_LIMITS.rounds, 'Months');
  const rotateEvery = whole(values.rotateEvery, SESSION_LIMITS.rotateEvery, 'Rotation');
  const teamSize = whole(values.teamSize, LIVE_LIMITS.teamSize, 'Team size');
  const grace = whole(values.graceSeconds, LIVE_LIMITS.graceSeconds, 'Grace period');
  const timer =
    values.timerSeconds.trim() === '' ? null : whole(values.timerSeconds, LIVE_LIMITS.timerSeconds, 'Timer');
  if (!rounds.ok) problems.rounds = rounds.error;
  if (!rotateEvery.ok) problems.rotateEvery = rotateEvery.error;
  if (!teamSize.ok) problems.teamSize = teamSize.error;
  if (!grace.ok) problems.graceSeconds = grace.error;
  if (timer && !timer.ok) problems.timerSeconds = timer.error;
  const seed = values.seed.trim();
  if (seed.length > SESSION_LIMITS.seedMax)
    problems.seed = `A seed is at most ${SESSION_LIMITS.seedMax} characters.`;
  if (
    !rounds.ok ||
    !rotateEvery.ok ||
    !teamSize.ok ||
    !grace.ok ||
    (timer && !timer.ok) ||
    Object.keys(problems).length > 0
  )
    return { ok: false, error: problems };
  const persona = BOT_PERSONAS[values.persona];
  return {
    ok: true,
    value: {
      name,
      scenarioId: values.scenarioId,
      rounds: rounds.value,
      rotateEvery: rotateEvery.value,
      ...(seed ? { seed } : {}),
      teamSize: teamSize.value,
      suggest: values.suggest,
      timerSeconds: timer ? (timer.ok ? timer.value : null) : null,
      teamForming: values.teamForming,
      botPersonas: { sales: persona.sales.botId, ops: persona.ops.botId },
      graceSeconds: grace.value,
    },
  };
}

/** The secret console link of a created session (the token after #, so it never reaches a server log). */
export function consoleLink(origin: string, sessionId: string, consoleToken: string): string {
  return `${origin}/console.html?session=${encodeURIComponent(sessionId)}#token=${encodeURIComponent(consoleToken)}`;
}

/** The players' join link. */
export function joinLink(origin: string, joinCode: string): string {
  return `${origin}/live.html?join=${encodeURIComponent(joinCode)}`;
}
