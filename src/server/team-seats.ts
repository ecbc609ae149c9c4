/**
 * Who sits where in a team: players take seats 0…teamSize−1 in the order they join; the engine's
 * rotation gives each seat its role each month. A seat nobody holds, or whose player has been gone
 * longer than the grace period, is played by the session's bot until the player returns.
 */

import type { Role } from '../engine/types';
import type { SeatPlayer } from '../net/protocol';
import { BOT_PERSONAS } from '../store/seats';
import type { PlayerRow } from './store';

/** A player as the room tracks them. */
export interface SeatedPlayer {
  id: string;
  name: string;
  seat: number | null;
  tokenHash: string;
  /** Open connections (a player may have two tabs). */
  connections: number;
  /** When the last connection closed, or null while connected. */
  goneSince: number | null;
}

/** The display name of an engine bot id: a persona's name when one uses it, else "Bot (id)". */
export function botName(role: Role, botId: string): string {
  const persona = Object.values(BOT_PERSONAS).find((p) => p[role].botId === botId);
  return persona ? `${persona[role].name} (bot)` : `Bot (${botId})`;
}

/** The seats of one team. */
export class TeamSeats {
  private readonly players = new Map<string, SeatedPlayer>();

  constructor(
    rows: PlayerRow[],
    readonly teamSize: number,
    private readonly graceMs: number,
    /** When the room opened: players stored earlier get the grace period from then to come back. */
    openedAt: number,
  ) {
    for (const row of rows) this.players.set(row.id, { ...row, connections: 0, goneSince: openedAt });
  }

  /** The player with this id. */
  get(id: string): SeatedPlayer | undefined {
    return this.players.get(id);
  }

  /** The player whose token has this hash, if they belong to this team. */
  byTokenHash(hash: string): SeatedPlayer | undefined {
    return [...this.players.values()].find((p) => p.tokenHash === hash);
  }

  /** The lowest free seat, or null when the team is full. */
  freeSeat(): number | null {
    const taken = new Set([...this.players.values()].map((p) => p.seat));
    for (let seat = 0; seat < this.teamSize; seat++) if (!taken.has(seat)) return seat;
    return null;
  }

  /** Adds a player who has just been stored. */
  add(row: PlayerRow, now: number): SeatedPlayer {
    const player = { ...row, connections: 0, goneSince: now };
    this.players.set(row.id, player);
    return player;
  }

  /** The player in a seat, if any. */
  occupant(seat: number): SeatedPlayer | undefined {
    return [...this.players.values()].find((p) => p.seat === seat);
  }

  /** A connection of this player opened. */
  connect(id: string): void {
    const player = this.players.get(id);
    if (!player) return;
    player.connections += 1;
    player.goneSince = null;
  }

  /** A connection of this player closed; returns true when it was their last one. */
  disconnect(id: string, now: number): boolean {
    const player = this.players.get(id);
    if (!player) return false;
    player.connections = Math.max(0, player.connections - 1);
    if (player.connections === 0) player.goneSince = now;
    return player.connections === 0;
  }

  /** Milliseconds until the first absent player's grace period ends, or null when none is running. */
  untilGraceEnds(now: number): number | null {
    let soonest: number | null = null;
    for (const player of this.players.values()) {
      if (player.goneSince === null) continue;
      const left = player.goneSince + this.graceMs - now;
      if (left > 0 && (soonest === null || left < soonest)) soonest = left;
    }
    return soonest;
  }

  /** Whether the bot plays this seat now: nobody holds it, or its player is gone past the grace period. */
  botPlays(seat: number, now: number): boolean {
    const player = this.occupant(seat);
    if (!player) return true;
    return player.goneSince !== null && now - player.goneSince >= this.graceMs;
  }

  /** Each seat's name for the record: its player's, or the bot's when nobody took it. */
  seatNames(botFor: (seat: number) => string): string[] {
    return Array.from({ length: this.teamSize }, (_, seat) => this.occupant(seat)?.name ?? botFor(seat));
  }

  /** Every player as teammates see them: name, role this month, connected, played by the bot. */
  publicList(roleOf: (seat: number | null) => Role | null, now: number): SeatPlayer[] {
    return [...this.players.values()]
      .sort((a, b) => (a.seat ?? 99) - (b.seat ?? 99))
      .map((p) => ({
        name: p.name,
        role: roleOf(p.seat),
        connected: p.connections > 0,
        bot: p.seat !== null && this.botPlays(p.seat, now),
        seat: p.seat,
      }));
  }
}
