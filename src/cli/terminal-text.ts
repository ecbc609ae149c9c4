/** Output the CLI can print safely: text from a record or a file (a team name, an engine version) may hold
 * terminal control sequences that clear the screen or set the window title; they are shown as escapes. */

/** C0 controls except tab and line feed, DEL, C1 controls (0x9b starts a sequence on its own), the line and
 * paragraph separators and the bidirectional overrides and isolates (which reorder what a reader sees). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Text with every unsafe character shown as \xNN or \uNNNN; a carriage return is kept only before a line
 * feed (the CSV's CRLF line ends). */
export function terminalSafe(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\\x0d')
    .replace(UNSAFE, (char) => (char === '\r' ? char : escapeChar(char)));
}

/** JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1, separators, bidi) as \uNNNN: still
 * valid JSON, the same data, and safe in a terminal. */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One field for a message or a table cell: escaped, on one line, at most `max` characters (then "…"). */
export function fieldText(text: string, max = 80): string {
  const safe = terminalSafe(text).replace(/\n/g, '\\n').replace(/\t/g, ' ');
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** Writers for stdout and stderr that escape unsafe characters, and a quiet exit when the reader of stdout
 * goes away (`verify … | head -1` closes the pipe: that is not an error worth a stack trace). */
export function terminalWriters(): { stdout: (text: string) => void; stderr: (text: string) => void } {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => {
      process.stdout.write(terminalSafe(text));
    },
    stderr: (text) => {
      process.stderr.write(terminalSafe(text));
    },
  };
}
