/** The live server's HTTP API from the browser: JSON in, JSON out, every failure turned into a sentence
 * (the server's own `{error}` reason when it gave one). */
import type { Result } from '../engine/types';

/** The server's base address: the page's own origin (npm run serve serves both). */
export function serverOrigin(): string {
  return window.location.origin;
}

/** GETs or POSTs JSON; the parsed answer, or a reason a person can act on. */
export async function requestJson<T>(
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Result<T, string>> {
  let response: Response;
  try {
    response = await fetch(`${serverOrigin()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: 'The live server cannot be reached. Check the network and try again.' };
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const reason =
      typeof data === 'object' && data !== null && typeof (data as { error?: unknown }).error === 'string'
        ? (data as { error: string }).error
        : `The live server answered ${response.status}.`;
    return { ok: false, error: reason };
  }
  return { ok: true, value: data as T };
}
