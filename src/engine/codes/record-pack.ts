/** A compact JSON layout for game records (arrays instead of keyed objects), so result codes stay short.
 * unpackRecord(packRecord(r)) deep-equals r. Unpacking is total: whatever does not fit the packed
 * layout is passed through unchanged, so that validateRecord names the problem with its path. */
import { MAX_RECORD_ACTIONS } from '../record-schema';
import type { Action, GameRecord, OpsPlan, SalesPlan } from '../types';

/** The packed layout's version, stored first (it equals GameRecord.format). */
const PACKED_RECORD_FORMAT = 1;

/** Action types without fields travel as a bare number; the others as [number, …fields]. */
const ACTION_CODES = {
  startRound: 0,
  submitSalesPlan: 1,
  submitOpsPlan: 2,
  shareSignal: 3,
  reviseSalesPlan: 4,
  reviseOpsPlan: 5,
  signOff: 6,
  execute: 7,
  nextRound: 8,
} as const satisfies Record<Action['type'], number>;
const ACTION_TYPES = Object.keys(ACTION_CODES) as Action['type'][];

/** The optional record fields that travel as they are, in the packed layout's last element. */
const EXTRA_KEYS = ['scenario', 'team', 'session', 'play', 'claimed'];

type Json = unknown;
type Table = string[];

/** The record as a JSON array: [format, engineVersion, scenarioId, scenarioHash, seed,
 * [rounds, rotateEvery, weights?], productTable, actions, extras {scenario?, team?, session?, play?, claimed?}]. */
export function packRecord(record: GameRecord): Json[] {
  const table = productTable(record.actions);
  const { weights } = record.settings;
  const settings: Json[] = [record.settings.rounds, record.settings.rotateEvery];
  if (weights !== undefined) settings.push([weights.alignment, weights.balance, weights.execution]);
  const extras: Record<string, Json> = {};
  if (record.scenario !== undefined) extras.scenario = record.scenario;
  if (record.team !== undefined) extras.team = record.team;
  if (record.session !== undefined) extras.session = record.session;
  if (record.play !== undefined) extras.play = record.play;
  if (record.claimed !== undefined) extras.claimed = record.claimed;
  return [
    record.format,
    record.engineVersion,
    record.scenarioId,
    record.scenarioHash,
    record.seed,
    settings,
    table,
    record.actions.map((action) => packAction(action, table)),
    extras,
  ];
}

/** Rebuilds the record object from its packed layout; 'layout' when the data is not that layout at all,
 * 'version' when it is a packed record of another format. The result still needs validateRecord. */
export function unpackRecord(
  packed: Json,
): { ok: true; value: unknown } | { ok: false; error: 'layout' | 'version' } {
  if (!Array.isArray(packed) || packed.length !== 9) return { ok: false, error: 'layout' };
  const [format, engineVersion, scenarioId, scenarioHash, seed, settings, table, actions, extras] = packed;
  if (format !== PACKED_RECORD_FORMAT) return { ok: false, error: 'version' };
  if (!isStringArray(table) || !isObject(extras)) return { ok: false, error: 'layout' };
  if (Object.keys(extras).some((key) => !EXTRA_KEYS.includes(key))) return { ok: false, error: 'layout' };
  const record: Record<string, Json> = { format, engineVersion, scenarioId, scenarioHash, seed };
  record.settings = unpackSettings(settings);
  // Too many actions travel as they are: validation refuses the count before looking at any item.
  record.actions =
    Array.isArray(actions) && actions.length <= MAX_RECORD_ACTIONS
      ? actions.map((action) => unpackAction(action, table))
      : actions;
  for (const key of EXTRA_KEYS) if (key in extras) record[key] = extras[key];
  return { ok: true, value: record };
}

