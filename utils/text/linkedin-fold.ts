export type Device = 'desktop' | 'mobile';

/**
 * How LinkedIn truncates a post in the feed before "…see more" (observed 2026-11):
 * about three lines, roughly 210 characters on desktop and 140 on mobile. A line break
 * ends a visual line, so a short first line followed by a break uses a whole line.
 */
export const FOLD_LAYOUT: Record<Device, { lines: number; lineWidth: number }> = {
  desktop: { lines: 3, lineWidth: 70 },
  mobile: { lines: 3, lineWidth: 47 },
};

/**
 * UTF-16 index where LinkedIn's "see more" fold falls: text before it shows in the feed.
 * Returns text.length when the whole post shows (no fold).
 */
export function linkedinFold(text: string, options: { device?: Device } = {}): number {
  const { lines, lineWidth } = FOLD_LAYOUT[options.device ?? 'desktop'];
  let line = 0;
  let column = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // Low surrogates do not take a column of their own.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (text[index] === '\n') {
      line += 1;
      column = 0;
      if (line >= lines) return index + 1 < text.length ? index : text.length;
      continue;
    }
    if (column >= lineWidth) {
      line += 1;
      column = 0;
      if (line >= lines) return index;
    }
    column += 1;
  }
  return text.length;
}
