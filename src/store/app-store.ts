/** The one app store: the saved game record and UI step, autosaved; the game state is replayed, never saved. */

import { persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyAll, BUILTIN_SCENARIOS, replay } from '../engine';
import type { Action, GameState, OpsPlan, Result, Role, SalesPlan } from '../engine/types';
import { otherRole } from '../engine/words/roles';
import { botActions, botDecision } from './bot-turn';
import { emptyDraft, newSavedGame, sameSessionCode } from './new-game';
import {
  guardedStorage,
  isUnreadable,
  loadPrefs,
  migrateSave,
  SAVE_KEY,
  SAVE_VERSION,
  type SaveGuard,
  savePrefs,
  type WriteOutcome,
} from './persistence';
import { defaultPrefs } from './prefs';
import { checkGameSave } from './save-schema';
import { holderOf } from './seats';
import type { TurnDraftInput } from './turn-draft';
import type {
  ActionOutcome,
  AppData,
  NewGameDraft,
  NewGameInput,
  PersistedData,
  Prefs,
  SavedGame,
  Screen,
} from './types';

/** The store's intents: the only way panels and scenes change anything. */
export interface AppActions {
  /** Changes preferences and saves them at once (even while a damaged game save waits for Start over). */
  setPrefs(patch: Partial<Prefs>): void;
  /** Tries to save everything again (after the player freed storage space); storageProblem says how it went. */
  retrySave(): void;
  /** Switches the top-level screen ('game' only when a game is saved). */
  showScreen(screen: Screen): void;
  saveDraft(draft: NewGameDraft): void;
  /** Keeps what is typed in the open turn's form (role's turn only), so a reload restores it; cleared on submit. */
  saveTurnDraft(draft: TurnDraftInput): void;
  startGame(input: NewGameInput): Result<null, string>;
  /** Counts a Suggest press in the record (results show the aids a team used). */
  noteSuggestUsed(): void;
  /** A session link (?session=CODE) was opened: with no game saved the new-game form opens with the code; with
   * another game saved the player is asked first (pendingSession); the same session's game simply goes on. */
  openSessionLink(code: string, seed: string): void;
  /** Answers the session link: drops the saved game and opens the new-game form with the session's code. */
  joinSession(): void;
  /** Answers the session link: back to the saved game, the session left aside. */
  keepPlaying(): void;
  /** Drops the saved game (and a damaged save) and returns to the title; preferences stay. */
  startOver(): void;
  startRound(): ActionOutcome;
  confirmHandoff(role: Role): void;
  share(role: Role, signalId: string): ActionOutcome;
  submitSales(plan: SalesPlan): ActionOutcome;
  submitOps(plan: OpsPlan): ActionOutcome;
  /** Plays the solo bot's pending turn (its shares and plan). */
  runBotTurn(): ActionOutcome;
  /** Revises a role's plan once; the solo bot signs the changed plan again at once. */
  revise(role: Role, plan: SalesPlan | OpsPlan): ActionOutcome;
  /** Signs off for a role; the month executes once both have (the solo bot signs off when the meeting opens). */
  signOff(role: Role): ActionOutcome;
  execute(): ActionOutcome;
  /** The execution animation was watched or skipped: show the report. */
  finishExecution(): void;
  nextRound(): ActionOutcome;
}

export type AppState = AppData & AppActions;

/** The vanilla store with the persist API. */
export type AppStore = StoreApi<AppState> & {
  persist: { clearStorage(): void; rehydrate(): Promise<void> | void };
};

/** What the store needs from its surroundings (a fake storage in tests). */
export interface AppStoreDeps {
  storage: StateStorage | null;
  /** Default for the reduced-motion preference (the browser's prefers-reduced-motion). */
  prefersReducedMotion?: boolean;
}

