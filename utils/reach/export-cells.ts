import { parseCount } from './parse-count';
import { cellDetail, type RejectedRow, type RowRejection } from './exported-post';

/**
 * Reading one cell of an export where a number, a date or a link is expected. A cell that starts like a spreadsheet
 * formula (= + - @) is refused with its own reason: it is kept as text where text is expected, never evaluated.
 */

const FORMULA_START = /^[=+\-@]/;

export type CellResult<T> = { ok: true; value: T } | { ok: false; rejection: RowRejection };

export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell.trim());
}

/** A whole count; "" is absent (undefined), not zero. */
export function readCount(cell: string | undefined): CellResult<number | undefined> {
  const text = (cell ?? '').trim();
  if (text === '') return { ok: true, value: undefined };
  if (looksLikeFormula(text)) return { ok: false, rejection: 'reach_import_row_formula' };
  // Spreadsheets may store a whole count as "12.0".
  const parsed = parseCount(text.replace(/\.0+$/, ''));
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, rejection: 'reach_import_row_bad_count' };
}

/** Index of the first header cell equal (trimmed, any case) to one of `names`, from `from` on. */
export function findColumn(header: readonly string[], names: readonly string[], from = 0): number {
  const wanted = names.map((name) => name.toLowerCase());
  for (let index = from; index < header.length; index++) {
    if (wanted.includes((header[index] ?? '').trim().toLowerCase())) return index;
  }
  return -1;
}

export function reject(line: number, reasonKey: RowRejection, cell?: string): RejectedRow {
  return cell === undefined || cell === '' ? { line, reasonKey } : { line, reasonKey, detail: cellDetail(cell) };
}
