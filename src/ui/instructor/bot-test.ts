/** "Test-play with bots": every bot pair over ten seeds on the edited scenario, a few games at a time so the
 * page stays responsive, then the expected score ranges as a difficulty estimate. */
import {
  allPairsMean,
  type BotGameResult,
  difficultyJobs,
  type PairRange,
  pairRanges,
  runBotGame,
} from '../../engine/classroom';
import { difficultyLevel } from '../../engine/scenarios/difficulty';
import type { Scenario } from '../../engine/types';
import { plainScore } from '../../engine/words/plain';
import { clear, el, SCROLL_REGION } from './el';

/** Seeds each pair plays. */
export const TEST_SEEDS = 10;

/** Plays every job, reporting progress; stops early when `cancelled()` turns true. */
export async function runBotTest(
  scenario: Scenario,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<BotGameResult[] | null> {
  const jobs = difficultyJobs(TEST_SEEDS);
  const results: BotGameResult[] = [];
  let sliceStart = performance.now();
  for (const job of jobs) {
    if (cancelled()) return null;
    results.push(runBotGame(scenario, scenario.suggestedRounds, job));
    if (performance.now() - sliceStart > 30) {
      onProgress(results.length, jobs.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  onProgress(jobs.length, jobs.length);
  return results;
}

const find = (ranges: PairRange[], sales: string, ops: string) =>
  ranges.find((r) => r.sales === sales && r.ops === ops);

/** Shows the estimate: the two headline pairs, a difficulty word, and every pair in a table. */
export function showBotTest(box: HTMLElement, scenario: Scenario, results: BotGameResult[]): void {
  clear(box);
  const ranges = pairRanges(results);
  const planner = find(ranges, 'planner', 'planner');
  const misaligned = find(ranges, 'optimist', 'cautious');
  const failed = ranges.reduce((n, r) => n + r.failed, 0);
  const overall = allPairsMean(ranges);
  const range = (r: PairRange | undefined) =>
    r && r.games > 0 ? `${plainScore(r.min)}–${plainScore(r.max)}` : 'no games';
  const parts: (HTMLElement | null)[] = [
    el('p', { className: 'ins-estimate' }, [
      el('strong', {
        text: `Expected score on “${scenario.name}” (${scenario.suggestedRounds} rounds, ${TEST_SEEDS} seeds): `,
      }),
      `textbook planners ${range(planner)}; optimistic Sales with cautious Operations ${range(misaligned)}.`,
      overall !== null
        ? ` Difficulty: ${difficultyLevel(overall)} (all bot pairs average ${plainScore(overall)}; the built-ins are rated the same way).`
        : '',
    ]),
    failed > 0
      ? el('p', {
          className: 'ins-warn',
          text: `${failed} bot game${failed === 1 ? '' : 's'} could not be played on this scenario.`,
        })
      : null,
    el('div', { className: 'ins-table-scroll', attrs: SCROLL_REGION }, [
      el('table', { className: 'ins-table ins-table-compact' }, [
        el('caption', { text: 'Score range of every bot pair' }),
        el('thead', {}, [
          el(
            'tr',
            {},
            ['Sales bot', 'Operations bot', 'Lowest', 'Highest', 'Mean'].map((h) =>
              el('th', { text: h, attrs: { scope: 'col' } }),
            ),
          ),
        ]),
        el(
          'tbody',
          {},
          ranges.map((r) =>
            el('tr', { className: r === planner || r === misaligned ? 'is-selected' : '' }, [
              el('td', { text: r.sales }),
              el('td', { text: r.ops }),
              el('td', { text: r.games ? plainScore(r.min) : '–', className: 'ins-num' }),
              el('td', { text: r.games ? plainScore(r.max) : '–', className: 'ins-num' }),
              el('td', { text: r.games ? plainScore(r.mean) : '–', className: 'ins-num' }),
            ]),
          ),
        ),
      ]),
    ]),
  ];
  for (const part of parts) if (part) box.append(part);
}
