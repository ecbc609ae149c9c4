/** Benchmark (`npx tsx src/cli/bench-verify.ts [COUNT]`): how long verifying a class's results takes in Node.
 * Generates COUNT (default 200) 12-round games by bot pairs across the built-in scenarios as result codes,
 * then times splitting the pasted text, decoding, replaying and ranking them. Prints; asserts nothing. */
import { pastedInputs, rankEntries, verifyInput } from '../engine/classroom';
import { distinctResultCodes } from './bench-tools';

const count = Number(process.argv[2] ?? 200);
if (!Number.isInteger(count) || count < 1 || count > 5000) {
  process.stderr.write('bench-verify: COUNT must be a whole number from 1 to 5000\n');
  process.exit(2);
}

let started = performance.now();
const codes = distinctResultCodes(count);
const generated = performance.now() - started;
const pasted = codes.join('\n');
const averageChars = Math.round(pasted.length / count);

/** One full pass: what the instructor's page and `npm run verify` do with a pasted batch. */
function verifyBatch(): { ms: number; valid: number } {
  const begin = performance.now();
  const inputs = pastedInputs(pasted);
  if (!inputs.ok) throw new Error(inputs.error);
  const entries = inputs.value.inputs.flatMap((input) => {
    const result = verifyInput(input);
    return result.ok ? [result.entry] : [];
  });
  rankEntries(entries);
  return { ms: performance.now() - begin, valid: entries.length };
}

started = performance.now();
const cold = verifyBatch();
const warm = verifyBatch();
const third = verifyBatch();
const fmt = (ms: number) => `${ms.toFixed(0)} ms (${(ms / count).toFixed(2)} ms per result)`;
process.stdout.write(
  [
    `Generated ${count} results of 12-round games in ${generated.toFixed(0)} ms; codes average ${averageChars} characters.`,
    `Verify ${count} results (split, decode, replay, compare, rank), Node ${process.version}:`,
    `  first pass (cold JIT): ${fmt(cold.ms)}, ${cold.valid} valid`,
    `  second pass:           ${fmt(warm.ms)}`,
    `  third pass:            ${fmt(third.ms)}`,
    `Target: under 1000 ms for ${count} results — ${cold.ms < 1000 ? 'met' : 'NOT met'} on the first pass, ${Math.min(warm.ms, third.ms) < 1000 ? 'met' : 'NOT met'} warm.`,
    '',
  ].join('\n'),
);
