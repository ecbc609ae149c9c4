/** The live player page (live.html): joins a live session from ?join=CODE (or a typed code), then draws the
 * seat's screens from the live store on every change. */
import '../ui/app.css';
import '../ui/forms.css';
import '../ui/live/live.css';
import { render } from 'lit-html';
import { createColyseusTransport } from '../net/colyseus-transport';
import { createLiveStore } from '../net/live-store';
import { type KeyValueStorage, lastMembership } from '../net/membership';
import { browserSchedule } from '../net/transport';
import { liveScreen } from '../ui/live/live-model';
import { livePage } from '../ui/live/live-page';
import { createSeatScreens } from '../ui/live/seat-screens';
import { safeLocalStorage } from './environment';

// localStorage where the browser allows it (safeLocalStorage probes it); null in private modes that forbid it.
const storage: KeyValueStorage | null = safeLocalStorage() ? window.localStorage : null;
const store = createLiveStore({
  transport: createColyseusTransport(),
  storage,
  schedule: browserSchedule,
  now: () => Date.now(),
});
const root = document.getElementById('live') ?? document.body;
// lit-html renders after what is there: drop the 'Loading…' placeholder first.
root.replaceChildren();
let queued = false;
let shownScreen = '';
/** Draws the page; a new screen (another step or month) starts at its heading, unless the player is typing a
 * chat line, which is never interrupted. */
function draw(): void {
  const state = store.getState();
  render(livePage(state, screens, Date.now()), root);
  const screen = `${liveScreen(state)}:${state.seat?.month ?? 0}`;
  if (screen === shownScreen) return;
  shownScreen = screen;
  if (document.activeElement?.closest('.live-chat')) return;
  window.scrollTo({ top: 0 });
  root.querySelector<HTMLElement>('h1.screen-heading')?.focus({ preventScroll: true });
}
/** Redraws once per frame at most, however many messages arrived. */
function redraw(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    draw();
  });
}
/** Draws at once (typing must not wait a frame, or the caret would jump). */
const drawNow = draw;
const screens = createSeatScreens({ storage, redraw: drawNow });
store.subscribe(redraw);
// The decision timer counts down between messages.
setInterval(() => {
  if (store.getState().seat?.timer) redraw();
}, 1000);
drawNow();

// The address names the session once it is open, so a reload (or a bookmark) comes back to it.
store.subscribe((state, previous) => {
  if (state.joinCode && state.joinInfo && state.joinInfo !== previous.joinInfo)
    window.history.replaceState(null, '', `?join=${encodeURIComponent(state.joinCode)}`);
});
// Back online, or back to a woken phone: reconnect now rather than at the next scheduled retry.
window.addEventListener('online', () => store.getState().retryNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') store.getState().retryNow();
});

const code = new URLSearchParams(window.location.search).get('join') ?? lastMembership(storage)?.joinCode;
if (code) void store.getState().openCode(code);
