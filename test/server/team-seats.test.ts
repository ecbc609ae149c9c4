/** Seats of a live team: who holds them, and when the bot takes over from an absent player. */
import { describe, expect, it } from 'vitest';
import { TeamSeats } from '../../src/server/team-seats';

const GRACE = 5_000;
const row = (id: string, seat: number) => ({ id, teamId: 't', name: id, seat, tokenHash: `hash-${id}` });

describe('team seats', () => {
  it('counts down the grace period of an absent player and hands the seat to the bot when it ends', () => {
    const seats = new TeamSeats([], 2, GRACE, 0);
    seats.add(row('ann', 0), 1_000);
    seats.add(row('bob', 1), 1_000);
    seats.connect('ann');
    seats.connect('bob');
    expect(seats.untilGraceEnds(2_000)).toBeNull();

    expect(seats.disconnect('ann', 10_000)).toBe(true);
    expect(seats.untilGraceEnds(10_000)).toBe(GRACE);
    // A check that comes early (the room clock may fire before its time) finds the rest still to wait.
    expect(seats.botPlays(0, 14_990)).toBe(false);
    expect(seats.untilGraceEnds(14_990)).toBe(10);
    expect(seats.botPlays(0, 15_000)).toBe(true);
    expect(seats.untilGraceEnds(15_000)).toBeNull();
    expect(seats.botPlays(1, 15_000)).toBe(false);
  });

  it('waits for the soonest of several absent players, and not for one who came back', () => {
    const seats = new TeamSeats([row('ann', 0), row('bob', 1)], 2, GRACE, 0);
    // Stored before the room opened: both get the grace period from the opening.
    expect(seats.untilGraceEnds(1_000)).toBe(4_000);
    seats.connect('ann');
    expect(seats.untilGraceEnds(1_000)).toBe(4_000);
    seats.connect('bob');
    expect(seats.untilGraceEnds(1_000)).toBeNull();
    seats.disconnect('bob', 2_000);
    seats.disconnect('ann', 3_000);
    expect(seats.untilGraceEnds(3_000)).toBe(4_000);
    seats.connect('bob');
    expect(seats.untilGraceEnds(3_000)).toBe(5_000);
  });
});
