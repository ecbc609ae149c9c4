/** The round timer's display (no DOM). */

/** Seconds as m:ss; negative time shows as overtime with a leading minus ("−0:05"). */
export function formatClock(seconds: number): string {
  const whole = Math.trunc(seconds);
  const abs = Math.abs(whole);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return whole < 0 ? `\u2212${text}` : text;
}

/** Seconds allowed per turn when the classroom timer is on. */
export const TURN_SECONDS = 180;
