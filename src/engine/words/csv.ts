/** CSV cells and files, one way for every export (the leaderboard, the debrief, the console): RFC 4180 quoting, a
 * guard against spreadsheet formulas, control characters replaced, CRLF line ends. */

/** A cell: numbers are written as they are; text is guarded and quoted as needed. */
export type CsvValue = string | number;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** One cell's text. Text starting with = + - @ (or a tab or carriage return) gets a leading ' so that a spreadsheet
 * shows it instead of running it as a formula (`isText` false: a number already written as text, e.g. "-12.00", is
 * left alone); cells with a comma, quote or line break are quoted. */
export function csvCell(value: CsvValue, isText = typeof value === 'string'): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // Control characters from a team's text have no place in a grade sheet (nor in a terminal printing it).
  text = text.replace(CONTROL_CHARS, '\uFFFD');
  if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text: a UTF-8 byte-order mark (so that Excel reads "–" and "€" right), a header line, then one
 * line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n')}\r\n`;
}
