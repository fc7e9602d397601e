import { Inflate } from 'fflate';

/**
 * Reads chosen entries of a ZIP file (an .xlsx is one) without ever holding more than a set number of inflated bytes.
 * A zip bomb is refused before anything is inflated when the central directory declares too much, and while inflating
 * when an entry inflates past what it declared or past the total cap (declared sizes can lie).
 * fflate does the inflating; this file only walks the directory (APPNOTE 6.3.10, §4.3) because fflate's one-shot unzip
 * inflates an entry whole before a caller could count its bytes.
 */

export type ZipFailure = 'truncated' | 'zip_bomb' | 'encrypted' | 'not_zip';

export class ZipError extends Error {
  override readonly name = 'ZipError';
  constructor(readonly reason: ZipFailure) {
    super(`ZIP refused: ${reason}`);
  }
}

export interface ZipLimits {
  /** Inflated bytes of all chosen entries together. */
  maxTotalBytes: number;
  /** Entries in the directory (an .xlsx has a dozen or two). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 64 * 1024 * 1024, maxEntries: 2_000 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at once: at deflate's 1032:1 worst case, one step inflates at most ~16 MB. */
const CHUNK = 16 * 1024;

interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    throw new ZipError(bytes.length >= 4 && view.getUint16(0, true) === 0x4b50 ? 'truncated' : 'not_zip');
  }
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('truncated');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('zip_bomb'); // ZIP64: no spreadsheet export needs it
  if (count > limits.maxEntries) throw new ZipError('zip_bomb');
  if (directoryOffset + directorySize > end) throw new ZipError('truncated');

  const entries: DirectoryEntry[] = [];
  let at = directoryOffset;
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipError('truncated');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw new ZipError('truncated');
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(bytes: Uint8Array, entry: DirectoryEntry, budget: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new ZipError('truncated');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw new ZipError('truncated');
  const data = bytes.subarray(start, stop);
  if (entry.method === STORED) {
    if (data.length !== entry.size) throw new ZipError('truncated');
    return data;
  }
  if (entry.method !== DEFLATED) throw new ZipError('not_zip');

  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    // More than declared is a lie worth refusing: it is how a bomb hides behind a small declared size.
    if (written + chunk.length > entry.size || written + chunk.length > budget) throw new ZipError('zip_bomb');
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      inflater.push(data.subarray(offset, Math.min(data.length, offset + CHUNK)), offset + CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('truncated'); // fflate throws on a cut or corrupt deflate stream
  }
  if (!finished || written !== entry.size) throw new ZipError('truncated');
  return out;
}

/** Names of the entries, without inflating anything. Throws ZipError. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  return readDirectory(bytes, limits).map((entry) => entry.name);
}

/**
 * The inflated bytes of the entries `wanted` keeps. Throws ZipError: 'zip_bomb' when their declared sizes together pass
 * the cap (checked before inflating anything) or one inflates past its declared size; 'truncated' for a cut file;
 * 'encrypted' for a password-protected entry.
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const chosen = readDirectory(bytes, limits).filter((entry) => wanted(entry.name));
  const declared = chosen.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.maxTotalBytes) throw new ZipError('zip_bomb');
  if (chosen.some((entry) => entry.flags & 1)) throw new ZipError('encrypted');
  const files = new Map<string, Uint8Array>();
  let budget = limits.maxTotalBytes;
  for (const entry of chosen) {
    const content = inflateEntry(bytes, entry, budget);
    budget -= content.length;
    files.set(entry.name, content);
  }
  return files;
}
