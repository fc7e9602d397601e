import Papa from 'papaparse';
import { MAX_EXPORT_FILE_BYTES, MAX_EXPORT_ROWS, type FileRejection } from './exported-post';

/**
 * Splits an export's CSV text into rows of cells (RFC 4180: quoted fields with "" for a quote and line breaks inside).
 * Papa Parse does the splitting; this file adds the caps and turns its complaints into a reason to show.
 */

export type CsvRows = { ok: true; rows: string[][] } | { ok: false; errorKey: FileRejection };

export function readCsv(text: string): CsvRows {
  if (text.length > MAX_EXPORT_FILE_BYTES) return { ok: false, errorKey: 'reach_import_file_too_big' };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errorKey: 'reach_import_file_empty' };
  // One row more than allowed (plus the header) is enough to know the file is too long.
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy', preview: MAX_EXPORT_ROWS + 2, dynamicTyping: false });
  // An open quote that never closes means the file was cut (or is not CSV); a stray quote inside a field is tolerated.
  if (result.errors.some((error) => error.code === 'MissingQuotes')) return { ok: false, errorKey: 'reach_import_file_truncated' };
  if (result.data.length > MAX_EXPORT_ROWS + 1) return { ok: false, errorKey: 'reach_import_file_too_many_rows' };
  // Exports write every column on every row: a last row shorter than the header is where a download stopped.
  const header = result.data[0] ?? [];
  const last = result.data[result.data.length - 1] ?? [];
  if (result.data.length > 1 && last.length < header.length) return { ok: false, errorKey: 'reach_import_file_truncated' };
  return { ok: true, rows: result.data };
}
