/** Turns a valibot issue into one readable sentence fragment: "actions[12].plan.forecast: must be …". */
import type * as v from 'valibot';

/** A path in the style of the engine's errors: `.key` for fields, `[i]` for list items. */
export function formatPath(root: string, keys: readonly (string | number)[], whole = 'value'): string {
  let out = root;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? whole : out;
}

/** "path: message" for a valibot issue; absent fields read "is missing", unexpected ones "is not a known field". */
export function issueText(root: string, issue: v.BaseIssue<unknown>, whole = 'value'): string {
  const path = issue.path ?? [];
  const keys = path.map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
  const last = path[path.length - 1];
  let message = issue.message;
  if (last !== undefined && 'origin' in last && last.origin === 'key') {
    message = issue.input === undefined ? 'is missing' : 'is not a known field';
  }
  return `${formatPath(root, keys, whole)}: ${message}`;
}
