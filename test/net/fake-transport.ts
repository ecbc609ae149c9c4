/** A scripted live transport for the live store's tests: records what the device sends, lets a test play the
 * server's messages, drops and losses, and steps time by hand (no timers). */
import type { Result } from '../../src/engine/types';
import type { JoinInfo, TeamJoinOptions } from '../../src/net/protocol';
import type { LiveTransport, RoomHandlers, Schedule } from '../../src/net/transport';

/** The fake and the handles a test drives it with. */
export interface FakeTransport extends LiveTransport {
  sent: { type: string; payload: unknown }[];
  joins: TeamJoinOptions[];
  /** The room's handlers as the store gave them on the last join. */
  handlers: RoomHandlers | null;
  /** Answer the next joins with these refusals (then succeed). */
  refuseNext: string[];
  left: number;
  info: Result<JoinInfo, string>;
}

/** A session with one open team. */
export const SAMPLE_INFO: JoinInfo = {
  sessionName: 'Tuesday class',
  scenarioName: 'Steady start',
  rounds: 6,
  teamSize: 2,
  teamForming: 'players',
  status: 'waiting',
  teams: [{ teamId: 'team-aaaaaaaa', name: 'Blue', players: ['Ana'], open: true }],
};

/** Creates the fake. */
export function fakeTransport(): FakeTransport {
  const fake: FakeTransport = {
    sent: [],
    joins: [],
    handlers: null,
    refuseNext: [],
    left: 0,
    info: { ok: true, value: SAMPLE_INFO },
    async lookup() {
      return fake.info;
    },
    async createTeam(_code, name) {
      return name === 'Taken'
        ? { ok: false, error: 'A team of that name exists.' }
        : { ok: true, value: 'team-new00000' };
    },
    async joinTeam(options, handlers) {
      fake.joins.push(options);
      const refusal = fake.refuseNext.shift();
      if (refusal) return { ok: false, error: refusal };
      fake.handlers = handlers;
      return {
        ok: true,
        value: {
          send: (type, payload) => fake.sent.push({ type, payload }),
          leave: async () => {
            fake.left += 1;
          },
        },
      };
    },
  };
  return fake;
}

/** A schedule that runs nothing until the test calls `runAll`. */
export function manualSchedule(): Schedule & { pending: (() => void)[]; delays: number[]; runAll(): void } {
  const pending: (() => void)[] = [];
  const delays: number[] = [];
  const schedule = ((run: () => void, ms: number) => {
    pending.push(run);
    delays.push(ms);
    return () => {
      const i = pending.indexOf(run);
      if (i >= 0) pending.splice(i, 1);
    };
  }) as Schedule & { pending: (() => void)[]; delays: number[]; runAll(): void };
  schedule.pending = pending;
  schedule.delays = delays;
  schedule.runAll = () => {
    for (const run of pending.splice(0)) run();
  };
  return schedule;
}
