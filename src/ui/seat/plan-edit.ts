/** A plan being typed: the draft (numbers still text) and the errors a refused submit found (plain data, no DOM). */
import type { FieldError } from '../forms/validate';
import { parseWholeNumber } from '../forms/validate';

/** What a turn form or a revision shows: the typed draft and the errors of the last refused submit. */
export interface PlanEdit<Draft> {
  draft: Draft;
  errors: FieldError[];
}

/** A fresh edit of a draft, without errors. */
export function editOf<Draft>(draft: Draft): PlanEdit<Draft> {
  return { draft, errors: [] };
}

/** The edit after one field was typed into: its error clears as soon as its text is a valid number. */
export function typed<Draft>(
  edit: PlanEdit<Draft>,
  draft: Draft,
  path: string,
  text: string,
  max: number,
): PlanEdit<Draft> {
  const fixed = parseWholeNumber(text, max).ok;
  return { draft, errors: fixed ? edit.errors.filter((e) => e.field !== path) : edit.errors };
}

/** The error message of one field, or null. */
export function errorAt(errors: FieldError[], path: string): string | null {
  return errors.find((e) => e.field === path)?.message ?? null;
}
