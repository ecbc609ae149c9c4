/** Number formatting for the stage: deterministic (no locale lookups), so tests and screens agree. */

const MINUS = '\u2212';

/** Whole units with thin-space-free thousands separators: 12345 → "12,345", −40 → "−40". */
export function formatUnits(units: number): string {
  const rounded = Math.round(units);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `${MINUS}${digits}` : digits;
}

/** A signed change: 40 → "+40", −40 → "−40", 0 → "±0". */
export function formatChange(units: number): string {
  const rounded = Math.round(units);
  if (rounded === 0) return '\u00b10';
  return rounded > 0 ? `+${formatUnits(rounded)}` : formatUnits(rounded);
}

/** A share 0–1 as a whole percent with a space before the sign: 0.923 → "92 %". */
export function formatPercent(share: number): string {
  return `${formatUnits(Math.round(share * 100))} %`;
}

/** A share as a signed percent: 0.3, −1 → "−30 %"; 0.25, +1 → "+25 %". */
export function formatSignedPercent(share: number, sign: 1 | -1): string {
  const percent = Math.round(Math.abs(share) * 100);
  return `${sign < 0 ? MINUS : '+'}${percent} %`;
}

/** "1 e-bike" / "3 e-bikes": a count with the product's plural unit noun (singular by dropping a final s). */
export function formatCount(units: number, unitName: string): string {
  const noun = Math.round(units) === 1 && unitName.endsWith('s') ? unitName.slice(0, -1) : unitName;
  return `${formatUnits(units)} ${noun}`;
}
