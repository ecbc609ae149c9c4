/** Builds a team's view from the database: its players and every stored action, replayed by the engine. */
import type { Database } from './database';
import type { LiveSessionRow, TeamRow } from './store';
import * as store from './store';
import { TeamGame } from './team-game';
import { TeamSeats } from './team-seats';
import { TeamView } from './team-view';

/** A team's game, seats and session, as stored now (players count as gone since `now`). */
export async function loadTeamView(
  db: Database,
  team: TeamRow,
  session: LiveSessionRow,
  now: number,
): Promise<TeamView> {
  const [players, actions] = await Promise.all([
    store.playersOfTeam(db, team.id),
    store.actionsOfTeam(db, team.id),
  ]);
  const seats = new TeamSeats(players, session.settings.teamSize, session.settings.graceSeconds * 1000, now);
  return new TeamView(team, session, new TeamGame(session.settings, actions), seats);
}
