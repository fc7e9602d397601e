/** Printable ASCII only: nothing to decompose, lower case is enough. */
const ASCII = /^[ -~]*$/;

/**
 * Case and accent folding, for comparing and searching text: compatibility decomposition (NFKD), combining marks
 * dropped, lower case. "Société" -> "societe", "𝗢𝗿𝗶𝗼𝗻" -> "orion", "ﬁn" -> "fin".
 * The result may be longer or shorter than the input: where spans matter, fold per character and keep the offsets.
 */
export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
