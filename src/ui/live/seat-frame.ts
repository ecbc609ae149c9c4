/** The frame around every seat screen: the team's line (month, role, connection, timer), instructor notices,
 * a paused or held banner, and the roster; plus the lobby and the waiting screens, which need nothing else. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ROLE_NAMES } from '../../engine/words/roles';
import type { ConnectionStatus } from '../../net/live-store';
import type { NoticeMessage, SeatMessage } from '../../net/protocol';
import { formatClock } from '../present/clock';
import { connectionText, rolesSentence, seatLine, waitingText } from './live-model';

/** What the seat's top line needs. */
export interface SeatTopProps {
  seat: SeatMessage;
  connection: ConnectionStatus;
  /** Seconds left on the decision timer (null: no timer running). */
  secondsLeft: number | null;
  notices: NoticeMessage[];
  storageWarning: boolean;
  onDismiss(at: number): void;
}

/** The team's line, the notices and the banners. */
export function seatTop(p: SeatTopProps): TemplateResult {
  const { seat } = p;
  const late = p.secondsLeft !== null && p.secondsLeft < 0;
  return html`<div class="live-top">
      <p class="live-team"><strong>${seat.teamName}</strong> · ${seatLine(seat)}</p>
      <p class=${`live-connection live-connection-${p.connection}`} role="status">${connectionText(p.connection)}</p>
      ${
        p.secondsLeft === null
          ? nothing
          : html`<p class=${late ? 'turn-timer timer-late' : p.secondsLeft <= 30 ? 'turn-timer timer-soon' : 'turn-timer'} role="timer" aria-label="Time left for this step">
            <span class="timer-label">Time left </span><span class="timer-value">${formatClock(p.secondsLeft)}</span>
          </p>`
      }
    </div>
    ${
      p.storageWarning
        ? html`<p class="notice notice-danger" role="alert">
          This browser does not let the page remember your seat: keep this tab open, or you will have to join again.
        </p>`
        : nothing
    }
    ${p.notices.map(
      (notice) => html`<div class="notice live-notice" role="alert">
        <p><strong>From your instructor:</strong> ${notice.text}</p>
        <button class="btn btn-quiet" type="button" @click=${() => p.onDismiss(notice.at)}>Dismiss</button>
      </div>`,
    )}
    ${
      seat.paused
        ? html`<p class="notice live-paused" role="status">The instructor has paused the game. You can keep typing; nothing is sent until it resumes.</p>`
        : nothing
    }`;
}

/** Who is in the team and how they are connected. */
export function roster(seat: SeatMessage): TemplateResult {
  return html`<ul class="live-roster" aria-label="Your team">
    ${seat.players.map(
      (player) => html`<li class=${player.connected ? 'roster-on' : 'roster-off'}>
        <span class="roster-name">${player.name}</span>
        <span class="roster-role">${player.role ? ROLE_NAMES[player.role] : 'advises'}</span>
        <span class="roster-state">${player.bot ? 'bot plays for now' : player.connected ? 'online' : 'away'}</span>
      </li>`,
    )}
  </ul>`;
}

/** Before the instructor starts: the team so far. */
export function lobbyView(seat: SeatMessage): TemplateResult {
  return html`<h1 class="screen-heading" tabindex="-1" id="lobby-heading">You are in ${seat.teamName}</h1>
    <p class="lead" role="status">Waiting for the instructor to start the game.</p>
    <div class="panel">
      <h2>Your team</h2>
      ${roster(seat)}
      <p class="muted">Roles rotate: each month one player is Sales, one is Operations, the others advise.</p>
    </div>`;
}

/** Another seat's turn: whom the team waits for. */
export function waitingScreen(seat: SeatMessage): TemplateResult {
  return html`<h1 class="screen-heading" tabindex="-1" id="waiting-heading">${waitingText(seat.waitingFor, seat.phase)}</h1>
    <p class="lead" role="status" aria-live="polite">
      ${rolesSentence(seat)} Your screen moves on by itself when the plan is in; use the chat meanwhile.
    </p>`;
}

/** The briefing moment and execution: the month is opening or being played. */
export function betweenScreen(seat: SeatMessage): TemplateResult {
  const held = seat.heldAtMonth !== null && seat.heldAtMonth <= seat.month;
  const title =
    seat.phase === 'execution'
      ? `Month ${seat.month} is being played`
      : `Month ${seat.month} is about to start`;
  return html`<h1 class="screen-heading" tabindex="-1" id="between-heading">${title}</h1>
    <p class="lead" role="status">
      ${held ? 'The instructor holds every team here; the month opens when released.' : rolesSentence(seat)}
    </p>`;
}

/** The instructor ended the session before this team's last month. */
export function endedView(seat: SeatMessage): TemplateResult {
  return html`<h1 class="screen-heading" tabindex="-1" id="ended-heading">The session has ended</h1>
    <p class="lead" role="status">
      The instructor ended the session in month ${seat.month} of ${seat.rounds}: the game stops here.
    </p>`;
}
