/** The team chat: the lines so far (text only, never HTML: lit-html writes them as text) and a box to send one.
 * When the instructor switched the chat off for this month, the box is disabled with a notice. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { MAX_CHAT_CHARS } from '../../net/live-store';
import type { ChatLine } from '../../net/protocol';

/** What the chat panel draws. */
export interface ChatProps {
  lines: ChatLine[];
  /** False in months the instructor switched the chat off. */
  enabled: boolean;
  /** The text being typed (kept in the page's store, so a redraw never loses it). */
  draft: string;
  problem: string | null;
  myName: string;
  onDraft(text: string): void;
  onSend(text: string): void;
}

function timeOf(at: number): string {
  const date = new Date(at);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Draws the chat panel. */
export function chatView(p: ChatProps): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    p.onSend(p.draft);
  };
  return html`<section class="panel live-chat" aria-labelledby="chat-heading">
    <h2 id="chat-heading">Team chat</h2>
    <ol class="chat-lines" aria-live="polite" aria-label="Messages">
      ${
        p.lines.length === 0
          ? html`<li class="muted chat-empty">No messages yet. Talk your plans through here.</li>`
          : p.lines.map(
              (line) =>
                html`<li class=${line.from === p.myName ? 'chat-line chat-mine' : 'chat-line'}>
                  <span class="chat-from">${line.from}</span>
                  <span class="chat-time">${timeOf(line.at)}</span>
                  <span class="chat-text">${line.text}</span>
                </li>`,
            )
      }
    </ol>
    ${
      p.enabled
        ? nothing
        : html`<p class="notice chat-off" role="status">
          The instructor has switched the chat off this month: plan without talking, and compare in the debrief.
        </p>`
    }
    <form class="chat-form" @submit=${submit} novalidate>
      <label class="sopf-sr" for="chat-input">Message to your team</label>
      <input
        id="chat-input"
        class="chat-input"
        type="text"
        autocomplete="off"
        maxlength=${MAX_CHAT_CHARS}
        placeholder=${p.enabled ? 'Message your team' : 'Chat is off this month'}
        ?disabled=${!p.enabled}
        .value=${live(p.draft)}
        aria-describedby="chat-problem"
        @input=${(event: Event) => p.onDraft((event.target as HTMLInputElement).value)}
      />
      <button class="btn" type="submit" ?disabled=${!p.enabled}>Send</button>
    </form>
    <p id="chat-problem" class="status-line error-text" role="status">${p.problem ?? ''}</p>
  </section>`;
}
