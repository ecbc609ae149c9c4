/** A per-connection token bucket: `ratePerSecond` on average, bursts of up to `burst` messages. */

/** One connection's allowance; `take` is called for every message it sends. */
export class RateLimiter {
  private tokens: number;
  private last: number;
  /** Messages refused in a row; the room closes a connection that keeps flooding. */
  refusedInARow = 0;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** True when the message may be handled; false when the connection is over its allowance. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.refusedInARow = 0;
      return true;
    }
    this.refusedInARow += 1;
    return false;
  }
}
