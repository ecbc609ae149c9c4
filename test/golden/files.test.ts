import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/game';
import { GOLDEN_DIR, goldenFile, readGolden, staleGoldenMessage } from './golden-file';
import { GOLDEN_SETS } from './sets';

describe('golden data files', () => {
  it('are exactly one JSON file per golden set', () => {
    const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(
      Object.keys(GOLDEN_SETS)
        .map((name) => `${name}.json`)
        .sort(),
    );
  });

  it.each(Object.keys(GOLDEN_SETS))('%s.json names the command that rewrites it', (name) => {
    expect(readGolden(name).regenerate).toBe('npm run golden');
  });

  it('a file written for another engine fails with the version and the command', () => {
    const stale = goldenFile('0.9.0', {});
    expect(staleGoldenMessage(stale, '1.2.0')).toBe(
      'golden figures are for engine 0.9.0, engine is 1.2.0: run npm run golden',
    );
    expect(staleGoldenMessage(goldenFile(ENGINE_VERSION, {}), ENGINE_VERSION)).toBeNull();
  });
});
