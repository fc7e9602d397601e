import { foldWord, wordList } from '../../text/words';

/**
 * Gates read from the draft's words in one pass: each gate lists the words (folded, as the draft's words are) its
 * names start with, or, written "=word", the whole word. A gate is open when the draft has such a word. A rule that
 * reads a dozen kinds of names tests its dozen gates against the few hundred distinct words of a draft, instead of
 * scanning the draft once per gate (a dozen case-insensitive alternations were 70 µs of a dense 3,000-character draft,
 * 2026-12-04). A gate opened by a word start lets through every name that stands at a word start, and more.
 */
export function wordGates<Name extends string>(table: Readonly<Record<Name, readonly string[]>>): (text: string) => ReadonlySet<Name> {
  const exact = new Map<string, Name[]>();
  // By their first two letters: a draft's word is compared with the few prefixes that share them.
  const prefixes = new Map<string, { prefix: string; name: Name }[]>();
  for (const name of Object.keys(table) as Name[]) {
    for (const listed of table[name]) {
      // Folded as the draft's words are: Hangul decomposes into its letters, a kana loses its voicing mark (the gates of
      // "주민등록번호" and "マイナンバー" never opened before, fresh54, 2026-12-04).
      const key = listed.startsWith('=') ? `=${foldWord(listed.slice(1))}` : foldWord(listed);
      if (key.startsWith('=')) {
        const word = key.slice(1);
        exact.set(word, [...(exact.get(word) ?? []), name]);
      } else if (key.length < 2) {
        throw new Error(`word gate ${name}: a prefix of one letter opens on most drafts, list the word with "=": ${key}`);
      } else {
        const head = key.slice(0, 2);
        prefixes.set(head, [...(prefixes.get(head) ?? []), { prefix: key, name }]);
      }
    }
  }
  let lastText: string | undefined;
  let lastOpen: ReadonlySet<Name> = new Set();
  return (text) => {
    if (text === lastText) return lastOpen;
    const open = new Set<Name>();
    for (const word of wordList(text).vocabulary) {
      const names = exact.get(word);
      if (names) for (const name of names) open.add(name);
      const candidates = word.length >= 2 ? prefixes.get(word.slice(0, 2)) : undefined;
      if (candidates) for (const { prefix, name } of candidates) if (word.startsWith(prefix)) open.add(name);
    }
    lastText = text;
    lastOpen = open;
    return open;
  };
}
