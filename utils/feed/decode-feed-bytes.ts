/**
 * Bytes of a feed to text, tolerantly: the charset of the Content-Type header wins, then a BOM,
 * then the XML declaration's encoding, then UTF-8 if the bytes are valid UTF-8, else windows-1252
 * (what undeclared Latin-1 feeds in the wild actually are). Never throws.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  // A header claiming UTF-8 is checked below like no header at all: servers often say UTF-8 by default.
  if (fromHeader && !/^utf-?8$/i.test(fromHeader)) {
    const text = tryDecode(bytes, fromHeader);
    if (text !== undefined) return text;
  }
  // The XML declaration is ASCII, so reading the first bytes as latin1 is enough to find it.
  const head = decode(bytes.subarray(0, 200), 'latin1');
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared or the usual legacy encoding.
  }
  return (declared && !/^utf-?8$/i.test(declared) ? tryDecode(bytes, declared) : undefined) ?? decode(bytes, 'windows-1252');
}

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined; // Unknown label.
  }
}

function decode(bytes: Uint8Array, label: string): string {
  return new TextDecoder(label).decode(bytes);
}
