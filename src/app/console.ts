/** The instructor's live console (console.html). Without ?session it shows the form that creates a live
 * session; with ?session=ID#token=TOKEN (the secret link) it joins the session's console room and draws every
 * team live. The token stays in the URL's fragment (never sent in a request line) and on this device. */
import '../ui/app.css';
import '../ui/forms.css';
import '../ui/live/live.css';
import '../ui/console/console.css';
import '../ui/console/projector.css';
import { render } from 'lit-html';
import { createStore } from 'zustand/vanilla';
import { joinConsoleRoom } from '../net/colyseus-transport';
import { createConsoleStore } from '../net/console-store';
import { requestJson, serverOrigin } from '../net/http-api';
import type { CreateSessionResponse } from '../net/protocol';
import { fetchTeamProgress } from '../net/team-record';
import { consolePage } from '../ui/console/console-page';
import { createFormView } from '../ui/console/create-form';
import {
  type CreateField,
  type CreateValues,
  consoleLink,
  createRequest,
  defaultCreateValues,
} from '../ui/console/create-model';
import type { ProgressState } from '../ui/console/progress-view';
import { downloadText } from '../ui/download';
import { createMountSlot } from '../ui/live/mount-slot';
import { safeLocalStorage } from './environment';

const root = document.getElementById('console') ?? document.body;
// lit-html renders after what is there: drop the 'Loading…' placeholder first.
root.replaceChildren();
const origin = serverOrigin();
const params = new URLSearchParams(window.location.search);
const sessionId = params.get('session');
const TOKEN_KEY = 'sop-arena-console-tokens';

/** The console tokens this device created, by session id (so a bookmark without the fragment still opens). */
function storedTokens(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(
      safeLocalStorage() ? (window.localStorage.getItem(TOKEN_KEY) ?? '{}') : '{}',
    );
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function storeToken(id: string, token: string): void {
  try {
    window.localStorage.setItem(TOKEN_KEY, JSON.stringify({ ...storedTokens(), [id]: token }));
  } catch {
    /* the link itself still works */
  }
}

function createPage(): void {
  const form = createStore<{
    values: CreateValues;
    problems: Partial<Record<CreateField, string>>;
    serverProblem: string | null;
    busy: boolean;
  }>()(() => ({ values: defaultCreateValues(), problems: {}, serverProblem: null, busy: false }));
  let tried = false;
  const draw = () => {
    const s = form.getState();
    render(
      createFormView({
        ...s,
        onValues(patch) {
          const values = { ...form.getState().values, ...patch };
          const checked = createRequest(values);
          form.setState({ values, problems: tried && !checked.ok ? checked.error : {} });
        },
        async onSubmit() {
          tried = true;
          const checked = createRequest(form.getState().values);
          if (!checked.ok) {
            form.setState({ problems: checked.error });
            document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
            return;
          }
          form.setState({ busy: true, problems: {}, serverProblem: null });
          const created = await requestJson<CreateSessionResponse>('/api/live/sessions', checked.value);
          if (!created.ok) {
            form.setState({ busy: false, serverProblem: created.error });
            return;
          }
          storeToken(created.value.sessionId, created.value.consoleToken);
          window.location.assign(consoleLink(origin, created.value.sessionId, created.value.consoleToken));
        },
      }),
      root,
    );
  };
  form.subscribe(draw);
  draw();
}

function consoleMode(id: string): void {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  const token = fromHash ?? storedTokens()[id] ?? '';
  if (fromHash) storeToken(id, fromHash);
  const store = createConsoleStore({ sessionId: id, consoleToken: token }, joinConsoleRoom);
  const page = createStore<{
    copyStatus: string;
    csvProblem: string | null;
    projector: boolean;
    progress: ProgressState | null;
  }>()(() => ({
    copyStatus: '',
    csvProblem: null,
    projector: false,
    progress: null,
  }));
  // A team's months so far: fetched on demand (and on Refresh); a late answer for a closed team is dropped.
  const showProgress = async (teamId: string) => {
    const teamName = store.getState().teams.find((t) => t.teamId === teamId)?.name ?? 'Team';
    page.setState({ progress: { teamId, teamName, status: 'loading' } });
    document.getElementById('progress-heading')?.focus();
    const fetched = await fetchTeamProgress(id, token, teamId);
    if (page.getState().progress?.teamId !== teamId) return;
    page.setState({
      progress: fetched.ok
        ? { teamId, teamName, status: 'ready', progress: fetched.value }
        : { teamId, teamName, status: 'failed', message: fetched.error },
    });
  };
  const progressSlot = createMountSlot();
  // The projector view asks for the whole screen; leaving full screen (Esc) goes back to the console.
  const showProjector = (on: boolean) => {
    page.setState({ projector: on });
    if (on) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    document.getElementById(on ? 'projector-heading' : 'projector-open')?.focus();
  };
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && page.getState().projector) showProjector(false);
  });
  const debriefSlot = createMountSlot();
  const link = consoleLink(origin, id, token);
  const draw = () =>
    render(
      consolePage(store.getState(), {
        origin,
        consoleLink: link,
        debriefSlot,
        ...page.getState(),
        onCopyStatus: (copyStatus) => page.setState({ copyStatus }),
        onCsv: () => void downloadCsv(id, token, (csvProblem) => page.setState({ csvProblem })),
        onProjector: showProjector,
        progressSlot,
        onProgress: (teamId) => void showProgress(teamId),
        onCloseProgress: () => {
          page.setState({ progress: null });
          document.getElementById('teams-heading')?.focus();
        },
        redraw: draw,
      }),
      root,
    );
  store.subscribe(draw);
  page.subscribe(draw);
  draw();
  if (!token) {
    store.setState({
      connection: 'closed',
      problem: 'This console opens only with its secret link (…#token=…).',
    });
    return;
  }
  void store.getState().connect();
}

/** Downloads the session's results as CSV (the console token proves it is the instructor). */
async function downloadCsv(id: string, token: string, problem: (text: string | null) => void): Promise<void> {
  try {
    const response = await fetch(`${origin}/api/live/sessions/${encodeURIComponent(id)}/results.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      problem(`The CSV could not be made (the server answered ${response.status}).`);
      return;
    }
    downloadText(`live-session-${id}.csv`, await response.text(), 'text/csv;charset=utf-8');
    problem(null);
  } catch {
    problem('The live server cannot be reached for the CSV.');
  }
}

if (sessionId) consoleMode(sessionId);
else createPage();
