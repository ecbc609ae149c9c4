/**
 * Group commit for the action log: actions arriving in the same tick (from many teams) are written in
 * one multi-row INSERT, and each caller's promise settles only once its row is stored. The embedded
 * database pays per statement, so one statement for fifty actions costs little more than one for one.
 */
import type { Action } from '../engine/types';
import type { Database } from './database';

interface Pending {
  teamId: string;
  step: number;
  action: Action;
  playerId: string | null;
  at: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Most rows in one statement (5 parameters each, well under PostgreSQL's limit). */
const MAX_BATCH = 200;

/** Writes actions in batches; `append` resolves when the action is durably stored. */
export class ActionWriter {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly db: Database) {}

  /** Stores one action at `step` of a team's log; rejects (nothing stored) when the write fails. */
  append(teamId: string, step: number, action: Action, playerId: string | null): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ teamId, step, action, playerId, at: Date.now(), resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        await this.write(batch);
        for (const row of batch) row.resolve();
      } catch (error) {
        // One bad row must not fail the others: on a batch failure each row is tried alone.
        if (batch.length === 1) batch[0].reject(error as Error);
        else for (const row of batch) await this.write([row]).then(row.resolve, (e: Error) => row.reject(e));
      }
    }
  }

  private async write(rows: Pending[]): Promise<void> {
    const params: unknown[] = [];
    const values = rows.map((row, i) => {
      params.push(row.teamId, row.step, JSON.stringify(row.action), row.playerId, row.at);
      const n = i * 5;
      return `($${n + 1}, $${n + 2}, $${n + 3}::jsonb, $${n + 4}, $${n + 5})`;
    });
    await this.db.query(
      `INSERT INTO actions (team_id, step, action, player_id, at) VALUES ${values.join(', ')}`,
      params,
    );
  }
}
