/** Panel 2, collect results: which session they are checked against, a box to paste many codes, a drop zone and
 * file picker, and everything collected — verified, refused with the reason, a duplicate, or a line that held no
 * code — each with what it was. A function of the store's state; writes only through its actions. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { MAX_FILE_BYTES, MAX_PASTE_CHARS, REFUSAL_LABELS } from '../../engine/classroom';
import type { Result } from '../../engine/types';
import { plainScore } from '../../engine/words/plain';
import { duplicatesOf } from './collection';
import { readFileText } from './download';
import type { InstructorData } from './state';
import type { InstructorActions } from './store';

/** What the panel keeps while typing (the paste box and the session code box), outside the store. */
export interface CollectDraft {
  paste: string;
  pasteError: string | null;
  sessionCode: string;
  sessionError: string | null;
  /** Clear all was pressed: ask to confirm. */
  confirmClear: boolean;
}

/** A fresh draft. */
export const emptyCollectDraft = (): CollectDraft => ({
  paste: '',
  pasteError: null,
  sessionCode: '',
  sessionError: null,
  confirmClear: false,
});

/** The panel's template. `redraw` re-renders after a draft change. */
export function collectView(
  state: InstructorData,
  actions: InstructorActions,
  draft: CollectDraft,
  redraw: () => void,
): TemplateResult {
  const { session, progress } = state;
  const verifyPaste = async () => {
    if (draft.paste.trim() === '') draft.pasteError = 'Paste at least one result code first.';
    else if (draft.paste.length > MAX_PASTE_CHARS)
      draft.pasteError = `Too much text at once (at most ${MAX_PASTE_CHARS / 1024 / 1024} MB): paste it in parts.`;
    else draft.pasteError = null;
    redraw();
    if (draft.pasteError) return;
    const text = draft.paste;
    draft.paste = '';
    await actions.importText(text);
  };
  const openSession = () => {
    draft.sessionError = actions.openSessionCode(draft.sessionCode);
    if (!draft.sessionError) draft.sessionCode = '';
    redraw();
  };
  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const read = await Promise.all(
      files.map(async (file) => ({ name: file.name, text: await readFileText(file, MAX_FILE_BYTES) })),
    );
    await actions.importFiles(read as { name: string; text: Result<string, string> }[]);
  };
  return html`<div class="ins-collect">
    <div class="ins-session-bar">
      <p class="ins-session-line">
        ${
          session
            ? `Collecting results for the session “${session.config.name}” (${session.config.rounds} rounds, seed “${session.config.seed}”): results of other sessions, or played against its rules, are refused.`
            : 'No session chosen: results of any game are accepted, and those played under other rules than most are marked and not ranked. Create or open a session to refuse results from other sessions.'
        }
      </p>
      <div class="ins-row ins-row-end">
        <div class="ins-field">
          <label for="open-session-code">Collect for another session (paste its session code)</label>
          <input id="open-session-code" type="text" spellcheck="false" autocomplete="off" placeholder="SOPS1.…"
            aria-invalid=${draft.sessionError ? 'true' : 'false'}
            aria-describedby=${draft.sessionError ? 'open-session-code-error' : nothing}
            .value=${live(draft.sessionCode)}
            @input=${(e: Event) => {
              draft.sessionCode = (e.target as HTMLInputElement).value;
            }} />
          ${draft.sessionError ? html`<span class="ins-error" id="open-session-code-error">${draft.sessionError}</span>` : nothing}
        </div>
        <button type="button" class="ins-btn" @click=${openSession}>Open session</button>
        ${
          session
            ? html`<button type="button" class="ins-btn ins-btn-quiet" @click=${() => actions.collectWithoutSession()}>Collect without a session</button>`
            : nothing
        }
      </div>
    </div>
    <div class="ins-two-col">
      <div>
        <div class="ins-field">
          <label for="paste-codes">Result codes, one per line</label>
          <textarea id="paste-codes" rows="6" spellcheck="false" placeholder=${'SOPR1.…\nTeam name: SOPR1.…'}
            aria-describedby=${draft.pasteError ? 'paste-codes-hint paste-codes-error' : 'paste-codes-hint'}
            aria-invalid=${draft.pasteError ? 'true' : 'false'}
            .value=${live(draft.paste)}
            @input=${(e: Event) => {
              draft.paste = (e.target as HTMLTextAreaElement).value;
            }}></textarea>
          <span class="ins-hint" id="paste-codes-hint">Paste as many as you like, even a whole e-mail: each code is checked by replaying the game, and every other line is listed as ignored.</span>
          ${draft.pasteError ? html`<span class="ins-error" id="paste-codes-error">${draft.pasteError}</span>` : nothing}
        </div>
        <div class="ins-actions">
          <button type="button" class="ins-btn ins-btn-primary" ?disabled=${progress !== null} @click=${verifyPaste}>Verify pasted codes</button>
        </div>
      </div>
      <div class="ins-drop"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.add('is-over');
        }}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('is-over')}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.remove('is-over');
          void importFiles(Array.from(e.dataTransfer?.files ?? []));
        }}>
        <p>Drop result files here (JSON result files or text files of codes, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each), or</p>
        <label class="ins-btn" for="result-files">Choose result files…</label>
        <input id="result-files" type="file" multiple accept=".json,.txt,application/json,text/plain"
          @change=${(e: Event) => {
            const target = e.target as HTMLInputElement;
            const files = Array.from(target.files ?? []);
            target.value = '';
            void importFiles(files);
          }} />
      </div>
    </div>
    ${
      progress
        ? html`<p class="ins-progress" role="status">
          <progress max=${Math.max(1, progress.total)} .value=${progress.done} aria-label="Verifying results"
            aria-valuetext=${`${progress.done} of ${progress.total}`}></progress>
          Verifying ${progress.done} of ${progress.total}…
        </p>`
        : nothing
    }
    <p class="ins-summary">${summary(state)}</p>
    ${resultsList(state, actions, draft, redraw)}
    ${ignoredList(state)}
  </div>`;
}

