/** The instructor page's store with its actions: sessions, collecting and verifying results (through an
 * injected verifier — a Web Worker in the page), the session form, sorting, the open debrief and the tabs.
 * Panels read its state and call these actions; they never set state themselves. */
import { BUILTIN_SCENARIOS } from '../../engine';
import {
  fileInputs,
  type LeaderboardColumn,
  pastedInputs,
  type ReadInputs,
  type VerifyInput,
} from '../../engine/classroom';
import { decodeSessionCode, encodeSessionCode, type SessionConfig, sessionId } from '../../engine/codes';
import type { Result, Scenario } from '../../engine/types';
import {
  type CollectedResult,
  CURRENT_SESSION_KEY,
  loadStored,
  mergeInOrder,
  resultsKey,
  saveStored,
} from './collection';
import { CUSTOM_SCENARIO, defaultsFor, readSessionForm, type SessionFormValues } from './session-form';
import { createDataStore, type IgnoredLine, type InstructorData, nextSort, type TabId } from './state';

/** Verifies inputs against a session, reporting progress; resolves with one result per input, in order. */
export type Verifier = (
  inputs: readonly VerifyInput[],
  session: SessionConfig | null,
  onProgress: (done: number, total: number) => void,
) => Promise<Omit<CollectedResult, 'id'>[]>;

/** What the store needs from the page. */
export interface InstructorDeps {
  storage: Storage;
  verify: Verifier;
  /** A fresh random seed for the session form. */
  newSeed: () => string;
}

/** Every intent of the page. */
export interface InstructorActions {
  showTab(tab: TabId): void;
  announce(text: string): void;
  sortBy(column: LeaderboardColumn): void;
  /** Opens a team's debrief (or closes it with null). */
  openDebrief(key: string | null): void;
  /** The editor's scenario becomes the session form's choice. */
  useScenario(scenario: Scenario): void;
  editSessionForm(patch: Partial<SessionFormValues>): void;
  /** The session form's scenario changed: its suggested length and weights fill in. */
  chooseScenario(value: string): void;
  newSeed(): void;
  /** Checks the form; creates and opens the session, or shows the problems (returns the first bad field). */
  createSession(): string | null;
  /** Opens a session by its code (or says why the code is refused). */
  openSessionCode(code: string): string | null;
  collectWithoutSession(): Promise<void>;
  /** Makes a session current and verifies its stored results again. */
  useSession(config: SessionConfig | null, code: string | null): Promise<void>;
  importText(text: string): Promise<void>;
  importFiles(files: readonly { name: string; text: Result<string, string> }[]): Promise<void>;
  removeResult(id: number): void;
  clearResults(): void;
}

/** The store type the panels receive. */
export type InstructorStore = ReturnType<typeof createInstructorStore>;

