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

/** The record as validateRecord would give it, when `input` is a record without an inline scenario whose
 * every field is plainly valid; otherwise `undefined` (the schema then decides). */
export function recordOfKnownShape(input: unknown): GameRecord | undefined {
  try {
    const r = object(input, RECORD_KEYS);
    if (r.format !== 1 || typeof r.scenarioHash !== 'string' || !HASH.test(r.scenarioHash)) unsure();
    const out: Obj = {
      format: 1,
      engineVersion: text(r.engineVersion, 1, SHORT_TEXT),
      scenarioId: text(r.scenarioId, 1, SHORT_TEXT),
      scenarioHash: r.scenarioHash,
      seed: text(r.seed, 1, SHORT_TEXT),
      settings: settings(r.settings),
      actions: items(r.actions, MAX_ACTIONS, action),
    };
    optional(r, 'team', out, team);
    optional(r, 'session', out, session);
    optional(r, 'play', out, play);
    optional(r, 'claimed', out, claimed);
    return out as unknown as GameRecord;
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}