function unpackSettings(settings: Json): Json {
  if (!Array.isArray(settings) || settings.length < 2 || settings.length > 3) return settings;
  const out: Record<string, Json> = { rounds: settings[0], rotateEvery: settings[1] };
  const weights = settings[2];
  if (Array.isArray(weights) && weights.length === 3)
    out.weights = { alignment: weights[0], balance: weights[1], execution: weights[2] };
  else if (settings.length === 3) out.weights = weights;
  return out;
}

/** The product ids of the first plan map: maps with exactly these keys in this order travel as arrays. */
function productTable(actions: Action[]): Table {
  for (const action of actions) {
    if (action.type === 'submitSalesPlan' || action.type === 'reviseSalesPlan')
      return Object.keys(action.plan.forecast);
    if (action.type === 'submitOpsPlan' || action.type === 'reviseOpsPlan')
      return Object.keys(action.plan.production);
  }
  return [];
}

function packAction(action: Action, table: Table): Json {
  switch (action.type) {
    case 'startRound':
    case 'execute':
    case 'nextRound':
      return ACTION_CODES[action.type];
    case 'submitSalesPlan':
    case 'reviseSalesPlan':
      return [ACTION_CODES[action.type], ...packSalesPlan(action.plan, table)];
    case 'submitOpsPlan':
    case 'reviseOpsPlan':
      return [ACTION_CODES[action.type], ...packOpsPlan(action.plan, table)];
    case 'shareSignal':
      return [ACTION_CODES.shareSignal, action.role, action.signalId];
    case 'signOff':
      return [ACTION_CODES.signOff, action.role];
    default:
      return action;
  }
}

function unpackAction(packed: Json, table: Table): Json {
  if (typeof packed === 'number') {
    const type = ACTION_TYPES[packed];
    return type === 'startRound' || type === 'execute' || type === 'nextRound' ? { type } : packed;
  }
  if (!Array.isArray(packed) || typeof packed[0] !== 'number') return packed;
  const [code, ...fields] = packed;
  const type = ACTION_TYPES[code];
  switch (type) {
    case 'submitSalesPlan':
    case 'reviseSalesPlan':
      return { type, plan: unpackSalesPlan(fields, table) };
    case 'submitOpsPlan':
    case 'reviseOpsPlan':
      return { type, plan: unpackOpsPlan(fields, table) };
    case 'shareSignal':
      return { type, role: fields[0], signalId: fields[1] };
    case 'signOff':
      return { type, role: fields[0] };
    default:
      return packed;
  }
}

function packSalesPlan(plan: SalesPlan, table: Table): Json[] {
  return [packMap(plan.forecast, table), packMap(plan.promotion, table), plan.acceptDeals];
}

function unpackSalesPlan(fields: Json[], table: Table): Json {
  if (fields.length !== 3) return fields;
  return {
    forecast: unpackMap(fields[0], table),
    promotion: unpackMap(fields[1], table),
    acceptDeals: fields[2],
  };
}

function packOpsPlan(plan: OpsPlan, table: Table): Json[] {
  return [
    packMap(plan.production, table),
    packMap(plan.materialOrder, table),
    packMap(plan.expedite, table),
    plan.overtimeHours,
  ];
}

function unpackOpsPlan(fields: Json[], table: Table): Json {
  if (fields.length !== 4) return fields;
  return {
    production: unpackMap(fields[0], table),
    materialOrder: unpackMap(fields[1], table),
    expedite: unpackMap(fields[2], table),
    overtimeHours: fields[3],
  };
}

/** A product map whose keys are exactly the table's, in order, becomes the list of its values. */
function packMap(map: Record<string, Json>, table: Table): Json {
  const keys = Object.keys(map);
  if (keys.length !== table.length || keys.some((key, i) => key !== table[i])) return map;
  return keys.map((key) => map[key]);
}

function unpackMap(packed: Json, table: Table): Json {
  if (!Array.isArray(packed) || packed.length !== table.length) return packed;
  // fromEntries defines own properties, so even a hostile key such as "__proto__" stays visible to validation.
  return Object.fromEntries(table.map((key, i) => [key, packed[i]]));
}

function isStringArray(value: Json): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
