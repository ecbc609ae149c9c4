/**
 * A fast shape check for the common game record (no inline scenario), used before the valibot schema of
 * record-schema.ts: it returns what the schema would return (the same values, the same key order) or
 * `undefined` whenever it is not sure, and then the schema decides and names the problem. It never refuses
 * anything itself, so it cannot change a verdict or a message; test/engine/record-shape.test.ts compares both
 * over genuine and damaged records. Keep the two in step: a rule added to the schema must be added here.
 */
import { BOT_PERSONA_IDS, PLAY_MODES } from './play-conditions';
import type { GameRecord } from './types';

/** The limits of record-schema.ts. */
const MAX_ACTIONS = 2000;
const MAX_PLAN_PRODUCTS = 16;
const SHORT_TEXT = 64;

type Obj = Record<string, unknown>;

/** Thrown at the first doubt; caught by recordOfKnownShape. */
const UNSURE = Symbol('unsure');
function unsure(): never {
  throw UNSURE;
}

/** A plain object (as JSON.parse and object literals make) whose own keys are all among `allowed`. */
function object(value: unknown, allowed: readonly string[]): Obj {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    unsure();
  for (const key in value) if (!allowed.includes(key)) unsure();
  return value as Obj;
}

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) unsure();
  return value;
}

function whole(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) unsure();
  return value;
}

function text(value: unknown, min: number, max: number): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) unsure();
  return value;
}

function list(value: unknown, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max || Object.getPrototypeOf(value) !== Array.prototype)
    unsure();
  return value;
}

/** Each item of a list checked by `item`, holes included (a hole reads as undefined, as the schema reads it). */
function items<T>(value: unknown, max: number, item: (v: unknown) => T): T[] {
  const source = list(value, max);
  const out: T[] = [];
  for (let i = 0; i < source.length; i++) out.push(item(source[i]));
  return out;
}

/** A product map: its keys in order, each value checked by `item`. */
function productMap<T>(value: unknown, item: (v: unknown) => T): Record<string, T> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    unsure();
  const out: Record<string, T> = {};
  let count = 0;
  for (const key in value) {
    if (key.length < 1 || key.length > SHORT_TEXT || key === '__proto__' || key === 'constructor') unsure();
    if (key === 'prototype' || ++count > MAX_PLAN_PRODUCTS) unsure();
    out[key] = item((value as Obj)[key]);
  }
  return out;
}

function horizon(value: unknown): number[] {
  const h = list(value, 3);
  if (h.length !== 3) unsure();
  return [finite(h[0]), finite(h[1]), finite(h[2])];
}

function promotion(value: unknown): number {
  if (value !== 0 && value !== 10 && value !== 20) unsure();
  return value as number;
}

const SALES_KEYS = ['forecast', 'promotion', 'acceptDeals'];
function salesPlan(value: unknown): Obj {
  const plan = object(value, SALES_KEYS);
  return {
    forecast: productMap(plan.forecast, horizon),
    promotion: productMap(plan.promotion, promotion),
    acceptDeals: items(plan.acceptDeals, 50, (id) => text(id, 1, SHORT_TEXT)),
  };
}

const OPS_KEYS = ['production', 'materialOrder', 'expedite', 'overtimeHours'];
function opsPlan(value: unknown): Obj {
  const plan = object(value, OPS_KEYS);
  return {
    production: productMap(plan.production, horizon),
    materialOrder: productMap(plan.materialOrder, finite),
    expedite: productMap(plan.expedite, finite),
    overtimeHours: finite(plan.overtimeHours),
  };
}

function role(value: unknown): string {
  if (value !== 'sales' && value !== 'ops') unsure();
  return value;
}

const TYPE_ONLY = ['type'];
const WITH_PLAN = ['type', 'plan'];
const SHARE_KEYS = ['type', 'role', 'signalId'];
const ROLE_KEYS = ['type', 'role'];
function action(value: unknown): Obj {
  const type = (value as Obj | null)?.type;
  switch (type) {
    case 'startRound':
    case 'execute':
    case 'nextRound':
      object(value, TYPE_ONLY);
      return { type };
    case 'submitSalesPlan':
    case 'reviseSalesPlan':
      return { type, plan: salesPlan(object(value, WITH_PLAN).plan) };
    case 'submitOpsPlan':
    case 'reviseOpsPlan':
      return { type, plan: opsPlan(object(value, WITH_PLAN).plan) };
    case 'shareSignal': {
      const a = object(value, SHARE_KEYS);
      return { type, role: role(a.role), signalId: text(a.signalId, 1, SHORT_TEXT) };
    }
    case 'signOff':
      return { type, role: role(object(value, ROLE_KEYS).role) };
    default:
      return unsure();
  }
}

