/** The team room's messages as a tagged union, read defensively: a message of an unknown type or the wrong
 * shape is dropped (and logged), never let through to a view that would break on it. */
import type { Attribution } from '../engine/attribution';
import type { MonthReport } from '../engine/types';
import type {
  AckMessage,
  ChatLine,
  ErrorMessage,
  NoticeMessage,
  SeatMessage,
  WelcomeMessage,
} from './protocol';

/** One message from the team room, typed. */
export type ServerMessage =
  | { type: 'welcome'; value: WelcomeMessage }
  | { type: 'seat'; value: SeatMessage }
  | { type: 'chat'; value: ChatLine }
  | { type: 'chat-history'; value: ChatLine[] }
  | { type: 'notice'; value: NoticeMessage }
  | { type: 'ack'; value: AckMessage }
  | { type: 'error'; value: ErrorMessage }
  | { type: 'history'; value: { reports: MonthReport[]; attributions: Attribution[] } };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChat(value: unknown): value is ChatLine {
  return (
    isObject(value) &&
    typeof value.from === 'string' &&
    typeof value.text === 'string' &&
    typeof value.at === 'number'
  );
}

const CHECKS: Record<ServerMessage['type'], (payload: unknown) => boolean> = {
  welcome: (p) => isObject(p) && typeof p.playerId === 'string' && typeof p.playerToken === 'string',
  seat: (p) =>
    isObject(p) &&
    typeof p.month === 'number' &&
    typeof p.phase === 'string' &&
    Array.isArray(p.players) &&
    isObject(p.view),
  chat: isChat,
  'chat-history': (p) => Array.isArray(p) && p.every(isChat),
  notice: (p) => isObject(p) && typeof p.text === 'string',
  ack: (p) => isObject(p) && typeof p.seq === 'number' && typeof p.ok === 'boolean',
  error: (p) => isObject(p) && isObject(p.error) && typeof p.error.message === 'string',
  history: (p) =>
    isObject(p) &&
    Array.isArray(p.reports) &&
    Array.isArray(p.attributions) &&
    p.reports.length === p.attributions.length &&
    p.reports.every((r) => isObject(r) && typeof r.month === 'number'),
};

/** The message typed, or null when its type is unknown or its shape wrong. */
export function readServerMessage(type: string, payload: unknown): ServerMessage | null {
  const check = Object.hasOwn(CHECKS, type) ? CHECKS[type as ServerMessage['type']] : null;
  if (!check?.(payload)) {
    console.warn(`Live: ignored a "${type}" message of an unexpected shape.`);
    return null;
  }
  return { type, value: payload } as ServerMessage;
}
