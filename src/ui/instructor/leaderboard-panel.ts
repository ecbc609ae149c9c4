/** Panel 3, the leaderboard: teams ranked by score then profit, sortable by any column (aria-sort), with the
 * conditions each team played under (scenario, rounds, mode and bot, aids); results played under other rules
 * come last, unranked, with what differs. A table on wide screens, one card per team on phones. Each team's
 * name opens its debrief; Export CSV for grading. A function of plain data (reused by the live console). */
import { html, nothing, type TemplateResult } from 'lit-html';
import {
  aidsText,
  COLUMN_LABELS,
  LEADERBOARD_COLUMNS,
  type LeaderboardColumn,
  leaderboardCsv,
  modeText,
  type RankedEntry,
  type Reference,
  type SortDirection,
} from '../../engine/classroom';
import { plainMoney, plainPercent, plainScore } from '../../engine/words/plain';
import { downloadText } from '../download';

const NUMERIC: readonly LeaderboardColumn[] = [
  'rank',
  'total',
  'alignment',
  'balance',
  'execution',
  'profitCents',
  'fillRate',
  'forecastAccuracy',
  'rounds',
];

/** What the leaderboard draws: plain data, whatever page holds it. */
export interface LeaderboardData {
  rows: readonly RankedEntry[];
  reference: Reference | null;
  sort: { column: LeaderboardColumn; direction: SortDirection };
  /** Key of the team whose debrief is open. */
  selected: string | null;
  /** Used in the CSV's file name. */
  sessionName?: string;
}

/** What the leaderboard asks for. */
export interface LeaderboardIntents {
  sortBy(column: LeaderboardColumn): void;
  openDebrief(key: string | null): void;
  announce(text: string): void;
}

/** A cell's text. */
export function cellText(row: RankedEntry, column: LeaderboardColumn): string {
  const { entry } = row;
  switch (column) {
    case 'rank':
      return row.rank === null ? 'not ranked' : String(row.rank);
    case 'team':
      return entry.team;
    case 'players':
      return entry.players.join(', ') || '–';
    case 'profitCents':
      return plainMoney(entry.profitCents);
    case 'fillRate':
      return plainPercent(entry.fillRate);
    case 'forecastAccuracy':
      return plainPercent(entry.forecastAccuracy);
    case 'scenario':
      return entry.scenarioName;
    case 'rounds':
      return String(entry.rules.rounds);
    case 'mode':
      return modeText(entry.play);
    case 'aids':
      return aidsText(entry.play);
    default:
      return plainScore(entry[column]);
  }
}

