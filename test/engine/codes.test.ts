import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOT_PERSONA_IDS, newRecord, PLAY_MODES, playGame, recordOf, replay } from '../../src/engine';
import { decodeBase64url, encodeBase64url } from '../../src/engine/codes/base64url';
import { crc32, writeUint32 } from '../../src/engine/codes/checksum';
import { compress, inflateCapped } from '../../src/engine/codes/compact';
import {
  decodeResultCode,
  decodeSessionCode,
  encodeResultCode,
  encodeSessionCode,
  MAX_CODE_CHARS,
  RESULT_CODE_PREFIX,
  SESSION_CODE_PREFIX,
  type SessionConfig,
  sessionId,
} from '../../src/engine/codes/index';
import { scenarioHash } from '../../src/engine/scenario-hash';
import { BUILTIN_SCENARIOS, getScenario } from '../../src/engine/scenarios';
import type { Action, GameRecord, Horizon, OpsPlan, SalesPlan } from '../../src/engine/types';

const seasonal = getScenario('seasonal-peak')!;
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Raw DEFLATE of `megabytes` MB of zeros, made by Node's zlib (much faster than fflate at this size). */
const zeroBomb = (megabytes: number) =>
  new Uint8Array(deflateRawSync(new Uint8Array(megabytes * 1024 * 1024), { level: 9 }));

/** A deterministic stream of small integers for hand-built fixtures. */
function numbers(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/** A full game of realistic plans for two products, the way the phase machine would log it. */
function realisticRecord(rounds: number): GameRecord {
  const next = numbers(rounds);
  const horizon = (base: number): Horizon => [base + next(40), base + next(60), base + next(80)];
  const salesPlan = (m: number): SalesPlan => ({
    forecast: { ebike: horizon(300 + 20 * m), scooter: horizon(180) },
    promotion: { ebike: m % 4 === 0 ? 10 : 0, scooter: m === 6 ? 20 : 0 },
    acceptDeals: m % 5 === 0 ? [`deal-${m}-ebike`] : [],
  });
  const opsPlan = (m: number): OpsPlan => ({
    production: { ebike: horizon(310 + 20 * m), scooter: horizon(175) },
    materialOrder: { ebike: 300 + next(100), scooter: 170 + next(30) },
    expedite: { ebike: m === 7 ? 40 : 0, scooter: 0 },
    overtimeHours: m >= 5 && m <= 8 ? 120 + next(40) : 0,
  });
  const actions: Action[] = [];
  for (let m = 1; m <= rounds; m++) {
    actions.push({ type: 'startRound' }, { type: 'submitSalesPlan', plan: salesPlan(m) });
    if (m % 3 === 0) actions.push({ type: 'shareSignal', role: 'sales', signalId: `sig-${m}-viralSpike` });
    actions.push({ type: 'submitOpsPlan', plan: opsPlan(m) });
    if (m % 4 === 1) actions.push({ type: 'shareSignal', role: 'ops', signalId: `sig-${m}-supplierDelay` });
    if (m % 2 === 0) actions.push({ type: 'reviseSalesPlan', plan: salesPlan(m) });
    if (m % 3 === 1) actions.push({ type: 'reviseOpsPlan', plan: opsPlan(m) });
    actions.push({ type: 'signOff', role: 'sales' }, { type: 'signOff', role: 'ops' }, { type: 'execute' });
    actions.push({ type: 'nextRound' });
  }
  return {
    format: 1,
    engineVersion: '1.0.0',
    scenarioId: seasonal.id,
    scenarioHash: scenarioHash(seasonal),
    seed: 'class-2025-a',
    settings: { rounds, rotateEvery: 1 },
    actions,
    team: { name: 'Les Planificateurs — équipe 3', players: ['Ana', 'Björn', '李雷'] },
    session: { name: 'Ops 101', code: 'SOPS1.abc' },
    claimed: {
      total: 71.4,
      alignment: 80.2,
      balance: 66.1,
      execution: 67.9,
      profitCents: 123456789,
      months: rounds,
    },
  };
}

const minimal: GameRecord = {
  format: 1,
  engineVersion: '1.0.0',
  scenarioId: 'steady-start',
  scenarioHash: '0123456789abcdef',
  seed: 's',
  settings: { rounds: 6, rotateEvery: 2 },
  actions: [],
};

/** Builds a code by hand: prefix + base64url([flags][LEB128 length][payload][CRC-32]). */
function frame(prefix: string, flags: number, payload: Uint8Array): string {
  const length: number[] = [];
  for (let n = payload.length; ; n = Math.floor(n / 128)) {
    length.push(n >= 128 ? (n % 128) | 128 : n);
    if (n < 128) break;
  }
  const body = new Uint8Array(1 + length.length + payload.length + 4);
  body[0] = flags;
  body.set(length, 1);
  body.set(payload, 1 + length.length);
  writeUint32(body, body.length - 4, crc32(body.subarray(0, body.length - 4)));
  return prefix + encodeBase64url(body);
}

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as the RFC 4648 vector %j and back', (text, code) => {
    expect(encodeBase64url(utf8(text))).toBe(code);
    expect(decodeBase64url(code)).toEqual({ ok: true, value: utf8(text) });
  });

  it('uses - and _ instead of + and /', () => {
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it.each([
    ['Zm9v=', 'badCharacter'],
    ['Zm+v', 'badCharacter'],
    ['Zm/v', 'badCharacter'],
    ['Zm9 v', 'badCharacter'],
    ['Zm9vY', 'badLength'],
    ['Zh', 'nonCanonical'],
    ['Zm9', 'nonCanonical'],
  ])('refuses %j (%s)', (code, type) => {
    const decoded = decodeBase64url(code);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.type).toBe(type);
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual({ ok: true, value: bytes });
      }),
    );
  });
});

