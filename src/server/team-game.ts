/**
 * One team's game on the server: the record's inputs, every action so far and the replayed state.
 * The engine decides everything; this only replays, tries and commits actions and releases the result
 * code once the game is over.
 */
import { applyAction, createGame, gameScore, getScenario, newRecord, recordOf, roleHolder } from '../engine';
import { encodeResultCode, encodeSessionCode } from '../engine/codes';
import type { FinalScore } from '../engine/scoring';
import type { Action, ActionError, GameRecord, GameState, Result, Role, Scenario } from '../engine/types';
import type { LiveSessionSettings, TeamRow } from './store';

/** The scenario a session plays: its inline one, or the built-in it names. */
export function sessionScenario(settings: LiveSessionSettings): Scenario | null {
  return settings.config.scenario ?? getScenario(settings.config.scenarioId) ?? null;
}

/** The role an action is played for: a plan's or card's role, 'any' for nextRound, null for the server's own. */
export function actionRole(action: Action): Role | 'any' | null {
  switch (action.type) {
    case 'submitSalesPlan':
    case 'reviseSalesPlan':
      return 'sales';
    case 'submitOpsPlan':
    case 'reviseOpsPlan':
      return 'ops';
    case 'shareSignal':
    case 'signOff':
      return action.role;
    case 'nextRound':
      return 'any';
    case 'startRound':
    case 'execute':
      return null;
  }
}

/** A team's game: state replayed from its action log, moved on one stored action at a time. */
export class TeamGame {
  readonly settings: LiveSessionSettings;
  readonly actions: Action[];
  private current: GameState;
  private readonly scenario: Scenario;

  /** Replays `actions` (the stored log) over a new game; throws if the log does not replay. */
  constructor(settings: LiveSessionSettings, actions: Action[]) {
    const scenario = sessionScenario(settings);
    if (!scenario) throw new Error(`The session's scenario "${settings.config.scenarioId}" is unknown.`);
    this.settings = settings;
    this.scenario = scenario;
    const { rounds, rotateEvery, weights } = settings.config;
    let state = createGame(scenario, settings.config.seed, {
      rounds,
      rotateEvery,
      ...(weights ? { weights } : {}),
    });
    for (const [i, action] of actions.entries()) {
      const next = applyAction(state, action);
      if (!next.ok) throw new Error(`Stored action ${i + 1} does not replay: ${next.error.message}`);
      state = next.value;
    }
    this.current = state;
    this.actions = [...actions];
  }

  /** The current state (never sent to a client whole). */
  get state(): GameState {
    return this.current;
  }

  /** Actions applied so far: the index the next action is stored at. */
  get step(): number {
    return this.actions.length;
  }

  /** True once the last month's report has been closed. */
  get finished(): boolean {
    return this.current.phase === 'finished';
  }

  /** The seat (0-based) holding `role` this month: the engine's rotation over the session's team size. */
  seatOf(role: Role): number {
    return roleHolder(this.current.settings, this.current.month, role, this.settings.teamSize);
  }

  /** The role a seat holds this month, or null (an observer this month). */
  roleOf(seat: number | null): Role | null {
    if (seat === null) return null;
    if (this.seatOf('sales') === seat) return 'sales';
    if (this.seatOf('ops') === seat) return 'ops';
    return null;
  }

  /** What the action would lead to, without keeping it (so it can be stored first). */
  attempt(action: Action): Result<GameState, ActionError> {
    return applyAction(this.current, action);
  }

  /** Keeps an action that was attempted and stored. */
  commit(action: Action, next: GameState): void {
    this.actions.push(action);
    this.current = next;
  }

  /** The score so far (0–100 parts, profit in cents). */
  score(): FinalScore {
    return gameScore(this.current);
  }

  /**
   * The whole record, as the offline game would make it (team and session included), marked as played
   * live with the team's count of Suggest uses.
   */
  record(team: Pick<TeamRow, 'name' | 'suggestUsed'>, seatNames: string[]): GameRecord {
    const { rounds, rotateEvery, weights } = this.settings.config;
    const base = newRecord(
      this.scenario,
      this.settings.config.seed,
      { rounds, rotateEvery, ...(weights ? { weights } : {}) },
      {
        team: { name: team.name, players: seatNames },
        session: { name: this.settings.config.name, code: encodeSessionCode(this.settings.config) },
        play: {
          mode: this.settings.teamSize === 2 ? 'pair' : 'team',
          live: true,
          suggestAllowed: this.settings.config.suggest !== false,
          suggestUsed: team.suggestUsed,
          ...(this.settings.config.timerSeconds ? { timerSeconds: this.settings.config.timerSeconds } : {}),
        },
      },
    );
    return recordOf(base, [...this.actions], this.current);
  }

  /** The result code: only once the game is finished (it holds the seed and every decision). */
  resultCode(team: Pick<TeamRow, 'name' | 'suggestUsed'>, seatNames: string[]): string | null {
    return this.finished ? encodeResultCode(this.record(team, seatNames)) : null;
  }
}