/** Creates the page's store over its deps; call `useSession` once to load the last session. */
export function createInstructorStore(deps: InstructorDeps) {
  let generation = 0;
  let nextId = 1;
  const withIds = (results: Omit<CollectedResult, 'id'>[]) => results.map((r) => ({ ...r, id: nextId++ }));
  const refused = (source: string, message: string): CollectedResult => ({
    id: nextId++,
    source,
    code: null,
    verification: { ok: false, reason: 'corrupt', message },
  });
  const initial: InstructorData = {
    session: null,
    results: [],
    ignored: [],
    progress: null,
    notice: '',
    storageProblem: null,
    sessionForm: defaultsFor(BUILTIN_SCENARIOS[0], deps.newSeed()),
    sessionErrors: {},
    customScenario: null,
    sort: { column: 'rank', direction: 'ascending' },
    selected: null,
    tab: 'session',
  };

  const store = createDataStore<InstructorActions>(initial, (set, get) => {
    const save = (results: CollectedResult[]) => {
      const problem = saveStored(deps.storage, resultsKey(get().session?.config ?? null), results);
      set({ results, storageProblem: problem });
    };
    /** Verifies new inputs and appends them (with refusals found while reading); nothing collected is replaced. */
    const add = async (read: ReadInputs[], early: CollectedResult[]) => {
      const mine = generation;
      const inputs = read.flatMap((r) => r.inputs);
      const ignored: IgnoredLine[] = read.flatMap((r) => [
        ...r.ignored,
        ...(r.ignoredMore > 0
          ? [{ source: r.inputs[0]?.source ?? 'paste', text: `and ${r.ignoredMore} more lines` }]
          : []),
      ]);
      set({ progress: { done: 0, total: inputs.length } });
      const verified = await deps.verify(inputs, get().session?.config ?? null, (done, total) => {
        if (mine === generation) set({ progress: { done, total } });
      });
      if (mine !== generation) return;
      const added = [...early, ...withIds(verified)];
      set({ progress: null, ignored: [...get().ignored, ...ignored] });
      save([...get().results, ...added]);
      const valid = added.filter((r) => r.verification.ok).length;
      const skipped =
        ignored.length > 0
          ? `; ${ignored.length} line${ignored.length === 1 ? '' : 's'} ignored (not a code)`
          : '';
      set({
        notice: `${added.length} result${added.length === 1 ? '' : 's'} checked: ${valid} valid, ${added.length - valid} refused${skipped}.`,
      });
    };

    return {
      showTab: (tab) => set({ tab, ...(get().tab !== tab ? { notice: '' } : {}) }),
      announce: (notice) => set({ notice }),
      sortBy: (column) => set({ sort: nextSort(get().sort, column) }),
      openDebrief: (selected) => set({ selected }),
      useScenario: (scenario) => {
        set({ customScenario: scenario });
        get().chooseScenario(CUSTOM_SCENARIO);
      },
      editSessionForm: (patch) => {
        const sessionForm = { ...get().sessionForm, ...patch };
        const checked = Object.keys(get().sessionErrors).length > 0;
        set({ sessionForm, ...(checked ? { sessionErrors: readForm(sessionForm).errors } : {}) });
      },
      chooseScenario: (value) => {
        const form = get().sessionForm;
        const scenario =
          value === CUSTOM_SCENARIO ? get().customScenario : BUILTIN_SCENARIOS.find((s) => s.id === value);
        if (!scenario) return set({ sessionForm: { ...form, scenario: value } });
        const defaults = defaultsFor(scenario, form.seed, form.name);
        set({
          sessionForm: {
            ...form,
            ...defaults,
            scenario: value,
            rotateEvery: form.rotateEvery,
            modes: form.modes,
            personas: form.personas,
            suggest: form.suggest,
            timer: form.timer,
          },
        });
      },
      newSeed: () => get().editSessionForm({ seed: deps.newSeed() }),
      createSession: () => {
        const { config, errors } = readForm(get().sessionForm);
        set({ sessionErrors: errors });
        if (!config) {
          set({ notice: 'The session was not created: see the fields marked with a problem.' });
          return Object.keys(errors)[0] ?? null;
        }
        void get().useSession(config, encodeSessionCode(config));
        set({ notice: `Session “${config.name}” created. Results are now collected for it.` });
        return null;
      },
      openSessionCode: (code) => {
        const decoded = decodeSessionCode(code);
        if (!decoded.ok) return decoded.error;
        void get().useSession(decoded.value, code.replace(/\s+/g, ''));
        set({ notice: `Now collecting results for the session “${decoded.value.name}”.` });
        return null;
      },
      collectWithoutSession: async () => {
        set({ notice: 'Now collecting results of any game, without a session.' });
        await get().useSession(null, null);
      },
      useSession: async (config, code) => {
        const mine = ++generation;
        const stored = loadStored(deps.storage, resultsKey(config));
        set({
          session: config && code ? { config, code, id: sessionId(config) } : null,
          results: [],
          ignored: [],
          selected: null,
          progress: null,
        });
        try {
          if (code) deps.storage.setItem(CURRENT_SESSION_KEY, code);
          else deps.storage.removeItem(CURRENT_SESSION_KEY);
        } catch {
          /* storage unavailable: the warning appears on the first save */
        }
        if (stored.inputs.length === 0 && stored.refused.length === 0) return;
        set({ progress: { done: 0, total: stored.inputs.length } });
        const verified = await deps.verify(stored.inputs, config, (done, total) => {
          if (mine === generation) set({ progress: { done, total } });
        });
        if (mine !== generation) return;
        const results = mergeInOrder(stored.order, withIds(verified), withIds(stored.refused));
        set({
          results,
          progress: null,
          notice: `${results.length} stored results reloaded${stored.damaged ? ' (some stored data was damaged and skipped)' : ''}.`,
        });
      },
      importText: async (text) => {
        const read = pastedInputs(text);
        if (!read.ok) return set({ notice: read.error });
        if (read.value.inputs.length === 0 && read.value.ignored.length === 0)
          return set({ notice: 'The pasted text is empty.' });
        // Pastes are numbered, so that "paste 2, line 3" names one line of one paste.
        const sources = [...get().results, ...get().ignored].map((r) => r.source);
        const label = `paste ${Math.max(0, ...sources.map((s) => Number(/^paste (\d+),/.exec(s)?.[1] ?? 0))) + 1}`;
        const relabel = <T extends { source: string }>(item: T) => ({
          ...item,
          source: item.source.replace(/^paste/, label),
        });
        await add(
          [
            {
              inputs: read.value.inputs.map(relabel),
              ignored: read.value.ignored.map(relabel),
              ignoredMore: read.value.ignoredMore,
            },
          ],
          [],
        );
      },
      importFiles: async (files) => {
        const read: ReadInputs[] = [];
        const early: CollectedResult[] = [];
        for (const file of files) {
          const inputs = file.text.ok ? fileInputs(file.name, file.text.value) : file.text;
          if (!inputs.ok) early.push(refused(file.name, inputs.error));
          else if (inputs.value.inputs.length === 0) {
            early.push(refused(file.name, 'The file holds no result code.'));
            read.push({ ...inputs.value, inputs: [] });
          } else read.push(inputs.value);
        }
        await add(read, early);
      },
      removeResult: (id) => {
        save(get().results.filter((r) => r.id !== id));
        set({ notice: 'Result removed.' });
      },
      clearResults: () => {
        save([]);
        set({ selected: null, ignored: [], notice: 'All results of this session were cleared.' });
      },
    };

    function readForm(values: SessionFormValues) {
      return readSessionForm(values, { builtIn: BUILTIN_SCENARIOS, custom: get().customScenario });
    }
  });
  return store;
}

/** The session a stored code names, if it still decodes. */
export function storedSession(storage: Storage): { config: SessionConfig; code: string } | null {
  let code: string | null = null;
  try {
    code = storage.getItem(CURRENT_SESSION_KEY);
  } catch {
    return null;
  }
  const decoded = code ? decodeSessionCode(code) : null;
  return decoded?.ok && code ? { config: decoded.value, code } : null;
}