/** An optional key: present (with a value) or absent; present but undefined is left to the schema. */
function optional(source: Obj, key: string, out: Obj, check: (v: unknown) => unknown): void {
  if (!(key in source)) return;
  if (source[key] === undefined) unsure();
  out[key] = check(source[key]);
}

const WEIGHT_KEYS = ['alignment', 'balance', 'execution'];
function weights(value: unknown): Obj {
  const w = object(value, WEIGHT_KEYS);
  const out = { alignment: finite(w.alignment), balance: finite(w.balance), execution: finite(w.execution) };
  const all = [out.alignment, out.balance, out.execution];
  if (!all.every((x) => x >= 0 && x <= 100) || out.alignment + out.balance + out.execution <= 0) unsure();
  return out;
}

const SETTINGS_KEYS = ['rounds', 'rotateEvery', 'weights'];
function settings(value: unknown): Obj {
  const s = object(value, SETTINGS_KEYS);
  const out: Obj = { rounds: whole(s.rounds, 1, 24), rotateEvery: whole(s.rotateEvery, 1, 24) };
  optional(s, 'weights', out, weights);
  return out;
}

const TEAM_KEYS = ['name', 'players'];
const team = (value: unknown): Obj => {
  const t = object(value, TEAM_KEYS);
  return { name: text(t.name, 0, 60), players: items(t.players, 4, (p) => text(p, 0, 30)) };
};

const SESSION_KEYS = ['name', 'code'];
const session = (value: unknown): Obj => {
  const s = object(value, SESSION_KEYS);
  return { name: text(s.name, 0, 60), code: text(s.code, 0, 65536) };
};

const PLAY_KEYS = ['mode', 'persona', 'suggestAllowed', 'suggestUsed', 'timerSeconds', 'live'];
const play = (value: unknown): Obj => {
  const p = object(value, PLAY_KEYS);
  if (!(PLAY_MODES as readonly unknown[]).includes(p.mode)) unsure();
  const out: Obj = { mode: p.mode };
  optional(p, 'persona', out, (persona) =>
    (BOT_PERSONA_IDS as readonly unknown[]).includes(persona) ? persona : unsure(),
  );
  if (typeof p.suggestAllowed !== 'boolean') unsure();
  out.suggestAllowed = p.suggestAllowed;
  out.suggestUsed = whole(p.suggestUsed, 0, MAX_ACTIONS);
  optional(p, 'timerSeconds', out, (seconds) => whole(seconds, 10, 3600));
  optional(p, 'live', out, (live) => (typeof live === 'boolean' ? live : unsure()));
  return out;
};

const CLAIM_KEYS = ['total', 'alignment', 'balance', 'execution', 'profitCents', 'months'];
const claimed = (value: unknown): Obj => {
  const c = object(value, CLAIM_KEYS);
  if (typeof c.profitCents !== 'number' || !Number.isSafeInteger(c.profitCents)) unsure();
  return {
    total: finite(c.total),
    alignment: finite(c.alignment),
    balance: finite(c.balance),
    execution: finite(c.execution),
    profitCents: c.profitCents,
    months: whole(c.months, 0, 24),
  };
};

const RECORD_KEYS = [
  'format',
  'engineVersion',
  'scenarioId',
  'scenarioHash',
  'seed',
  'settings',
  'actions',
  'team',
  'session',
  'play',
  'claimed',
];
const HASH = /^[0-9a-f]{16}$/;

/** The record from its fields, as the schema gives it: `extras` holds the optional ones. */
function record(r: Obj, settingsOut: Obj, actions: Obj[], extras: Obj): GameRecord {
  if (r.format !== 1 || typeof r.scenarioHash !== 'string' || !HASH.test(r.scenarioHash)) unsure();
  const out: Obj = {
    format: 1,
    engineVersion: text(r.engineVersion, 1, SHORT_TEXT),
    scenarioId: text(r.scenarioId, 1, SHORT_TEXT),
    scenarioHash: r.scenarioHash,
    seed: text(r.seed, 1, SHORT_TEXT),
    settings: settingsOut,
    actions,
  };
  optional(extras, 'team', out, team);
  optional(extras, 'session', out, session);
  optional(extras, 'play', out, play);
  optional(extras, 'claimed', out, claimed);
  return out as unknown as GameRecord;
}