describe('crc32 and capped inflate', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) is the standard value', (text, expected) => {
    expect(crc32(utf8(text))).toBe(expected);
  });

  it('inflates what it deflated, within the cap', () => {
    const data = utf8('forecast '.repeat(1000));
    expect(inflateCapped(compress(data), data.length)).toEqual({ ok: true, value: data });
    expect(inflateCapped(compress(data), data.length - 1)).toEqual({
      ok: false,
      error: { type: 'tooLarge', limit: data.length - 1 },
    });
  });

  it('stops a 50 MB bomb early', () => {
    const bomb = zeroBomb(50);
    const inflated = inflateCapped(bomb, 1024 * 1024);
    expect(inflated.ok ? 'inflated' : inflated.error.type).toBe('tooLarge');
  });

  it('refuses damaged deflate data', () => {
    const inflated = inflateCapped(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 1024);
    expect(inflated.ok ? 'inflated' : inflated.error.type).toBe('corrupt');
  });
});

describe('result codes', () => {
  const bigRecord = realisticRecord(12);
  const cases: [string, GameRecord][] = [
    ['a record without actions', minimal],
    ['a 12-round game of two products', bigRecord],
    ['a 24-round game', realisticRecord(24)],
    [
      'an inline scenario and weights',
      {
        ...minimal,
        scenario: seasonal,
        settings: { rounds: 12, rotateEvery: 3, weights: { alignment: 2, balance: 1, execution: 0.5 } },
      },
    ],
    [
      'plans whose products differ in order and set',
      {
        ...minimal,
        actions: [
          bigRecord.actions[1],
          {
            type: 'submitSalesPlan',
            plan: {
              forecast: { scooter: [1, 2, 3], ebike: [4, 5, 6] },
              promotion: { ebike: 20 },
              acceptDeals: ['d1', 'd2'],
            },
          },
          {
            type: 'submitOpsPlan',
            plan: {
              production: {},
              materialOrder: { ebike: 2.5 },
              expedite: { other: 1 },
              overtimeHours: 0.25,
            },
          },
        ],
      },
    ],
  ];

  it('has at least 100 actions in the realistic fixture', () => {
    expect(bigRecord.actions.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases)('round-trips %s', (_name, record) => {
    const code = encodeResultCode(record);
    expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^SOPR1\.[A-Za-z0-9_-]+$/);
    expect(decodeResultCode(code)).toEqual({ ok: true, value: record });
  });

  it('keeps a 12-round game of two products short', () => {
    const code = encodeResultCode(bigRecord);
    console.log(`result code of ${bigRecord.actions.length} actions: ${code.length} characters`);
    expect(code.length).toBeLessThan(JSON.stringify(bigRecord).length / 3);
  });

  it('round-trips random records', () => {
    fc.assert(
      fc.property(recordArbitrary(), (record) => {
        expect(decodeResultCode(encodeResultCode(record))).toEqual({ ok: true, value: record });
      }),
      { numRuns: 100 },
    );
  });

  it('decodes 200 realistic result codes (time printed, not asserted: tests never depend on timing)', () => {
    const code = encodeResultCode(bigRecord);
    const started = performance.now();
    for (let i = 0; i < 200; i++) expect(decodeResultCode(code)).toEqual({ ok: true, value: bigRecord });
    console.log(`decoded 200 result codes in ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('tolerates whitespace and line breaks inside a pasted code', () => {
    const code = encodeResultCode(bigRecord);
    const wrapped = `  \n${code.replace(/(.{40})/g, '$1\r\n\t ')} \n`;
    expect(decodeResultCode(wrapped)).toEqual({ ok: true, value: bigRecord });
    expect(decodeResultCode(code.replace('SOPR1.', 'sopr1.'))).toEqual({ ok: true, value: bigRecord });
  });
});

describe('result codes of real games', () => {
  it.each(BUILTIN_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    'carry a bot game on %s whose replay gives the same state',
    (_id, scenario) => {
      const settings = { rounds: 12, rotateEvery: 1 };
      const { state, actions } = playGame(scenario, 'class-seed', settings, 'optimist', 'chase');
      const team = { name: 'Team 1', players: ['Ana', 'Ben'] };
      const record = recordOf(
        newRecord(scenario, 'class-seed', settings, { team, inline: true }),
        actions,
        state,
      );
      const decoded = decodeResultCode(encodeResultCode(record));
      expect(decoded).toEqual({ ok: true, value: record });
      const replayed = decoded.ok ? replay(decoded.value) : decoded;
      expect(replayed).toEqual({ ok: true, value: state });
    },
  );
});

describe('result code refusals', () => {
  const code = encodeResultCode(realisticRecord(12));
  const body = code.slice(RESULT_CODE_PREFIX.length);
  const packed = (overrides: Record<number, unknown>) => {
    const layout: unknown[] = [
      1,
      '1.0.0',
      'steady-start',
      '0123456789abcdef',
      's',
      [6, 1],
      ['ebike'],
      [0],
      {},
    ];
    for (const [at, value] of Object.entries(overrides)) layout[Number(at)] = value;
    return frame(RESULT_CODE_PREFIX, 0, utf8(JSON.stringify(layout)));
  };

  it.each([
    ['empty', '', /is empty/],
    ['only whitespace', ' \n\t ', /is empty/],
    ['garbage', 'hello world', /not a result code: a result code starts with SOPR1\./],
    [
      'a session code',
      encodeSessionCode({ name: 'A', scenarioId: 'x', seed: 's', rounds: 6, rotateEvery: 1 }),
      /session code, not a result code/,
    ],
    ['a newer format', `SOPR2.${body}`, /unsupported format version \(format 2\)/],
    [
      'a + character',
      `${code.slice(0, 30)}+${code.slice(31)}`,
      /character that cannot be in a code \("\+" at position 31\)/,
    ],
    ['padding', `${code}==`, /character that cannot be in a code \("="/],
    ['an emoji', `${code.slice(0, 20)}🙂${code.slice(20)}`, /\("🙂" at position 21\)/],
    ['the prefix alone', RESULT_CODE_PREFIX, /incomplete/],
    ['extra characters', `${code}AAAA`, /extra characters at the end/],
    ['oversized text', `${RESULT_CODE_PREFIX}${'A'.repeat(MAX_CODE_CHARS)}`, /too large/],
    ['an enormous paste', 'A'.repeat(1_000_000), /too large/],
    ['not JSON', frame(RESULT_CODE_PREFIX, 0, utf8('{"format":1,')), /not JSON/],
    ['invalid UTF-8', frame(RESULT_CODE_PREFIX, 0, Uint8Array.from([0x5b, 0xff, 0x5d])), /not JSON/],
    [
      'an unknown encoding flag',
      frame(RESULT_CODE_PREFIX, 7, utf8('[]')),
      /unsupported format version \(encoding 7\)/,
    ],
    [
      'damaged deflate data',
      frame(RESULT_CODE_PREFIX, 1, Uint8Array.from([0xff, 0xff, 0xff])),
      /damaged compressed data/,
    ],
    ['JSON that is no record', frame(RESULT_CODE_PREFIX, 0, utf8('{"format":1}')), /unknown layout/],
    ['a record of another format', packed({ 0: 2 }), /unsupported format version \(record format 2\)/],
    [
      'a bad horizon',
      packed({ 7: [[1, [[1, 2]], [0], []]] }),
      /valid game record: actions\[0\]\.plan\.forecast\.ebike: must be 3 numbers/,
    ],
    [
      'a bad promotion',
      packed({ 7: [0, [1, [[1, 2, 3]], [15], []]] }),
      /actions\[1\]\.plan\.promotion\.ebike: must be 0, 10 or 20/,
    ],
    ['an unknown action', packed({ 7: [0, 0, 42] }), /actions\[2\]: must be an action of a known type/],
    ['a bad rounds setting', packed({ 5: [25, 1] }), /settings\.rounds: must be a whole number from 1 to 24/],
    ['an unknown extra', packed({ 8: { actions: [] } }), /unknown layout/],
    [
      'an invalid inline scenario',
      packed({ 8: { scenario: { ...seasonal, products: [] } } }),
      /scenario\.products: must list 1 to 3 products/,
    ],
  ])('refuses %s', (_name, text, reason) => {
    const decoded = decodeResultCode(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(reason);
  });

  it('calls every cut of a code incomplete', () => {
    for (let end = RESULT_CODE_PREFIX.length; end < code.length; end++) {
      expect(decodeResultCode(code.slice(0, end))).toEqual({
        ok: false,
        error: 'The result code is incomplete: it looks cut off. Copy the whole code.',
      });
    }
  });

  it('detects any changed character past the length header as a checksum mismatch', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: body.length - 1 }),
        fc.integer({ min: 1, max: 63 }),
        (at, shift) => {
          const changed = alphabet[(alphabet.indexOf(body[at]) + shift) % 64];
          const edited = `${RESULT_CODE_PREFIX}${body.slice(0, at)}${changed}${body.slice(at + 1)}`;
          expect(decodeResultCode(edited)).toEqual({
            ok: false,
            error: 'The result code is corrupt or was edited: its checksum does not match.',
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses any changed character, header included', () => {
    for (let at = 0; at < 8; at++) {
      const changed = body[at] === 'A' ? 'B' : 'A';
      expect(
        decodeResultCode(`${RESULT_CODE_PREFIX}${body.slice(0, at)}${changed}${body.slice(at + 1)}`).ok,
      ).toBe(false);
    }
  });

  it('refuses a decompression bomb with a valid checksum without expanding it (memory, not time, is checked)', () => {
    const bomb = frame(RESULT_CODE_PREFIX, 1, zeroBomb(45));
    expect(bomb.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    const memoryBefore = process.memoryUsage();
    const decoded = decodeResultCode(bomb);
    const memoryAfter = process.memoryUsage();
    expect(decoded).toEqual({
      ok: false,
      error: 'The result code expands to more than 1 MB of data: refused.',
    });
    const grown =
      memoryAfter.arrayBuffers + memoryAfter.heapUsed - memoryBefore.arrayBuffers - memoryBefore.heapUsed;
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a 50 MB bomb as too large before decoding it', () => {
    const bomb = frame(RESULT_CODE_PREFIX, 1, zeroBomb(50));
    expect(decodeResultCode(bomb)).toEqual({
      ok: false,
      error: `The result code is too large: ${bomb.length} characters, at most ${MAX_CODE_CHARS}.`,
    });
  });
});

describe('session codes', () => {
  const typical: SessionConfig = {
    name: 'MBA Section B',
    scenarioId: 'seasonal-peak',
    seed: 'x7k2p9',
    rounds: 12,
    rotateEvery: 1,
  };
  const cases: [string, SessionConfig][] = [
    ['a typical session', typical],
    [
      'every option',
      {
        ...typical,
        weights: { alignment: 2, balance: 1, execution: 0 },
        suggest: false,
        timerSeconds: 180,
        modes: ['solo', 'pair'],
        personas: ['naive'],
      },
    ],
    ['Suggest on and a timer', { ...typical, suggest: true, timerSeconds: 3600 }],
    [
      'an inline custom scenario',
      { ...typical, scenarioId: 'custom', scenario: { ...seasonal, id: 'custom' } },
    ],
    [
      'long unicode text',
      { ...typical, name: 'Séance « S&OP » — 第二组 🚲'.padEnd(60, '·'), seed: 'ß'.repeat(64) },
    ],
  ];

  it.each(cases)('round-trips %s', (_name, config) => {
    const code = encodeSessionCode(config);
    expect(code).toMatch(/^SOPS1\.[A-Za-z0-9_-]+$/);
    expect(decodeSessionCode(code)).toEqual({ ok: true, value: config });
  });

  it('gives a typical session a short code', () => {
    const code = encodeSessionCode(typical);
    console.log(`typical session code (${code.length} characters): ${code}`);
    expect(code.length).toBeLessThan(80);
  });

  it('round-trips random sessions', () => {
    fc.assert(
      fc.property(sessionArbitrary(), (config) => {
        expect(decodeSessionCode(encodeSessionCode(config))).toEqual({ ok: true, value: config });
      }),
      { numRuns: 150 },
    );
  });

  it('tolerates whitespace, as when a code is typed in groups', () => {
    const code = encodeSessionCode(typical);
    expect(decodeSessionCode(code.replace(/(.{5})/g, '$1 '))).toEqual({ ok: true, value: typical });
  });

  const raw = (layout: unknown) => frame(SESSION_CODE_PREFIX, 0, utf8(JSON.stringify(layout)));
  const base = ['A', 'steady-start', 's', 12, 1];
  it.each([
    ['empty', '', /session code is empty/],
    ['a result code', encodeResultCode(minimal), /result code, not a session code/],
    ['garbage', 'https://example.com', /not a session code: a session code starts with SOPS1\./],
    [
      'a newer format',
      `SOPS9.${encodeSessionCode(typical).slice(6)}`,
      /unsupported format version \(format 9\)/,
    ],
    ['a cut code', encodeSessionCode(typical).slice(0, -5), /incomplete/],
    [
      '5 rounds',
      raw(['A', 'x', 's', 5, 1]),
      /valid session: rounds: must be a whole number of rounds from 6 to 24/,
    ],
    ['25 rounds', raw(['A', 'x', 's', 25, 1]), /rounds: must be a whole number of rounds from 6 to 24/],
    ['fractional rounds', raw(['A', 'x', 's', 6.5, 1]), /rounds: must be a whole number/],
    ['rotation 0', raw(['A', 'x', 's', 12, 0]), /rotateEvery: must be a whole number of rounds from 1 to 24/],
    [
      'a 65-character seed',
      raw(['A', 'x', 'x'.repeat(65), 12, 1]),
      /seed: must be text of 1 to 64 characters/,
    ],
    ['an empty name', raw([' ', 'x', 's', 12, 1]), /name: must be text of 1 to 60 characters/],
    [
      'a 61-character name',
      raw(['n'.repeat(61), 'x', 's', 12, 1]),
      /name: must be text of 1 to 60 characters/,
    ],
    ['negative weights', raw([...base, { w: [1, -1, 1] }]), /weights: must all be numbers from 0 to 100/],
    ['all-zero weights', raw([...base, { w: [0, 0, 0] }]), /weights: must not all be zero/],
    [
      'a short timer',
      raw([...base, { t: 5 }]),
      /timerSeconds: must be a whole number of seconds from 10 to 3600/,
    ],
    ['a non-boolean suggest', raw([...base, { s: 1 }]), /suggest: must be true or false/],
    [
      'an unknown mode',
      raw([...base, { m: ['solo', 'online'] }]),
      /modes\[1\]: must list one or more of solo/,
    ],
    ['no mode at all', raw([...base, { m: [] }]), /modes: must list one or more/],
    ['a mode twice', raw([...base, { m: ['pair', 'pair'] }]), /modes: .*each once/],
    ['an unknown bot', raw([...base, { p: ['genius'] }]), /personas\[0\]: must list one or more of naive/],
    ['an invalid scenario', raw([...base, { c: { ...seasonal, plant: null } }]), /scenario\.plant/],
    ['an unknown option', raw([...base, { z: 1 }]), /unknown layout/],
    ['an empty options object', raw([...base, {}]), /unknown layout/],
    ['a keyed object', raw({ name: 'A' }), /unknown layout/],
  ])('refuses %s', (_name, text, reason) => {
    const decoded = decodeSessionCode(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(reason);
  });
});

describe('sessionId', () => {
  const config: SessionConfig = {
    name: 'Ops 101',
    scenarioId: 'seasonal-peak',
    seed: 'abc',
    rounds: 12,
    rotateEvery: 1,
  };

  it('is 12 hex characters, the same whatever the key order or absent options', () => {
    const id = sessionId(config);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    const reordered: SessionConfig = {
      rotateEvery: 1,
      rounds: 12,
      seed: 'abc',
      scenarioId: 'seasonal-peak',
      name: 'Ops 101',
      suggest: undefined,
    };
    expect(sessionId(reordered)).toBe(id);
    expect(sessionId(decodeSessionCodeOrThrow(encodeSessionCode(config)))).toBe(id);
  });

  it.each<[string, Partial<SessionConfig>]>([
    ['name', { name: 'Ops 102' }],
    ['scenario', { scenarioId: 'black-swan' }],
    ['seed', { seed: 'abd' }],
    ['rounds', { rounds: 13 }],
    ['rotation', { rotateEvery: 2 }],
    ['weights', { weights: { alignment: 1, balance: 1, execution: 1 } }],
    ['suggest', { suggest: false }],
    ['timer', { timerSeconds: 120 }],
    ['inline scenario', { scenario: seasonal }],
  ])('changes with the %s', (_name, change) => {
    expect(sessionId({ ...config, ...change })).not.toBe(sessionId(config));
  });
});

function decodeSessionCodeOrThrow(code: string): SessionConfig {
  const decoded = decodeSessionCode(code);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
}

// ---- arbitraries ----

const text = (min: number, maxChars: number) =>
  fc.string({ unit: 'binary', minLength: min, maxLength: Math.floor(maxChars / 2) });
const plainNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
);
const weights = fc
  .record({
    alignment: fc.double({ min: 0, max: 100, noNaN: true }),
    balance: fc.double({ min: 0, max: 100, noNaN: true }),
    execution: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .filter((w) => w.alignment + w.balance + w.execution > 0);

function recordArbitrary(): fc.Arbitrary<GameRecord> {
  return fc
    .uniqueArray(
      // The record schema refuses the keys that could reach a prototype ('prototype' is not in Object.prototype).
      fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((id) => !(id in Object.prototype) && id !== 'prototype'),
      { minLength: 1, maxLength: 3 },
    )
    .chain((ids) => {
      const keys = fc.shuffledSubarray(ids);
      const map = <T>(value: fc.Arbitrary<T>) =>
        keys.chain((ks) =>
          fc
            .tuple(...ks.map(() => value))
            .map((values) => Object.fromEntries(ks.map((k, i) => [k, values[i]]))),
        );
      const horizon = fc.tuple(plainNumber, plainNumber, plainNumber);
      const salesPlan = fc.record({
        forecast: map(horizon),
        promotion: map(fc.constantFrom(0 as const, 10 as const, 20 as const)),
        acceptDeals: fc.array(text(1, 64), { maxLength: 3 }),
      });
      const opsPlan = fc.record({
        production: map(horizon),
        materialOrder: map(plainNumber),
        expedite: map(plainNumber),
        overtimeHours: plainNumber,
      });
      const role = fc.constantFrom('sales' as const, 'ops' as const);
      const action: fc.Arbitrary<Action> = fc.oneof(
        fc.constantFrom<Action>({ type: 'startRound' }, { type: 'execute' }, { type: 'nextRound' }),
        salesPlan.map((plan) => ({ type: 'submitSalesPlan' as const, plan })),
        salesPlan.map((plan) => ({ type: 'reviseSalesPlan' as const, plan })),
        opsPlan.map((plan) => ({ type: 'submitOpsPlan' as const, plan })),
        opsPlan.map((plan) => ({ type: 'reviseOpsPlan' as const, plan })),
        fc.record({ type: fc.constant('shareSignal' as const), role, signalId: text(1, 64) }),
        fc.record({ type: fc.constant('signOff' as const), role }),
      );
      return fc.record(
        {
          format: fc.constant(1 as const),
          engineVersion: text(1, 64),
          scenarioId: text(1, 64),
          scenarioHash: fc.stringMatching(/^[0-9a-f]{16}$/),
          scenario: fc.constantFrom(...BUILTIN_SCENARIOS),
          seed: text(1, 64),
          settings: fc.record(
            {
              rounds: fc.integer({ min: 1, max: 24 }),
              rotateEvery: fc.integer({ min: 1, max: 24 }),
              weights,
            },
            { requiredKeys: ['rounds', 'rotateEvery'] },
          ),
          actions: fc.array(action, { maxLength: 40 }),
          team: fc.record({ name: text(0, 60), players: fc.array(text(0, 30), { maxLength: 4 }) }),
          session: fc.record({ name: text(0, 60), code: text(0, 200) }),
          play: fc.record(
            {
              mode: fc.constantFrom(...PLAY_MODES),
              persona: fc.constantFrom(...BOT_PERSONA_IDS),
              suggestAllowed: fc.boolean(),
              suggestUsed: fc.integer({ min: 0, max: 2000 }),
              timerSeconds: fc.integer({ min: 10, max: 3600 }),
            },
            { requiredKeys: ['mode', 'suggestAllowed', 'suggestUsed'] },
          ),
          claimed: fc.record({
            total: plainNumber,
            alignment: plainNumber,
            balance: plainNumber,
            execution: plainNumber,
            profitCents: fc.maxSafeInteger().map((n) => (n === 0 ? 0 : n)),
            months: fc.integer({ min: 0, max: 24 }),
          }),
        },
        {
          requiredKeys: [
            'format',
            'engineVersion',
            'scenarioId',
            'scenarioHash',
            'seed',
            'settings',
            'actions',
          ],
        },
      );
    });
}

function sessionArbitrary(): fc.Arbitrary<SessionConfig> {
  return fc.record(
    {
      name: text(1, 60).filter((s) => s.trim().length > 0),
      scenarioId: text(1, 64).filter((s) => s.trim().length > 0),
      scenario: fc.constantFrom(...BUILTIN_SCENARIOS),
      seed: text(1, 64).filter((s) => s.trim().length > 0),
      rounds: fc.integer({ min: 6, max: 24 }),
      rotateEvery: fc.integer({ min: 1, max: 24 }),
      weights,
      suggest: fc.boolean(),
      timerSeconds: fc.integer({ min: 10, max: 3600 }),
      modes: fc.subarray([...PLAY_MODES], { minLength: 1 }),
      personas: fc.subarray([...BOT_PERSONA_IDS], { minLength: 1 }),
    },
    { requiredKeys: ['name', 'scenarioId', 'seed', 'rounds', 'rotateEvery'] },
  );
}
