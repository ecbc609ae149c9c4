import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src/engine');

/** Calls whose results may differ by a bit between JavaScript engines, or that bring in chance or the clock. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random'],
  [/\bDate\b/, 'Date'],
  [/\bperformance\s*\.\s*now\b/, 'performance.now'],
  [
    /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\b/,
    'Math.<transcendental>',
  ],
  [/\*\*/, 'the ** operator'],
  [/\bcrypto\b/, 'crypto'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file with comments and string contents blanked out (so prose may name them). */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

describe('the engine uses only IEEE-exact arithmetic and no chance or clock', () => {
  const files = sources(ROOT);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s is clean', (_name, file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
    expect(found).toEqual([]);
  });

  it('would catch a forbidden call (the guard can fail)', () => {
    const code = codeOnly(
      'const x = Math.pow(2, 3); // Math.exp in a comment is fine\nconst t = Date.now();',
    );
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
    expect(found).toEqual(['Date', 'Math.<transcendental>']);
    expect(FORBIDDEN.some(([p]) => p.test(codeOnly("const s = 'Math.random';")))).toBe(false);
  });
});
