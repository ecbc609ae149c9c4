/** The live player page as one view of the live store: the join screens, then the seat's screen with the
 * team's line above and the team chat below (beside it on a wide screen). */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { LiveState } from '../../net/live-store';
import type { SeatMessage } from '../../net/protocol';
import { chatView } from './chat-view';
import { enterCodeView, joinFormView } from './join-view';
import { liveScreen, secondsLeft } from './live-model';
import { betweenScreen, endedView, lobbyView, seatTop, waitingScreen } from './seat-frame';
import type { SeatScreens } from './seat-screens';

/** Draws the page for the current state; `screens` draws the game's own seat screens. */
export function livePage(state: LiveState, screens: SeatScreens, nowMs: number): TemplateResult {
  const screen = liveScreen(state);
  switch (screen) {
    case 'enterCode':
      return enterCodeView({
        form: state.form,
        busy: state.busy,
        problem: state.joinProblem,
        onForm: state.setForm,
        onOpen: (code) => void state.openCode(code),
      });
    case 'joinForm':
      return state.joinInfo
        ? joinFormView({
            info: state.joinInfo,
            form: state.form,
            busy: state.busy,
            problem: state.joinProblem,
            onForm: state.setForm,
            onJoin: (name, choice) => void state.join(name, choice),
            onOtherCode: state.otherCode,
            onRefresh: () => void state.openCode(state.joinCode ?? state.form.code),
          })
        : html``;
    case 'connecting':
      return html`<section class="screen">
        <h1 class="screen-heading" tabindex="-1">${state.connection === 'reconnecting' ? 'Reconnecting…' : 'Connecting…'}</h1>
        <p class="lead" role="status">Your seat is kept while the page reaches the live server.</p>
        ${state.joinProblem ? html`<p class="error-text">${state.joinProblem}</p>` : nothing}
      </section>`;
    default:
      return state.seat ? seatPage(state, state.seat, screens, nowMs) : html``;
  }
}

function seatMain(state: LiveState, seat: SeatMessage, screens: SeatScreens): TemplateResult {
  switch (liveScreen(state)) {
    case 'lobby':
      return lobbyView(seat);
    case 'waiting':
      return waitingScreen(seat);
    case 'briefing':
    case 'execution':
      return betweenScreen(seat);
    case 'turn':
      return screens.turn(state, seat);
    case 'consensus':
      return screens.consensus(state, seat);
    case 'report':
      return screens.report(state, seat);
    case 'ended':
      return endedView(seat);
    default:
      return screens.finished(state, seat);
  }
}

function seatPage(state: LiveState, seat: SeatMessage, screens: SeatScreens, nowMs: number): TemplateResult {
  const left = seat.timer ? secondsLeft(seat.timer.remainingMs, nowMs - state.seatAt) : null;
  return html`${seatTop({
    seat,
    connection: state.connection,
    secondsLeft: left,
    notices: state.notices,
    storageWarning: state.storageWarning,
    onDismiss: state.dismissNotice,
  })}
    <div class="live-layout">
      <section class="screen live-screen" aria-live="off">
        ${state.actionProblem ? html`<p class="notice notice-danger" role="alert">${state.actionProblem}</p>` : nothing}
        ${seatMain(state, seat, screens)}
      </section>
      ${chatView({
        lines: state.chat,
        enabled: seat.chatEnabled,
        draft: state.form.chat,
        problem: state.chatProblem,
        myName: state.membership?.playerName ?? '',
        onDraft: (chat) => state.setForm({ chat }),
        onSend: (text) => state.sendChat(text),
      })}
    </div>`;
}
