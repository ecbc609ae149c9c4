/** The notice on every screen when progress is not being saved (storage full or unavailable): what it means,
 * how to free space, and Try saving again. A view of the store's storageProblem, redrawn on change. */
import { html, nothing, render } from 'lit-html';
import type { AppStore } from '../store/app-store';
import type { StorageProblem } from '../store/types';

/** What the player reads for a storage problem: the headline and what to do. */
function storageProblemText(problem: StorageProblem): { headline: string; advice: string[] } {
  if (problem === 'full') {
    return {
      headline: 'Your progress is not being saved: this browser’s storage for S&OP Arena is full.',
      advice: [
        'Keep this tab open: the game goes on here, but a reload would lose the moves since the last save.',
        'To free space, clear results collected on the instructor page (For instructors → Results & leaderboard → Clear all), or delete this site’s stored data in your browser’s settings, then press Try saving again.',
      ],
    };
  }
  return {
    headline: 'Your progress is not being saved: this browser does not let S&OP Arena store data.',
    advice: [
      'Keep this tab open to finish the game: a reload would start again from the title.',
      'Private windows and blocked site data prevent saving. Allow this site to store data (or use a normal window), then press Try saving again.',
    ],
  };
}

/** Mounts the notice; it shows only while the store reports a storage problem. */
export function createStorageNotice(store: AppStore): { element: HTMLElement; destroy(): void } {
  const element = document.createElement('div');
  element.className = 'storage-notice-region';
  element.setAttribute('role', 'alert');
  const draw = () => {
    const problem = store.getState().storageProblem;
    if (!problem) return render(nothing, element);
    const { headline, advice } = storageProblemText(problem);
    render(
      html`<div class="notice notice-danger storage-notice">
        <p class="storage-notice-headline">${headline}</p>
        ${advice.map((line) => html`<p>${line}</p>`)}
        <button type="button" class="btn" @click=${() => store.getState().retrySave()}>Try saving again</button>
      </div>`,
      element,
    );
  };
  draw();
  let last = store.getState().storageProblem;
  const unsubscribe = store.subscribe((state) => {
    if (state.storageProblem === last) return;
    last = state.storageProblem;
    draw();
  });
  return { element, destroy: unsubscribe };
}