function summary(state: InstructorData): string {
  const { results, ignored } = state;
  if (results.length === 0 && ignored.length === 0) return 'No results collected yet.';
  const valid = results.filter((r) => r.verification.ok).length;
  const duplicates = duplicatesOf(results).filter((d) => d !== null).length;
  const lines =
    ignored.length > 0 ? `, ${ignored.length} line${ignored.length === 1 ? '' : 's'} ignored` : '';
  return `${results.length} collected: ${valid - duplicates} verified, ${results.length - valid} refused, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}${lines}.`;
}

/** Every collected input as a card: number, source, status, team, score, details, Remove. */
function resultsList(
  state: InstructorData,
  actions: InstructorActions,
  draft: CollectDraft,
  redraw: () => void,
): TemplateResult | typeof nothing {
  const { results } = state;
  if (results.length === 0) return nothing;
  const duplicates = duplicatesOf(results);
  return html`<h3 class="ins-subhead">Collected results, in the order they came in</h3>
    <ol class="ins-results">
      ${results.map((result, index) => {
        const v = result.verification;
        const duplicate = duplicates[index];
        const tone = !v.ok ? 'refused' : duplicate !== null ? 'duplicate' : 'valid';
        const status = !v.ok
          ? `Refused: ${REFUSAL_LABELS[v.reason]}`
          : duplicate !== null
            ? `Duplicate of #${duplicate + 1}`
            : 'Verified';
        const team = v.ok ? v.entry.team : v.team ? `${v.team} (claimed)` : '–';
        const details = v.ok
          ? duplicate !== null
            ? 'The same game was collected before; it counts once.'
            : `${v.entry.months} months replayed; the claimed score matches.`
          : v.message;
        return html`<li class="ins-result is-${tone}">
          <div class="ins-result-head">
            <span class="ins-result-no">#${index + 1}</span>
            <span class="ins-badge ins-badge-${tone}">${status}</span>
            <strong class="ins-result-team">${team}</strong>
            ${v.ok ? html`<span class="ins-result-score">Score ${plainScore(v.entry.total)}</span>` : nothing}
          </div>
          <p class="ins-source">${result.source}</p>
          <p class="ins-reason">${details}</p>
          <button type="button" class="ins-btn ins-btn-small" aria-label=${`Remove result #${index + 1} (${v.ok ? v.entry.team : result.source})`}
            @click=${() => actions.removeResult(result.id)}>Remove</button>
        </li>`;
      })}
    </ol>
    ${clearControl(results.length, actions, draft, redraw)}`;
}

function ignoredList(state: InstructorData): TemplateResult | typeof nothing {
  if (state.ignored.length === 0) return nothing;
  return html`<details class="ins-ignored" open>
    <summary>Lines ignored (not a result code): ${state.ignored.length}</summary>
    <ul>
      ${state.ignored.map((line) => html`<li><span class="ins-source">${line.source}:</span> “${line.text}”</li>`)}
    </ul>
  </details>`;
}

function clearControl(
  count: number,
  actions: InstructorActions,
  draft: CollectDraft,
  redraw: () => void,
): TemplateResult {
  const ask = (on: boolean) => {
    draft.confirmClear = on;
    redraw();
  };
  if (!draft.confirmClear)
    return html`<div class="ins-clear">
      <button type="button" class="ins-btn ins-btn-quiet" @click=${() => ask(true)}>Clear all ${count} results of this session…</button>
    </div>`;
  return html`<div class="ins-clear">
    <p class="ins-warn" role="alert">Remove all ${count} collected results of this session? This cannot be undone.</p>
    <div class="ins-actions">
      <button type="button" class="ins-btn ins-btn-danger" @click=${() => {
        draft.confirmClear = false;
        actions.clearResults();
      }}>Yes, clear them</button>
      <button type="button" class="ins-btn" @click=${() => ask(false)}>Cancel</button>
    </div>
  </div>`;
}
