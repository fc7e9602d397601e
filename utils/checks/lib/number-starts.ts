import { partitionPoint } from '../../partition-point';
import { WORD_DIGIT, type WordList } from '../../text/words';

const NUMERIC = /^\p{N}$/u;
const PLUS = 0x2b;
const MINUS = 0x2d;

/**
 * Where a number can start inside `ranges` (sorted by start, disjoint): the first character of each run of \p{N},
 * and, with `withSign`, a "+" or "-" right before it. A pattern that starts with a number (the checks' NUMBER, whose
 * lookbehinds allow no other place) runs anchored there (matchesAt) instead of being tried at every character: a
 * Unicode pattern with lookbehinds costs about 30 ns a character on two-byte text, 80-130 µs of a 3,000-character
 * draft per pattern (2026-12-03). Read from the draft's words, whose flags say which hold a digit, so the walk only
 * visits those. Undefined once there are more than `most` starts: a scan is then cheaper.
 */
export function numberStarts(
  text: string,
  words: WordList,
  ranges: readonly { start: number; end: number }[],
  withSign: boolean,
  most: number,
): number[] | undefined {
  const starts: number[] = [];
  for (const range of ranges) {
    let index = partitionPoint(words.count, (word) => (words.ends[word] as number) <= range.start);
    for (; index < words.count && (words.starts[index] as number) < range.end; index += 1) {
      if (((words.flags[index] as number) & WORD_DIGIT) === 0) continue;
      let previousIsNumber = false;
      const end = words.ends[index] as number;
      for (let at = words.starts[index] as number; at < end; ) {
        const code = text.charCodeAt(at);
        let size = 1;
        let isNumber: boolean;
        if (code < 0x80) isNumber = code >= 0x30 && code <= 0x39;
        else {
          const point = text.codePointAt(at) as number;
          if (point > 0xffff) size = 2;
          isNumber = NUMERIC.test(String.fromCodePoint(point));
        }
        if (isNumber && !previousIsNumber && at >= range.start && at < range.end) {
          const before = at > range.start ? text.charCodeAt(at - 1) : 0;
          if (withSign && (before === PLUS || before === MINUS)) starts.push(at - 1);
          starts.push(at);
          if (starts.length > most) return undefined;
        }
        previousIsNumber = isNumber;
        at += size;
      }
    }
  }
  return starts;
}
