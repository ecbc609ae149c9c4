/** What this process has done, for GET /api/live/stats and bench:live's per-action cost (issue 12.8). */

const counters = { actions: 0, actionMs: 0, refused: 0, storageFailures: 0 };

/** Counts one stored action and the time it took (engine + database), in ms. */
export function countAction(ms: number): void {
  counters.actions += 1;
  counters.actionMs += ms;
}

/** Counts a refused move (rules or seat) or a failed write. */
export function countRefusal(kind: 'refused' | 'storageFailures'): void {
  counters[kind] += 1;
}

/** The counters with the process's CPU time and memory. */
export function processStats() {
  const cpu = process.cpuUsage();
  return {
    ...counters,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    uptimeS: Math.round(process.uptime()),
  };
}
