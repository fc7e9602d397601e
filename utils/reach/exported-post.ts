import type { Platform } from '../platform';
import { MAX_TEXT_CHARS } from '../platform';

/**
 * What the parsers of the platforms' own export files give back: the posts found, the rows refused (with the reason),
 * or the reason the whole file was refused. Nothing here is written anywhere; matching and writing come later.
 */

export type ExportFormat = 'linkedin_analytics' | 'linkedin_shares' | 'x_analytics';
export const EXPORT_FORMATS = ['linkedin_analytics', 'linkedin_shares', 'x_analytics'] as const satisfies readonly ExportFormat[];

/** Counts as the file gives them; a count the file does not carry stays absent (never 0). */
export interface ExportedCounts {
  impressions?: number;
  /** LinkedIn's and X's total: reactions, comments, reposts, clicks… together. */
  engagements?: number;
  reactions?: number;
  comments?: number;
  reposts?: number;
}

export interface ExportedPost {
  platform: Platform;
  /** Spreadsheet row number (1-based, header included), for messages. */
  line: number;
  /** Link to the post as the file gives it (http(s) only). */
  url?: string;
  /** Epoch ms. */
  publishedAt: number;
  /** True when the file gives only the day: matching then allows for the time zone. */
  dayOnly: boolean;
  text?: string;
  /** The page the post shared, when the file names it (Shares.csv's SharedUrl). */
  sharedUrl?: string;
  counts?: ExportedCounts;
}

/** Locale keys of the reasons a row is refused. */
export type RowRejection =
  | 'reach_import_row_no_date'
  | 'reach_import_row_bad_date'
  | 'reach_import_row_bad_url'
  | 'reach_import_row_bad_count'
  | 'reach_import_row_formula'
  | 'reach_import_row_duplicate'
  | 'reach_import_row_empty'
  | 'reach_import_row_too_long';

export interface RejectedRow {
  line: number;
  reasonKey: RowRejection;
  /** The offending cell, cut short, to show beside the reason. */
  detail?: string;
}

/** Locale keys of the reasons a whole file is refused. */
export type FileRejection =
  | 'reach_import_file_too_big'
  | 'reach_import_file_empty'
  | 'reach_import_file_unknown'
  | 'reach_import_file_wrong_format'
  | 'reach_import_file_too_many_rows'
  | 'reach_import_file_truncated'
  | 'reach_import_file_zip_bomb'
  | 'reach_import_file_encrypted'
  | 'reach_import_file_missing_columns'
  | 'reach_import_file_missing_sheet'
  | 'reach_import_file_no_rows'
  | 'reach_import_file_x_overview';

/** Account totals a file gives besides its posts (LinkedIn's DISCOVERY and ENGAGEMENT sheets): shown, not stored. */
export interface ExportSummary {
  /** The period as the file writes it, e.g. "11/1/2024 - 11/30/2024". */
  period?: string;
  impressions?: number;
  membersReached?: number;
  /** Days in the per-day sheet, and its sums. */
  days?: number;
  dailyImpressions?: number;
  dailyEngagements?: number;
}

export type ParsedExport =
  | { ok: true; format: ExportFormat; posts: ExportedPost[]; rejected: RejectedRow[]; summary?: ExportSummary }
  | { ok: false; errorKey: FileRejection; detail?: string };

/** The caps every parser shares: a real export is far below them. */
export const MAX_EXPORT_ROWS = 100_000;
/** Bytes of the file itself. LinkedIn's archive Shares.csv of a prolific member is a few MB. */
export const MAX_EXPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Longest text kept from a row (the reach log's own cap). */
export const MAX_EXPORT_TEXT = MAX_TEXT_CHARS;

export function refuse(errorKey: FileRejection, detail?: string): ParsedExport {
  return detail === undefined ? { ok: false, errorKey } : { ok: false, errorKey, detail };
}

/** A cell cut short for a message. */
export function cellDetail(cell: string): string {
  return cell.length > 60 ? `${cell.slice(0, 60)}…` : cell;
}
