import { readCsv } from './export-csv';
import { refuse, MAX_EXPORT_FILE_BYTES, type ParsedExport } from './exported-post';
import { parseLinkedInAnalytics } from './linkedin-analytics';
import { isSharesHeader, parseLinkedInShares } from './linkedin-shares';
import { isXOverviewHeader, isXPostsHeader, parseXAnalytics } from './x-analytics';

/**
 * Picks the parser from the file's content (not its name, which people rename): a ZIP signature means an .xlsx
 * workbook (LinkedIn's creator analytics); otherwise the CSV header tells LinkedIn's Shares.csv from X's export.
 */
export function parseExportFile(bytes: Uint8Array): ParsedExport {
  if (bytes.length > MAX_EXPORT_FILE_BYTES) return refuse('reach_import_file_too_big');
  if (bytes.length === 0) return refuse('reach_import_file_empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return parseLinkedInAnalytics(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  // A text file with NUL bytes is some other binary format (a PDF, an old .xls).
  if (text.includes('\u0000')) return refuse('reach_import_file_unknown');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const header = readCsv(firstLine);
  const cells = header.ok ? (header.rows[0] ?? []) : [];
  if (isSharesHeader(cells)) return parseLinkedInShares(text);
  if (isXPostsHeader(cells) || isXOverviewHeader(cells)) return parseXAnalytics(text);
  return refuse('reach_import_file_unknown');
}
