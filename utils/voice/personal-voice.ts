import { shingles } from './company-copy-share';
import { foldText, originalSpan, wordTokens, type FoldedText } from './fold-text';

/** A piece of the draft that shows the person's own voice. Offsets are UTF-16, end exclusive. */
export interface VoiceEvidence {
  start: number;
  end: number;
  /** 'phrase': a known opinion/feeling/experience phrase; 'first-person': a first-person sentence. */
  kind: 'phrase' | 'first-person';
}

/**
 * Opinion, feeling and experience phrases, FR and EN, written folded (lowercase, no accents,
 * straight apostrophe). Each alternative is a literal phrase: the built regex has no nested
 * quantifiers, so matching stays linear on any input.
 */
const PHRASES = [
  // French
  'je pense', 'je crois', 'je trouve', 'je retiens', 'je recommande', 'je me souviens', "j'adore", "j'aime",
  "j'ai appris", "j'ai decouvert", "j'ai vu", "j'ai travaille", "j'ai participe", "j'ai eu la chance", "j'ai ete",
  "j'ai compris", "j'ai hate", "j'ai pu", "j'en retiens", "j'y crois",
  'je suis fier', 'je suis fiere', 'je suis ravi', 'je suis heureux', 'je suis heureuse', 'je suis convaincu',
  'je suis impressionne', 'je suis touche', 'je suis emu', 'je suis content',
  "ce qui m'a marque", "ce qui m'a surpris", "ce qui m'a frappe", "ce qui m'a touche", "ce qui m'a plu",
  "ce qui m'a interpelle", "ce qui m'a etonne", "ce que j'en retiens", "ca m'a", "cela m'a", "m'a appris",
  'a mon avis', 'selon moi', 'pour moi', "d'apres moi", 'personnellement', 'de mon cote', 'a titre personnel',
  'mon equipe', 'mes collegues', 'dans mon travail', 'dans mon metier', 'mon experience',
  // English
  'i think', 'i believe', 'i feel', 'i found', 'i learned', 'i learnt', "i've learned", 'i have learned',
  'in my view', 'in my opinion', 'in my experience', "i'm proud", 'i am proud', 'so proud', 'proud of my',
  'what surprised me', 'what struck me', 'what impressed me', 'what moved me', 'what stood out to me',
  'i love', 'i loved', 'i enjoyed', 'i worked', 'i helped', 'i joined', 'i remember', "i can't wait",
  'i recommend', "i'd recommend", "i'm excited", "i'm thrilled", "i'm grateful", "i'm convinced", 'i was',
  "i've been", 'my team', 'my colleagues', 'personally', 'for me,', 'to me,', 'my take', 'my two cents',
];

const PHRASE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** First-person singular words, folded ("j" and "m" come from elisions: j'ai, m'a). */
const FIRST_PERSON = new Set(['je', 'j', 'moi', 'me', 'm', 'mon', 'ma', 'mes', 'i', 'my', 'mine', 'myself', 'im', 'ive', 'id', 'ill']);
/** A first-person sentence counts as a take from this many words. */
export const MIN_TAKE_WORDS = 4;
/** Evidence whose words are mostly the company's own (a quoted CEO "I") is not the person's voice. */
const COMPANY_OVERLAP_LIMIT = 0.5;

/**
 * Finds the person's own voice in a draft: opinion/feeling/experience phrases and first-person
 * sentences of at least MIN_TAKE_WORDS words, FR and EN, whatever the case, accents or apostrophes.
 * Text inside quotation marks and sentences copied from `companyTexts` do not count.
 */
export function findPersonalVoice(draft: string, companyTexts: readonly string[] = []): VoiceEvidence[] {
  const folded = foldText(draft);
  // Quoted words are someone else's: blank them (same length, so offsets hold) before looking.
  const text = blankQuotes(folded.text);
  const company = new Set<string>();
  for (const text of companyTexts) for (const shingle of shingles(text)) company.add(shingle);

  const evidence: VoiceEvidence[] = [];
  for (const sentence of sentences(text)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (company.size > 0 && overlap(sentenceText, company) >= COMPANY_OVERLAP_LIMIT) continue;
    let found = false;
    for (const match of sentenceText.matchAll(PHRASE_PATTERN)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      evidence.push({ ...originalSpan(folded, start, end), kind: 'phrase' });
      found = true;
    }
    if (found) continue;
    const words = wordTokens(sentenceText.replace(/'/g, ' '));
    if (words.length >= MIN_TAKE_WORDS && words.some((word) => FIRST_PERSON.has(word)) && !looksLikeSignature(words)) {
      evidence.push({ ...trimmedSpan(folded, sentence.start, sentence.end), kind: 'first-person' });
    }
  }
  return evidence;
}

/** Sentences as [start, end) of the folded text, split on . ! ? … and line breaks. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (i === text.length || char === '.' || char === '!' || char === '?' || char === '…' || char === '\n') {
      if (text.slice(start, i).trim()) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Replaces text between « », “ ” or straight double quotes (and the marks) with spaces. */
function blankQuotes(text: string): string {
  const pairs: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“' };
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    const close = pairs[char];
    const end = close ? text.indexOf(close, i + 1) : -1;
    if (end === -1) {
      out += char;
      i += 1;
    } else {
      out += text.slice(i, end + 1).replace(/[^\n]/g, ' ');
      i = end + 1;
    }
  }
  return out;
}

function overlap(sentence: string, company: Set<string>): number {
  const own = shingles(sentence);
  if (own.size === 0) return 0;
  let shared = 0;
  for (const shingle of own) if (company.has(shingle)) shared += 1;
  return shared / own.size;
}

/** "Contact me: jane@…" or "Posted by me" are not a take. */
function looksLikeSignature(words: string[]): boolean {
  return words.length < 6 && (words.includes('contact') || words.includes('contactez') || words.includes('dm'));
}

function trimmedSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(folded.text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(folded.text[to - 1] ?? '')) to -= 1;
  return originalSpan(folded, from, to);
}
