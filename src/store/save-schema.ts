/** The save's shape, checked by schema (valibot) and the engine's record validation when it is loaded: a save
 * that does not fit is refused with a reason naming the field, never cast and never half-loaded. */
import * as v from 'valibot';
import { validateRecord } from '../engine';
import { issueText } from '../engine/codes/issue-text';
import { BOT_PERSONA_IDS, PLAY_MODES } from '../engine/play-conditions';
import type { Result } from '../engine/types';
import { type TurnDraft, TurnDraftSchema } from './turn-draft';
import type { GameMeta, NewGameDraft, RoundProgress, SavedGame, Screen } from './types';

/** The game part of the save (preferences are kept under their own key). */
export interface GameSave {
  saved: SavedGame | null;
  screen: Screen;
  draft: NewGameDraft | null;
  turnDraft: TurnDraft | null;
}

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const whole = (min: number, max: number) =>
  v.pipe(
    v.number(`must be a whole number from ${min} to ${max}`),
    v.integer(`must be a whole number from ${min} to ${max}`),
    v.minValue(min, `must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `must be a whole number from ${min} to ${max}`),
  );
const mode = v.picklist(PLAY_MODES, `must be one of ${PLAY_MODES.join(', ')}`);
const persona = v.picklist(BOT_PERSONA_IDS, `must be one of ${BOT_PERSONA_IDS.join(', ')}`);
const role = v.picklist(['sales', 'ops'], "must be 'sales' or 'ops'");

const GameMetaSchema: v.GenericSchema<unknown, GameMeta> = v.strictObject(
  {
    mode,
    players: v.pipe(
      v.array(text(60), 'must be a list of names'),
      v.minLength(1, 'must name at least one player'),
      v.maxLength(4, 'must name at most 4 players'),
    ),
    teamName: text(60),
    // Saves from before these fields existed: a solo game without a persona, Suggest allowed, no timer.
    persona: v.optional(v.nullable(persona), null),
    suggestAllowed: v.optional(v.boolean('must be true or false'), true),
    timerSeconds: v.optional(v.nullable(whole(1, 3600)), null),
  },
  'must be an object',
);

const RoundProgressSchema: v.GenericSchema<unknown, RoundProgress> = v.strictObject(
  {
    handoff: v.nullable(v.strictObject({ month: whole(1, 24), role }, 'must be an object {month, role}')),
    reportsSeen: whole(0, 24),
  },
  'must be an object {handoff, reportsSeen}',
);

const SavedGameSchema = v.strictObject(
  { record: v.unknown(), meta: GameMetaSchema, progress: RoundProgressSchema },
  'must be an object {record, meta, progress}',
);

const NewGameDraftSchema: v.GenericSchema<unknown, NewGameDraft> = v.strictObject(
  {
    mode,
    players: v.pipe(
      v.array(text(60), 'must be a list of names'),
      v.maxLength(4, 'must name at most 4 players'),
    ),
    teamName: text(60),
    persona,
    source: v.picklist(['builtin', 'session'], "must be 'builtin' or 'session'"),
    scenarioId: text(64),
    sessionCode: text(65536),
    rounds: text(12),
    rotateEvery: text(12),
    seed: text(64),
  },
  'must be an object',
);

const GameSaveSchema = v.object(
  {
    saved: v.optional(v.nullable(SavedGameSchema), null),
    screen: v.optional(
      v.picklist(['title', 'newGame', 'game'], "must be 'title', 'newGame' or 'game'"),
      'title',
    ),
    draft: v.optional(v.nullable(NewGameDraftSchema), null),
    turnDraft: v.optional(v.nullable(TurnDraftSchema), null),
  },
  'holds no data',
);

/** The game part of a save, checked; the reason names the first field that does not fit. */
export function checkGameSave(value: unknown): Result<GameSave, string> {
  const parsed = v.safeParse(GameSaveSchema, value);
  if (!parsed.success) return { ok: false, error: damaged(issueText('', parsed.issues[0], 'the save')) };
  const { saved, draft, turnDraft } = parsed.output;
  const screen = parsed.output.screen === 'game' && !saved ? 'title' : parsed.output.screen;
  if (!saved) return { ok: true, value: { saved: null, screen, draft, turnDraft } };
  const record = validateRecord(saved.record);
  if (!record.ok)
    return { ok: false, error: damaged(`saved.record.${record.error.replace(/^record\.?/, '')}`) };
  return { ok: true, value: { saved: { ...saved, record: record.value }, screen, draft, turnDraft } };
}

function damaged(reason: string): string {
  return `The saved game is damaged and cannot be opened (${reason}).`;
}
