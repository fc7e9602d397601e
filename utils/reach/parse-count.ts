/**
 * Parsing of the reach numbers a person types by hand, copied from LinkedIn or X analytics.
 * Accepts thousands separators as both UIs show them ("1,234", "1 234", "1.234", "1 234") but never a fraction.
 */

export type ParseResult = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not_a_whole_number' | 'out_of_range' };

const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED = /^\d{1,3}([.,']\d{3})+$/;

/** A non-negative whole number; "" is `empty` so callers decide whether the field is required. */
export function parseCount(input: string): ParseResult {
  const compact = input.replace(SPACES, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  let digits: string;
  if (/^\d+$/.test(compact)) digits = compact;
  else if (GROUPED.test(compact)) digits = compact.replace(/[.,']/g, '');
  else return { ok: false, reason: 'not_a_whole_number' };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'out_of_range' };
  return { ok: true, value };
}

/** A percentage 0..100 ("45", "45 %", "45,5"), returned as a share 0..1. */
export function parsePercentShare(input: string): ParseResult {
  const compact = input.replace(SPACES, '').replace(/%$/, '').replace(',', '.');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\d+(\.\d+)?$/.test(compact)) return { ok: false, reason: 'not_a_whole_number' };
  const percent = Number(compact);
  if (percent < 0 || percent > 100) return { ok: false, reason: 'out_of_range' };
  return { ok: true, value: Math.round(percent * 100) / 10_000 };
}
