import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import twitter from 'twitter-text';
import { EMOJI_SEQUENCE, X_MAX_WEIGHTED_LENGTH, xLinks, xWeight, xWeightedLength } from '../../utils/text/x-weighted-length';

// twitter-text is kept as a devDependency only to be the oracle here: it is what X's own composer runs.
function oracle(text: string): { weightedLength: number; fitsUntil: number } {
  const parsed = twitter.parseTweet(text);
  const over = parsed.weightedLength > X_MAX_WEIGHTED_LENGTH;
  return { weightedLength: parsed.weightedLength, fitsUntil: over ? Math.min(text.length, parsed.validRangeEnd + 1) : text.length };
}

const A280 = 'a'.repeat(280);

describe('xWeight agrees with twitter-text parseTweet', () => {
  test.each([
    // ASCII and Latin
    ['empty', ''],
    ['ASCII', 'Hello, world!'],
    ['French accents (precomposed)', 'Fière de l’équipe : été, Noël, cœur, ça.'],
    ['French accents (decomposed, NFC makes them one)', 'e\u0301te\u0301 a\u0300 Nantes'],
    ['combining mark without a precomposed form', 'q\u0301 x\u0323\u0302'],
    ['Greek and Cyrillic (weight 1, below U+1100)', 'Ελλάδα привет'],
    ['general punctuation weighing 1', 'a\u2013b\u2014c\u2018d\u2019e\u201Cf\u201D \u2032\u2033 \u200B'],
    ['punctuation weighing 2', 'a\u2026b \u2030 \u2122 \u00AB\u00BB'],
    // CJK and Korean
    ['CJK', '日本語のテキスト'],
    ['Korean', '한국어'],
    ['Hangul jamo (NFC composes them)', '\u1100\u1161\u11A8'],
    ['full-width', 'ＡＢＣ１２３'],
    // Emoji
    ['emoji', '😀'],
    ['emoji with skin tone', '👍🏽 👋🏿'],
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['ZWJ family then ZWJ and emoji', '👨‍👩‍👧‍👦\u200D😀'],
    ['ZWJ with VS16', '👩‍❤️‍💋‍👨 🏳️‍🌈 👩🏽‍💻'],
    ['flags', '🇫🇷🇬🇧🇯🇵'],
    ['subdivision flag (tag sequence)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['keycaps', '1️⃣ #️⃣ *️⃣ 1\u20E3'],
    ['text-default pictograph with and without VS16', '❤ ❤️ ☺ ☺️ ‼️'],
    ['© and ® are text alone, emoji with VS16', '© ® ©\uFE0F ®\uFE0F'],
    ['VS16 after a letter', 'a\uFE0F'],
    ['emoji then combining mark', '😀\u0301'],
    ['lone regional indicator and skin tone', '🇫 🏽'],
    ['newer emoji outside twemoji-parser (one code point)', '🫠 🪿'],
    ['ZWJ between letters', 'a\u200Db'],
    // Links
    ['https link', 'Read https://example.com/news/2027 today'],
    ['http link, upper case', 'HTTP://EXAMPLE.COM/A'],
    ['bare domain', 'on example.com now'],
    ['bare domain with path and query', 'www.lemonde.fr/economie/article?id=42&x=y#top'],
    ['ccTLD short links', 'bit.ly t.co/abc123 README.md'],
    ['subdomains and hyphens', 'a.b-c.example.org'],
    ['port', 'https://example.com:8080/x'],
    ['Latin accents in the host', 'bücher.de https://bücher.de/ä'],
    ['Cyrillic in the path', 'https://example.com/привет'],
    ['link in parentheses', '(see https://example.com/a)'],
    ['balanced parentheses kept', '(see https://en.wikipedia.org/wiki/Foo_(bar))'],
    ['trailing full stop', 'Go to https://example.com/a.'],
    ['trailing comma, colon, !, ?', 'example.com, example.org: example.net! https://example.com/?q=1!'],
    ['trailing quotes', '"https://example.com/a" «example.com»'],
    ['host with a trailing dot', 'Visit example.com.'],
    ['text glued after', 'https://example.com/a日本 example.com日本'],
    ['accented letter glued to the TLD', 'https://example.coméquipe example.frÉté'],
    ['two links glued by a space', 'https://a.com https://b.com'],
    ['lone slash', 'example.com/ and example.com?'],
    ['percent encoding', 'http://example.com/%20x'],
    // Not links
    ['e-mail address', 'a@example.com'],
    ['mention, hashtag, cashtag glued to a domain', '@example.com #example.com $example.com'],
    ['after _ / -', 'foo_bar.com /example.com -example.com'],
    ['IPv4', 'http://1.2.3.4/x'],
    ['ftp', 'ftp://example.com'],
    ['letter before the scheme', 'xhttps://example.com'],
    ['double dot', 'example..com'],
    ['one-letter TLD', 'e.g. a.b'],
    ['digits', '3.14 2027.12'],
    ['userinfo', 'https://u:p@example.com'],
    ['unknown TLD, sentence without a space, mixed case', 'fin.Merci'],
    // Mentions, hashtags, mixed
    ['mentions and hashtags', '@alpinea #recrutement #Éolien $AAPL'],
    ['mixed post', 'Fière 👩🏽‍💻 de l’équipe 🇫🇷 ! Lisez https://alpinea.com/fr/offres?id=42 #recrutement @alpinea 日本'],
    ['new lines', 'a\nb\r\nc\n\n'],
    // The limit
    ['280 ASCII', A280],
    ['281 ASCII', `${A280}b`],
    ['279 + emoji (281)', `${'a'.repeat(279)}😀`],
    ['278 + emoji (280)', `${'a'.repeat(278)}😀`],
    ['140 CJK', '日'.repeat(140)],
    ['141 CJK', '日'.repeat(141)],
    ['link crossing the limit', `${'a'.repeat(260)} https://example.com/x trailing`],
    ['link just fitting', `${'a'.repeat(257)}https://example.com/x`],
    ['ZWJ family crossing the limit', `${'a'.repeat(279)}👨‍👩‍👧‍👦 end`],
    ['flag crossing the limit', `${'a'.repeat(279)}🇫🇷`],
    ['CJK crossing the limit at an odd weight', `${'a'.repeat(279)}日本`],
    ['far over', 'Fière de l’équipe ! '.repeat(40)],
    ['trailing text after a link past the limit', `https://example.com ${'é'.repeat(300)}`],
  ])('%s', (_name, text) => {
    expect(xWeight(text)).toEqual(oracle(text));
  });
});

describe('intentional differences from twitter-text', () => {
  // Each row: our weighted length, twitter-text's, and why ours is what X does or the safer count.
  test.each([
    // X wraps every http(s) link in t.co, whatever its TLD; twitter-text only links the TLDs it knows.
    ['scheme link on a TLD twitter-text does not know', 'https://a.example/x', 23, 19],
    ['long scheme link on an unknown TLD', `https://newsroom.alpinea.example/fr/${'recrutement-'.repeat(12)}2027`, 23, 184],
    ['bare domain on an unknown TLD-like label', 'newsroom.alpinea.example', 23, 24],
    // Without a TLD list, a bare "name.ext" is a link when "ext" looks like a TLD: we count more, never less.
    ['file name or library name that looks like a domain', 'Node.js', 23, 7],
    // After a host, a hyphen ends the host here; twitter-text drops the whole link (we count more).
    ['hyphen right after a host', 'https://example.com-', 24, 20],
    // Emoji sequences newer than twemoji-parser 14 (twitter-text's list) count 2 as one sequence, as X counts
    // them today; twitter-text counts their parts.
    ['newer ZWJ sequence (Emoji 15 black bird)', '🐦‍⬛', 2, 5],
    ['skin tone on a newer base (🤝🏽, Emoji 14)', '🤝🏽', 2, 4],
    // Any two regional indicators are one flag for us: we do not carry the list of valid region codes.
    ['pair of regional indicators that is no flag', '🇦🇦', 2, 4],
    // A made-up ZWJ chain: at most 4 pictographs make one sequence (as in the longest real ones), then ZWJ 1.
    ['made-up ZWJ chain of 5', '😀‍😀‍😀‍😀‍😀', 2 + 1 + 2, 5 * 2 + 4],
  ])('%s', (_name, text, ours, theirs) => {
    expect(xWeightedLength(text)).toBe(ours);
    expect(twitter.parseTweet(text).weightedLength).toBe(theirs);
  });

  test('the cut is placed in the text as typed, even when NFC shortened what follows it', () => {
    // twitter-text shifts validRangeEnd by the whole normalisation difference, wherever it happened; the cut is
    // at the 281st character here, before any decomposed accent.
    const text = `${'a'.repeat(285)}${'e\u0301'.repeat(3)}`;
    expect(xWeight(text).fitsUntil).toBe(280);
    expect(oracle(text).fitsUntil).toBe(283);
  });

  test('a cut inside a decomposed accent falls before the whole accented letter', () => {
    const text = `${'a'.repeat(279)}ne\u0301e`;
    expect(xWeight(text)).toEqual({ weightedLength: 282, fitsUntil: 280 });
  });

  test('invalid characters (U+FEFF, U+FFFE) count by weight; twitter-text stops its valid range at them', () => {
    const text = `a\uFEFF${'b'.repeat(300)}`;
    expect(xWeight(text).fitsUntil).toBe(279);
    expect(oracle(text).fitsUntil).toBe(1);
  });
});

describe('xLinks', () => {
  test.each([
    ['https://example.com/a.', ['https://example.com/a']],
    ['(https://example.com/a_(b))', ['https://example.com/a_(b)']],
    ['a https://a.example/x b', ['https://a.example/x']],
    ['example.com/path?q=1&r=2#frag!', ['example.com/path?q=1&r=2#frag']],
    ['mail a@example.com or @example.com', []],
    ['fin.Merci, e.g. 3.14', []],
    ['Voir EXAMPLE.COM.', ['EXAMPLE.COM']],
    ['xn--bcher-kva.xn--p1ai/x', ['xn--bcher-kva.xn--p1ai/x']],
  ])('%s', (text, expected) => {
    expect(xLinks(text).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });

  test('linear on adversarial input', () => {
    // Each would be quadratic if a link were tried from every position: long host-like runs without a TLD,
    // many schemes without hosts, long paths ending in punctuation, unterminated tag sequences.
    const inputs = ['a.'.repeat(50_000), 'https://'.repeat(20_000), `https://example.com/${'.'.repeat(100_000)}`, `🏴${'\u{E0061}'.repeat(50_000)}`, 'a-'.repeat(50_000), '.a'.repeat(50_000), `.${' a'.repeat(50_000)}`, `https://x.com?${'?'.repeat(100_000)}`, 'éhttp://'.repeat(20_000)];
    const started = performance.now();
    for (const input of inputs) xWeight(input);
    // Generous bound (shared machine): a quadratic scan of 100,000 characters takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('the emoji pattern is safe according to recheck', () => {
    expect(checkSync(EMOJI_SEQUENCE.source, EMOJI_SEQUENCE.flags.replace('y', ''), { timeout: 20_000, randomSeed: 7 }).status).toBe('safe');
  }, 60_000);
});

// ---- Property: on text where twitter-text is authoritative, we agree with it everywhere ----------------------
// Words, emoji that twemoji-parser knows, links on TLDs twitter-text knows, joined by the separators posts use.
const TOKENS = [
  'Bonjour',
  'équipe',
  'été',
  'e\u0301te\u0301',
  'naïve',
  'cœur',
  'Ελλάδα',
  'привет',
  '日本語',
  '한국어',
  'ＡＢＣ',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇫🇷',
  '1️⃣',
  '❤️',
  '❤',
  '©',
  '‼️',
  '@alpinea',
  '#recrutement',
  '$AAPL',
  'https://example.com',
  'http://www.lemonde.fr/economie/',
  'https://alpinea.com/fr/offres?id=42',
  'HTTPS://EXAMPLE.ORG/A',
  'example.com',
  't.co/abc123',
  'bit.ly',
  'www.example.org/a_(b)',
  'a@example.com',
  '2027',
  '3.14',
  '—',
  '’',
  '…',
  '«',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit',
];
// No empty separator: gluing "example.com" to "https" makes "example.comhttps", a TLD-like label twitter-text does
// not know (a documented difference, not text it is authoritative for).
const SEPARATORS = [' ', '\n', '. ', ', ', ' (', ') ', '! ', ': ', '?', '/', '\u00A0'];
const post = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(''));

test('property: same weighted length and cut as twitter-text on text it is authoritative for', () => {
  fc.assert(
    fc.property(post, (text) => {
      const ours = xWeight(text);
      const theirs = oracle(text);
      expect(ours.weightedLength).toBe(theirs.weightedLength);
      // twitter-text's cut is off when NFC changed the text (see the differences above).
      if (text.normalize('NFC') === text) expect(ours.fitsUntil).toBe(theirs.fitsUntil);
    }),
    { numRuns: 1_000, seed: 20261202 },
  );
});

test('nothing that ships imports twitter-text (its core-js needs Function(), which Firefox MV3 refuses)', () => {
  const root = process.cwd();
  const shipped = ['entrypoints', 'components', 'utils'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx|js|mjs)$/.test(name))
      .map((name) => path.join(dir, name)),
  );
  expect(shipped.length).toBeGreaterThan(50);
  const importing = shipped.filter((file) => /from ['"]twitter-text['"]|require\(['"]twitter-text['"]\)|import\(['"]twitter-text['"]\)/.test(readFileSync(path.join(root, file), 'utf8')));
  expect(importing).toEqual([]);
});
