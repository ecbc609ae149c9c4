/** The visible round timer for classroom play: counts down a turn, then shows the overtime. */
import { h } from './dom';
import { formatClock } from './present/clock';

/** A running timer element; destroy() stops it. */
export function createTurnTimer(seconds: number): { element: HTMLElement; destroy(): void } {
  const started = Date.now();
  const value = h('span', { className: 'timer-value' });
  const element = h(
    'p',
    { className: 'turn-timer', attrs: { role: 'timer', 'aria-label': 'Time left for this turn' } },
    [h('span', { className: 'timer-label', text: 'Time left ' }), value],
  );
  const tick = () => {
    const left = seconds - Math.floor((Date.now() - started) / 1000);
    value.textContent = formatClock(left);
    element.classList.toggle('timer-late', left < 0);
    element.classList.toggle('timer-soon', left >= 0 && left <= 30);
  };
  tick();
  const interval = window.setInterval(tick, 1000);
  return { element, destroy: () => window.clearInterval(interval) };
}
