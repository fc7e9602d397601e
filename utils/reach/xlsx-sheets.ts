import { XMLParser } from 'fast-xml-parser';
import { readZipEntries, ZipError, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip-entries';

/**
 * The sheets of an .xlsx workbook (Office Open XML, ECMA-376 part 1 §18) as rows of text cells, for reading exports.
 * Values only: a formula is never evaluated; its cell reads as "=" + the formula text, so a parser refuses it where
 * it expects a number, a date or a link. Dates stay what the cell holds (text, or the serial number).
 */

export type XlsxFailure = ZipFailureReason | 'not_xlsx' | 'too_many_rows';
type ZipFailureReason = ZipError['reason'];

export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  constructor(readonly reason: XlsxFailure) {
    super(`Workbook refused: ${reason}`);
  }
}

export interface Sheet {
  name: string;
  /** Rows by their 1-based number in the sheet; a missing cell is "". */
  rows: Map<number, string[]>;
}

export interface XlsxLimits extends ZipLimits {
  /** Rows over all sheets. */
  maxRows: number;
  /** Columns read per row (A..). */
  maxColumns: number;
}

/** Rows: the 100,000 data rows every export parser accepts, plus room for headers and the summary sheets. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = { ...DEFAULT_ZIP_LIMITS, maxRows: 100_500, maxColumns: 64 };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  // Standard entities only; a DOCTYPE (and so any entity it could declare) is refused before parsing.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

const decoder = new TextDecoder('utf-8', { fatal: false });

function parseXml(bytes: Uint8Array | undefined): Record<string, unknown> {
  if (!bytes) throw new XlsxError('not_xlsx');
  const text = decoder.decode(bytes);
  if (/<!DOCTYPE/i.test(text)) throw new XlsxError('not_xlsx');
  try {
    return parser.parse(text) as Record<string, unknown>;
  } catch {
    throw new XlsxError('truncated');
  }
}

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : value ? [asNode(value)] : []);

/** Text of a <t> node or of rich-text runs (<r><t>…</t></r>). */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  const element = asNode(node);
  if ('t' in element) return textOf(element.t);
  if ('#text' in element) return textOf(element['#text']);
  if ('r' in element) return asList(element.r).map((run) => textOf(run.t)).join('');
  return '';
}

/** "AB12" → 27 (0-based column). */
function columnOf(reference: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d+$/i.exec(reference)?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function readCell(cell: Node, strings: readonly string[]): string {
  if ('f' in cell) return `=${textOf(cell.f)}`;
  const type = typeof cell['@_t'] === 'string' ? cell['@_t'] : 'n';
  if (type === 'inlineStr') return textOf(cell.is);
  const value = textOf(cell.v);
  if (type === 's') return strings[Number(value)] ?? '';
  return value;
}

/**
 * Reads every sheet of the workbook. Throws XlsxError: 'zip_bomb', 'truncated', 'encrypted', 'not_zip' from the ZIP
 * layer, 'not_xlsx' when the parts of a workbook are missing, 'too_many_rows' past the row cap.
 */
export function readXlsxSheets(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Sheet[] {
  let files: Map<string, Uint8Array>;
  try {
    files = readZipEntries(bytes, (name) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(name), limits);
  } catch (error) {
    if (error instanceof ZipError) throw new XlsxError(error.reason);
    throw error;
  }
  const workbook = asNode(parseXml(files.get('xl/workbook.xml')).workbook);
  const relations = asList(asNode(parseXml(files.get('xl/_rels/workbook.xml.rels')).Relationships).Relationship);
  const targets = new Map(relations.map((relation) => [String(relation['@_Id']), resolveTarget(String(relation['@_Target'] ?? ''))]));
  const strings = files.has('xl/sharedStrings.xml') ? asList(asNode(parseXml(files.get('xl/sharedStrings.xml')).sst).si).map(textOf) : [];

  let rowCount = 0;
  return asList(asNode(workbook.sheets).sheet).map((entry) => {
    const name = String(entry['@_name'] ?? '');
    const path = targets.get(String(entry['@_id'] ?? ''));
    const rows = new Map<number, string[]>();
    if (!path || !files.has(path)) return { name, rows };
    const sheetData = asNode(asNode(parseXml(files.get(path)).worksheet).sheetData);
    let nextRow = 1;
    for (const row of asList(sheetData.row)) {
      const number = Number(row['@_r'] ?? nextRow);
      nextRow = number + 1;
      if (++rowCount > limits.maxRows) throw new XlsxError('too_many_rows');
      const cells: string[] = [];
      let nextColumn = 0;
      for (const cell of asList(row.c)) {
        const column = typeof cell['@_r'] === 'string' ? (columnOf(cell['@_r']) ?? nextColumn) : nextColumn;
        nextColumn = column + 1;
        if (column >= limits.maxColumns) continue;
        while (cells.length < column) cells.push('');
        cells[column] = readCell(cell, strings);
      }
      rows.set(number, cells);
    }
    return { name, rows };
  });
}