/** Runs a check, turning a doubt into `undefined`. */
function attempt(check: () => GameRecord): GameRecord | undefined {
  try {
    return check();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** The record as validateRecord would give it, when `input` is a record without an inline scenario whose
 * every field is plainly valid; otherwise `undefined` (the schema then decides). */
export function recordOfKnownShape(input: unknown): GameRecord | undefined {
  return attempt(() => {
    const r = object(input, RECORD_KEYS);
    return record(r, settings(r.settings), items(r.actions, MAX_ACTIONS, action), r);
  });
}

// ---------- the packed layout of result codes (codes/record-pack.ts), read without unpacking it first ----------

/** The extras a packed record may carry (record-pack.ts's EXTRA_KEYS without the inline scenario). */
const PACKED_EXTRAS = ['team', 'session', 'play', 'claimed'];
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** A product table every plan map can be keyed by: distinct product ids the schema accepts as keys. */
function productTable(value: unknown): string[] {
  const table = list(value, MAX_PLAN_PRODUCTS);
  for (let i = 0; i < table.length; i++) {
    const key = table[i];
    if (typeof key !== 'string' || key.length < 1 || key.length > SHORT_TEXT || UNSAFE_KEYS.includes(key))
      unsure();
    if (table.indexOf(key) !== i) unsure();
  }
  return table as string[];
}

/** A packed horizon, taken as it is (not copied): the parsed JSON belongs to the decoder alone. */
function parsedHorizon(value: unknown): number[] {
  const h = list(value, 3);
  if (h.length !== 3) unsure();
  finite(h[0]);
  finite(h[1]);
  finite(h[2]);
  return h as number[];
}

/** A packed list of ids, taken as it is (not copied). */
function parsedIds(value: unknown, max: number): string[] {
  const ids = list(value, max);
  for (let i = 0; i < ids.length; i++) text(ids[i], 1, SHORT_TEXT);
  return ids as string[];
}

/** A product map packed as its values in the table's order. */
function packedMap<T>(value: unknown, table: readonly string[], item: (v: unknown) => T): Record<string, T> {
  const values = list(value, MAX_PLAN_PRODUCTS);
  if (values.length !== table.length) unsure();
  const out: Record<string, T> = {};
  for (let i = 0; i < table.length; i++) out[table[i]] = item(values[i]);
  return out;
}

/** One packed action: a bare code (startRound 0, execute 7, nextRound 8) or [code, …fields]. */
function packedAction(value: unknown, table: readonly string[]): Obj {
  if (value === 0) return { type: 'startRound' };
  if (value === 7) return { type: 'execute' };
  if (value === 8) return { type: 'nextRound' };
  const a = list(value, 5);
  switch (a[0]) {
    case 1:
    case 4:
      if (a.length !== 4) unsure();
      return {
        type: a[0] === 1 ? 'submitSalesPlan' : 'reviseSalesPlan',
        plan: {
          forecast: packedMap(a[1], table, parsedHorizon),
          promotion: packedMap(a[2], table, promotion),
          acceptDeals: parsedIds(a[3], 50),
        },
      };
    case 2:
    case 5:
      if (a.length !== 5) unsure();
      return {
        type: a[0] === 2 ? 'submitOpsPlan' : 'reviseOpsPlan',
        plan: {
          production: packedMap(a[1], table, parsedHorizon),
          materialOrder: packedMap(a[2], table, finite),
          expedite: packedMap(a[3], table, finite),
          overtimeHours: finite(a[4]),
        },
      };
    case 3:
      if (a.length !== 3) unsure();
      return { type: 'shareSignal', role: role(a[1]), signalId: text(a[2], 1, SHORT_TEXT) };
    case 6:
      if (a.length !== 2) unsure();
      return { type: 'signOff', role: role(a[1]) };
    default:
      return unsure();
  }
}

/** Packed settings: [rounds, rotateEvery] or [rounds, rotateEvery, [alignment, balance, execution]]. */
function packedSettings(value: unknown): Obj {
  const s = list(value, 3);
  if (s.length < 2) unsure();
  const out: Obj = { rounds: whole(s[0], 1, 24), rotateEvery: whole(s[1], 1, 24) };
  if (s.length === 3) {
    const w = list(s[2], 3);
    if (w.length !== 3) unsure();
    out.weights = weights({ alignment: w[0], balance: w[1], execution: w[2] });
  }
  return out;
}

/** What decodeResultCode would give for a code's parsed JSON (unpackRecord, then validateRecord), when that is a
 * plainly valid packed record without an inline scenario; otherwise `undefined` (the full path then decides).
 * The JSON must be the caller's own (fresh from JSON.parse): its horizons and id lists become the record's. */
export function recordOfKnownPacked(packed: unknown): GameRecord | undefined {
  return attempt(() => {
    const p = list(packed, 9);
    if (p.length !== 9) unsure();
    const [
      format,
      engineVersion,
      scenarioId,
      scenarioHash,
      seed,
      packedSettingsValue,
      table,
      actions,
      extras,
    ] = p;
    const products = productTable(table);
    const r: Obj = { format, engineVersion, scenarioId, scenarioHash, seed };
    const settingsOut = packedSettings(packedSettingsValue);
    const actionsOut = items(actions, MAX_ACTIONS, (a) => packedAction(a, products));
    return record(r, settingsOut, actionsOut, object(extras, PACKED_EXTRAS));
  });
}
