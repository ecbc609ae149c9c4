/**
 * Prints the literal GOLDEN table of test/engine/golden.test.ts from the current engine.
 * Run with `npx tsx test/engine/print-golden.ts` after an ENGINE_VERSION bump, and paste it in.
 */
import { ENGINE_VERSION } from '../../src/engine/game';
import { allGoldenFigures } from './golden-figures';

const figures = allGoldenFigures();
const lines = [`// Engine ${ENGINE_VERSION}: regenerate with \`npx tsx test/engine/print-golden.ts\`.`];
lines.push(`const GOLDEN_VERSION = '${ENGINE_VERSION}';`);
lines.push('const GOLDEN: Record<string, GoldenFigures> = {');
for (const [key, f] of Object.entries(figures)) {
  const m = f.month3;
  lines.push(`  '${key}': {`);
  lines.push(
    `    total: ${f.total}, alignment: ${f.alignment}, balance: ${f.balance}, execution: ${f.execution}, profitCents: ${f.profitCents},`,
  );
  lines.push(
    `    month3: { product: '${m.product}', demand: ${m.demand}, forecast: ${m.forecast}, produced: ${m.produced}, shipped: ${m.shipped}, inventoryOut: ${m.inventoryOut}, backlogOut: ${m.backlogOut}, lostSales: ${m.lostSales}, profitCents: ${m.profitCents} },`,
  );
  lines.push('  },');
}
lines.push('};');
console.log(lines.join('\n'));
