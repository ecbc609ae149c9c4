/** The console's "months so far": the server's answer is checked like any record from outside before it is shown. */
import { describe, expect, it } from 'vitest';
import { getScenario, newRecord, playGame, recordOf } from '../../src/engine';
import { readTeamRecord } from '../../src/net/team-record';

const scenario = getScenario('steady-start');
if (!scenario) throw new Error('steady-start is built in');
const settings = { rounds: 3, rotateEvery: 1 };
const played = playGame(scenario, 'months-so-far', settings, 'planner', 'planner');
const record = recordOf(newRecord(scenario, 'months-so-far', settings), played.actions, played.state);

describe("a team's record so far", () => {
  it('replays a valid record into the state the debrief is drawn from', () => {
    const read = readTeamRecord({ record, finished: true });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.state.history).toHaveLength(3);
    expect(read.value.state.phase).toBe('finished');
    const partial = recordOf(record, played.actions.slice(0, 12), played.state);
    const early = readTeamRecord({ record: partial, finished: false });
    if (!early.ok) throw new Error(early.error);
    expect(early.value.state.phase).not.toBe('finished');
  });

  it('refuses an answer that is not a record, a damaged record, and one that does not replay', () => {
    expect(readTeamRecord(null)).toEqual({ ok: false, error: "The server's answer is not a team's record." });
    expect(readTeamRecord({ record })).toEqual({
      ok: false,
      error: "The server's answer is not a team's record.",
    });
    const damaged = readTeamRecord({ record: { ...record, seed: 42 }, finished: false });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.error).toMatch(/^The team's record is not valid: .*seed/);
    const wrongMove = { ...record, actions: [{ type: 'execute' }] };
    const refused = readTeamRecord({ record: wrongMove, finished: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/^The team's record does not replay: /);
  });
});
