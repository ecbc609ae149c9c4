/** Panel 3, the leaderboard: teams ranked by score then profit, sortable by any column (aria-sort), each
 * team's name opening its debrief; and the CSV export (panel 5). */

import {
  aidsText,
  COLUMN_LABELS,
  defaultDirection,
  LEADERBOARD_COLUMNS,
  type LeaderboardColumn,
  leaderboardCsv,
  modeText,
  type RankedEntry,
} from '../../engine/classroom';
import { plainMoney, plainPercent, plainScore } from '../../engine/words/plain';
import { downloadText } from '../download';
import { button, clear, el } from './el';
import { type InstructorStore, leaderboardRows } from './state';

const NUMERIC: readonly LeaderboardColumn[] = [
  'rank',
  'total',
  'alignment',
  'balance',
  'execution',
  'profitCents',
  'fillRate',
  'forecastAccuracy',
];

/** A cell's text. */
function cellText(row: RankedEntry, column: LeaderboardColumn): string {
  const { entry } = row;
  switch (column) {
    case 'rank':
      return row.rank === null ? 'not ranked' : String(row.rank);
    case 'scenario':
      return entry.scenarioName;
    case 'rounds':
      return String(entry.rules.rounds);
    case 'mode':
      return modeText(entry.play);
    case 'aids':
      return aidsText(entry.play);
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
    default:
      return plainScore(entry[column]);
  }
}

/** A file name for the CSV, from the session's name. */
function csvFileName(sessionName: string | undefined): string {
  const base = (sessionName ?? 'results')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sop-arena-leaderboard-${base.slice(0, 40) || 'results'}.csv`;
}

/** Builds the panel; it redraws itself from the store. */
export function leaderboardPanel(store: InstructorStore, announce: (text: string) => void): HTMLElement {
  const tableBox = el('div', { className: 'ins-table-scroll' });
  const exportButton = button(
    'Export CSV',
    () => {
      const state = store.getState();
      const rows = leaderboardRows(state);
      downloadText(csvFileName(state.session?.config.name), leaderboardCsv(rows), 'text/csv;charset=utf-8');
      announce(`Leaderboard exported: ${rows.length} team${rows.length === 1 ? '' : 's'}.`);
    },
    'ins-btn',
  );

  const draw = () => {
    const state = store.getState();
    const rows = leaderboardRows(state);
    exportButton.disabled = rows.length === 0;
    const focused = document.activeElement?.getAttribute('data-sort');
    clear(tableBox);
    if (rows.length === 0) {
      tableBox.append(
        el('p', {
          className: 'ins-empty',
          text: 'No verified results yet: paste codes or drop files above.',
        }),
      );
      return;
    }
    const head = el(
      'tr',
      {},
      LEADERBOARD_COLUMNS.map((column) => {
        const sorted = state.sort.column === column;
        const th = el('th', {
          attrs: {
            scope: 'col',
            'aria-sort': sorted ? state.sort.direction : undefined,
            class: NUMERIC.includes(column) ? 'ins-num' : undefined,
          },
        });
        const arrow = sorted ? (state.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
        const sortButton = button(
          `${COLUMN_LABELS[column]}${arrow}`,
          () => {
            const direction = sorted
              ? state.sort.direction === 'ascending'
                ? 'descending'
                : 'ascending'
              : defaultDirection(column);
            store.setState({ sort: { column, direction } });
            announce(`Sorted by ${COLUMN_LABELS[column]}, ${direction}.`);
          },
          'ins-sort',
          { 'data-sort': column },
        );
        th.append(sortButton);
        return th;
      }),
    );
    const body = rows.map((row) => {
      const selected = state.selected === row.entry.key;
      const tr = el('tr', { className: selected ? 'is-selected' : '' });
      for (const column of LEADERBOARD_COLUMNS) {
        if (column === 'team') {
          const open = button(
            row.entry.team,
            () => store.setState({ selected: selected ? null : row.entry.key }),
            'ins-link-btn',
            {
              'aria-expanded': String(selected),
              'aria-controls': 'debrief',
              title: `Open the debrief of ${row.entry.team}`,
            },
          );
          tr.append(el('th', { attrs: { scope: 'row' } }, [open]));
        } else
          tr.append(
            el('td', { text: cellText(row, column), className: NUMERIC.includes(column) ? 'ins-num' : '' }),
          );
      }
      tr.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('button')) return;
        store.setState({ selected: selected ? null : row.entry.key });
      });
      return tr;
    });
    tableBox.append(
      el('table', { className: 'ins-table ins-leaderboard' }, [
        el('caption', {
          text: `Leaderboard: ${rows.length} team${rows.length === 1 ? '' : 's'}, ranked by score, then profit. Choose a heading to sort; choose a team to open its debrief.`,
        }),
        el('thead', {}, [head]),
        el('tbody', {}, body),
      ]),
    );
    if (focused) tableBox.querySelector<HTMLButtonElement>(`[data-sort="${focused}"]`)?.focus();
  };
  store.subscribe((state, previous) => {
    if (
      state.results !== previous.results ||
      state.sort !== previous.sort ||
      state.selected !== previous.selected
    )
      draw();
  });
  draw();
  return el('div', { className: 'ins-leaderboard-panel' }, [
    el('div', { className: 'ins-heading-row' }, [
      el('h2', { text: 'Leaderboard', attrs: { id: 'leaderboard-title' } }),
      exportButton,
    ]),
    tableBox,
  ]);
}