/** A file name for the CSV, from the session's name. */
export function csvFileName(sessionName: string | undefined): string {
  const base = (sessionName ?? 'results')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sop-arena-leaderboard-${base.slice(0, 40) || 'results'}.csv`;
}

/** The panel's template. */
export function leaderboardView(data: LeaderboardData, intents: LeaderboardIntents): TemplateResult {
  const { rows } = data;
  const exportCsv = () => {
    downloadText(csvFileName(data.sessionName), leaderboardCsv(rows), 'text/csv;charset=utf-8');
    intents.announce(`Leaderboard exported: ${rows.length} team${rows.length === 1 ? '' : 's'}.`);
  };
  const unranked = rows.filter((row) => row.rank === null).length;
  return html`<section class="ins-leaderboard-box" aria-labelledby="leaderboard-title">
    <div class="ins-heading-row">
      <h3 id="leaderboard-title">Leaderboard</h3>
      <button type="button" class="ins-btn" ?disabled=${rows.length === 0} @click=${exportCsv}>Export CSV</button>
    </div>
    ${
      data.reference
        ? html`<p class="ins-hint">Ranked by ${data.reference.source}: ${data.reference.rules.scenarioName}, ${data.reference.rules.rounds} rounds.
          ${unranked > 0 ? html`<strong>${unranked} result${unranked === 1 ? ' was' : 's were'} played under other rules: listed last, not ranked.</strong>` : nothing}</p>`
        : nothing
    }
    ${
      rows.length === 0
        ? html`<p class="ins-empty">No verified results yet: paste codes or drop files above.</p>`
        : html`${table(data, intents)}${cards(data, intents)}`
    }
  </section>`;
}

function table(data: LeaderboardData, intents: LeaderboardIntents): TemplateResult {
  const { rows, sort, selected } = data;
  return html`<div class="ins-table-scroll ins-wide-only">
    <table class="ins-table ins-leaderboard">
      <caption>Leaderboard: ${rows.length} team${rows.length === 1 ? '' : 's'}, ranked by score, then profit. Choose a heading to sort; choose a team to open its debrief.</caption>
      <thead><tr>
        ${LEADERBOARD_COLUMNS.map((column) => {
          const sorted = sort.column === column;
          const arrow = sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
          return html`<th scope="col" aria-sort=${sorted ? sort.direction : nothing} class=${NUMERIC.includes(column) ? 'ins-num' : ''}>
            <button type="button" class="ins-sort" data-sort=${column} @click=${() => intents.sortBy(column)}>${COLUMN_LABELS[column]}${arrow}</button>
          </th>`;
        })}
      </tr></thead>
      <tbody>
        ${rows.map((row) => {
          const open = selected === row.entry.key;
          return html`<tr class=${`${open ? 'is-selected' : ''} ${row.rank === null ? 'is-unranked' : ''}`}>
            ${LEADERBOARD_COLUMNS.map((column) =>
              column === 'team'
                ? html`<th scope="row">${teamButton(row, open, intents)}${row.marks.length > 0 ? html`<span class="ins-marks">${row.marks.join('; ')}</span>` : nothing}</th>`
                : html`<td class=${NUMERIC.includes(column) ? 'ins-num' : ''}>${cellText(row, column)}</td>`,
            )}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** Phones: one card per team with its rank, score, profit, conditions and marks; a sort select above. */
function cards(data: LeaderboardData, intents: LeaderboardIntents): TemplateResult {
  const { rows, sort, selected } = data;
  return html`<div class="ins-narrow-only">
    <div class="ins-field ins-sort-select">
      <label for="leaderboard-sort">Sort by</label>
      <select id="leaderboard-sort" @change=${(e: Event) => intents.sortBy((e.target as HTMLSelectElement).value as LeaderboardColumn)}>
        ${LEADERBOARD_COLUMNS.map((column) => html`<option value=${column} ?selected=${sort.column === column}>${COLUMN_LABELS[column]}</option>`)}
      </select>
    </div>
    <ol class="ins-cards" aria-label="Leaderboard">
      ${rows.map((row) => {
        const open = selected === row.entry.key;
        return html`<li class=${`ins-card ${row.rank === null ? 'is-unranked' : ''} ${open ? 'is-selected' : ''}`}>
          <div class="ins-card-head">
            <span class="ins-card-rank">${row.rank === null ? '–' : `#${row.rank}`}</span>
            ${teamButton(row, open, intents)}
            <span class="ins-card-score">${plainScore(row.entry.total)}</span>
          </div>
          <dl class="ins-card-figures">
            ${(
              [
                'profitCents',
                'alignment',
                'balance',
                'execution',
                'fillRate',
                'scenario',
                'rounds',
                'mode',
                'aids',
              ] as const
            ).map(
              (column) => html`<div><dt>${COLUMN_LABELS[column]}</dt><dd>${cellText(row, column)}</dd></div>`,
            )}
          </dl>
          ${row.marks.length > 0 ? html`<p class="ins-marks">Not ranked: ${row.marks.join('; ')}</p>` : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}

function teamButton(row: RankedEntry, open: boolean, intents: LeaderboardIntents): TemplateResult {
  return html`<button type="button" class="ins-link-btn" aria-expanded=${String(open)} aria-controls="debrief"
    title=${`Open the debrief of ${row.entry.team}`}
    @click=${() => intents.openDebrief(open ? null : row.entry.key)}>${row.entry.team}</button>`;
}