/** Creates the app store over a storage; a save in it is loaded (and checked) at once. */
export function createAppStore(deps: AppStoreDeps): AppStore {
  const guard: SaveGuard = { blocked: false, onWrite: () => {} };
  const prefs = loadPrefs(deps.storage, defaultPrefs(deps.prefersReducedMotion ?? false));
  const initial: PersistedData = {
    saved: null,
    screen: 'title',
    draft: null,
    turnDraft: null,
  };
  const noGame = (saved: SavedGame | null) => ({ saved, game: null });

  const store = createStore<AppState>()(
    persist(
      (set, get) => {
        /** A failed write is told at once; the next one that works clears it. */
        const report = (outcome: WriteOutcome) => {
          const problem = outcome === 'saved' ? null : outcome;
          if (get().storageProblem !== problem) set({ storageProblem: problem });
        };
        guard.onWrite = report;
        /** Appends actions to the record when the engine accepts all of them. */
        const commit = (actions: Action[], after?: (game: GameState) => Action[]): ActionOutcome => {
          const { saved, game } = get();
          if (!saved || !game)
            return { ok: false, error: { type: 'wrongPhase', message: 'No game is in progress.' } };
          const first = applyAll(game, actions);
          if (!first.ok) return first;
          const extra = after ? after(first.value) : [];
          const second = applyAll(first.value, extra);
          if (!second.ok) return second;
          const record = { ...saved.record, actions: [...saved.record.actions, ...actions, ...extra] };
          set({ saved: { ...saved, record }, game: second.value });
          return { ok: true, value: null };
        };
        /** A submitted turn's typed values are in the record now: the draft goes. */
        const dropTurnDraftIfOk = (outcome: ActionOutcome): ActionOutcome => {
          if (outcome.ok) set({ turnDraft: null });
          return outcome;
        };
        const executeWhenSigned = (state: GameState): Action[] =>
          state.phase === 'execution' ? [{ type: 'execute' }] : [];
        /** In solo the bot colleague signs off as soon as the meeting opens (the player may still revise). */
        const botSignsAtMeeting = (state: GameState): Action[] => {
          const saved = get().saved;
          if (!saved || state.phase !== 'consensus') return [];
          return (['sales', 'ops'] as const)
            .filter(
              (role) =>
                !state.plans.signedOff[role] && holderOf(saved.meta, state.settings, state.month, role).isBot,
            )
            .map((role) => ({ type: 'signOff', role }));
        };

        return {
          ...initial,
          prefs,
          game: null,
          loadProblem: null,
          pendingSession: null,
          storageProblem: deps.storage ? null : 'unavailable',
          setPrefs: (patch) => {
            set({ prefs: { ...get().prefs, ...patch } });
            report(savePrefs(deps.storage, get().prefs));
          },
          retrySave: () => {
            const outcome = savePrefs(deps.storage, get().prefs);
            if (outcome !== 'saved') return report(outcome);
            // Any change writes the game save again; its outcome replaces the problem.
            set({ storageProblem: null });
          },
          showScreen: (screen) => set({ screen: screen === 'game' && !get().saved ? 'title' : screen }),
          saveDraft: (draft) => set({ draft }),
          saveTurnDraft: (draft) => {
            const game = get().game;
            if (!game || game.phase !== draft.role) return;
            set({ turnDraft: { ...draft, month: game.month } });
          },
          startGame: (input) => {
            const started = newSavedGame(input);
            if (!started.ok) return started;
            guard.blocked = false;
            const draft = get().draft;
            set({
              ...started.value,
              screen: 'game',
              turnDraft: null,
              loadProblem: null,
              // The team name was this game's: the next new game starts from its players' names again.
              draft: draft ? { ...draft, teamName: '' } : null,
            });
            return { ok: true, value: null };
          },
          noteSuggestUsed: () => {
            const saved = get().saved;
            const play = saved?.record.play;
            if (!saved || !play) return;
            const record = { ...saved.record, play: { ...play, suggestUsed: play.suggestUsed + 1 } };
            set({ saved: { ...saved, record } });
          },
          openSessionLink: (code, seed) => {
            const { saved, draft: kept, loadProblem } = get();
            if (saved && sameSessionCode(saved.record.session?.code, code)) return;
            const base = kept ?? emptyDraft(seed, BUILTIN_SCENARIOS[0].id);
            const draft: NewGameDraft = { ...base, source: 'session', sessionCode: code, teamName: '' };
            if (saved) return set({ pendingSession: { code, draft } });
            set({ draft, ...(loadProblem ? {} : { screen: 'newGame' as const }) });
          },
          joinSession: () => {
            const pending = get().pendingSession;
            if (!pending) return;
            set({
              ...noGame(null),
              turnDraft: null,
              pendingSession: null,
              draft: pending.draft,
              screen: 'newGame',
            });
          },
          keepPlaying: () => set({ pendingSession: null, screen: get().saved ? 'game' : 'title' }),
          startOver: () => {
            guard.blocked = false;
            store.persist.clearStorage();
            set({ ...noGame(null), screen: 'title', turnDraft: null, loadProblem: null });
          },
          startRound: () => commit([{ type: 'startRound' }]),
          confirmHandoff: (role) => {
            const { saved, game } = get();
            if (!saved || !game) return;
            set({
              saved: { ...saved, progress: { ...saved.progress, handoff: { month: game.month, role } } },
            });
          },
          share: (role, signalId) => commit([{ type: 'shareSignal', role, signalId }]),
          submitSales: (plan) =>
            dropTurnDraftIfOk(commit([{ type: 'submitSalesPlan', plan }], botSignsAtMeeting)),
          submitOps: (plan) =>
            dropTurnDraftIfOk(commit([{ type: 'submitOpsPlan', plan }], botSignsAtMeeting)),
          runBotTurn: () => {
            const { saved, game } = get();
            if (!saved || !game || (game.phase !== 'sales' && game.phase !== 'ops')) {
              return { ok: false, error: { type: 'wrongPhase', message: 'It is not a planning turn.' } };
            }
            const holder = holderOf(saved.meta, game.settings, game.month, game.phase);
            const decision = holder.bot ? botDecision(game, game.phase, holder.bot) : null;
            if (!decision)
              return { ok: false, error: { type: 'wrongPhase', message: 'No bot plays this turn.' } };
            return commit(botActions(game, decision), botSignsAtMeeting);
          },
          revise: (role, plan) =>
            commit(
              [
                role === 'sales'
                  ? { type: 'reviseSalesPlan', plan: plan as SalesPlan }
                  : { type: 'reviseOpsPlan', plan: plan as OpsPlan },
              ],
              botSignsAtMeeting,
            ),
          signOff: (role) => {
            const { saved, game } = get();
            if (!saved || !game)
              return { ok: false, error: { type: 'wrongPhase', message: 'No game is in progress.' } };
            const other = otherRole(role);
            const otherIsBot = holderOf(saved.meta, game.settings, game.month, other).isBot;
            const botSigns: Action[] =
              otherIsBot && !game.plans.signedOff[other] ? [{ type: 'signOff', role: other }] : [];
            return commit([{ type: 'signOff', role }, ...botSigns], executeWhenSigned);
          },
          execute: () => commit([{ type: 'execute' }]),
          finishExecution: () => {
            const { saved, game } = get();
            if (!saved || !game) return;
            set({ saved: { ...saved, progress: { ...saved.progress, reportsSeen: game.history.length } } });
          },
          nextRound: () => {
            const outcome = commit([{ type: 'nextRound' }]);
            const { saved } = get();
            if (outcome.ok && saved)
              set({ saved: { ...saved, progress: { ...saved.progress, handoff: null } } });
            return outcome;
          },
        };
      },
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        storage: guardedStorage(deps.storage, guard) as never,
        partialize: (state: AppState): PersistedData => ({
          saved: state.saved,
          screen: state.screen,
          draft: state.draft,
          turnDraft: state.turnDraft,
        }),
        migrate: migrateSave,
        merge: (persisted: unknown, current: AppState): AppState => {
          if (persisted === undefined) return current;
          if (isUnreadable(persisted)) {
            guard.blocked = true;
            return { ...current, loadProblem: persisted.unreadable };
          }
          const checked = checkGameSave(persisted);
          if (!checked.ok) {
            guard.blocked = true;
            return { ...current, loadProblem: checked.error };
          }
          const data = checked.value;
          if (!data.saved) return { ...current, ...data, game: null, loadProblem: null };
          const game = replay(data.saved.record);
          if (!game.ok) {
            guard.blocked = true;
            return { ...current, loadProblem: `The saved game cannot be resumed: ${game.error}` };
          }
          return { ...current, ...data, game: game.value, loadProblem: null };
        },
      },
    ),
  );
  return store as unknown as AppStore;
}
