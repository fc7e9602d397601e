import { WORD_DIGIT, WORD_LETTER, WORD_LOWER, WORD_NON_ASCII, wordList } from '../text/words';
import { finding } from './lib/finding';
import { matchMarkerPhrases } from './lib/marker-phrases';
import type { CheckRule, Finding } from './types';

// Upper-case letters are A-Z or outside ASCII: the lookahead skips the rest cheaply.
const TWO_CAPITALS = /(?=[A-Z\u0080-\u{10FFFF}])\p{Lu}\p{Lu}/u;

/** Acronyms written in capitals by convention, FR and EN: never shouting. */
const ACRONYMS = new Set(
  `AI IA CEO CFO CTO COO CMO CIO CISO CHRO CSO VP SVP EVP HR RH DRH DSI DAF PDG DG RSE CSR ESG ETI PME TPE SME
  NDA RGPD GDPR KPI OKR ROI B2B B2C SAAS API APIS SDK UX UI IT IOT ML LLM GPT NLP CRM ERP SEO SEA CTA PR USA UK EU UE
  US UN ONU NATO OTAN CNIL INSEE URSSAF SNCF RATP EDF BNP SNCF CAC NYSE IPO M&A R&D RD QA PMO PO PM SRE SOC CERT
  ANSSI ISO NIS DORA CSRD COP CO2 PDF FAQ HTML CSS JS SQL AWS GCP NASA FIFA JO NBA CDI CDD BTS MBA PHD CV Q1 Q2 Q3 Q4
  T1 T2 T3 T4 H1 H2 FY YOY MOM ARR MRR EBITDA EBIT CA HT TTC TVA OK ASAP FYI TBD NB PS AKA VIP DEI LGBT LGBTQ`.split(/\s+/),
);

const CODE_NEIGHBOUR = /[_=/\\<>{}[\]$@#]/;

// The fix keeps acronyms and lowers every other word: words as in WORD_IN_RUN (letters, digits, ' ’ &).
const WORD_IN_RUN = /[\p{L}\p{N}'’&]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
// The acronyms as whole ASCII words (not inside a longer word of letters, digits, ' or &): found by one
// native scan of a run instead of a test per word.
const ACRONYM_WORD = new RegExp(
  `(?<![A-Za-z0-9'&])(?:${[...ACRONYMS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9'&])`,
  'g',
);

/**
 * `raw` with every word but the acronyms in lower case. ASCII text (most runs, and every pasted run of
 * thousands of words seen so far) is lowered in one native call, then the few acronyms are copied back:
 * a replace with a callback per word was most of this rule's first call on a 100 kB text in capitals.
 * Elsewhere, the replace (identical result: ASCII characters outside words have no case).
 */
function lowerExceptAcronyms(raw: string): string {
  if (NON_ASCII.test(raw)) return raw.replace(WORD_IN_RUN, (word) => (ACRONYMS.has(word) ? word : word.toLowerCase()));
  const lowered = raw.toLowerCase();
  let out = '';
  let copied = 0;
  ACRONYM_WORD.lastIndex = 0;
  for (let match = ACRONYM_WORD.exec(raw); match; match = ACRONYM_WORD.exec(raw)) {
    out += lowered.slice(copied, match.index) + match[0];
    copied = match.index + match[0].length;
  }
  return copied === 0 ? lowered : out + lowered.slice(copied);
}

// CODE_NEIGHBOUR (kept in `patterns` for the ReDoS test) as a table of char codes: isCode runs for every
// word in capitals of a pasted text, cold; a table read is cheaper than two regular expression tests.
const CODE_NEIGHBOUR_CODES = new Uint8Array(128);
for (const character of '_=/\\<>{}[]$@#') CODE_NEIGHBOUR_CODES[character.charCodeAt(0)] = 1;

function isCode(text: string, start: number, end: number, lineStart: number): boolean {
  if (CODE_NEIGHBOUR_CODES[text.charCodeAt(start - 1)] === 1 || CODE_NEIGHBOUR_CODES[text.charCodeAt(end)] === 1) return true;
  // PEM armour, on its own line or pasted inline: "-----BEGIN PRIVATE KEY-----".
  return text.startsWith('---', lineStart) || text.startsWith('-----', start - 5) || text.startsWith('-----', end);
}

/** How far into its line a label may start for the line to be its heading ("EMBARGO: NOT FOR RELEASE …"). */
const HEADING_LABEL_START = 16;

/** Whether `label`, in capitals, heads the line [lineStart, lineEnd). */
function onLine(label: { start: number; end: number } | undefined, lineStart: number, lineEnd: number, text: string): boolean {
  if (!label || label.start < lineStart || label.start >= lineEnd || label.start - lineStart > HEADING_LABEL_START) return false;
  const written = text.slice(label.start, label.end);
  return written === written.toUpperCase() && written !== written.toLowerCase();
}

/**
 * Shouting: a run of several words in capitals ("WE ARE HIRING", "NE RATEZ PAS ÇA"). Acronyms
 * (NDA, CEO, IA, RGPD), words with digits and confidentiality labels in capitals do not count.
 * Fix: the run in sentence case, acronyms kept.
 */
export const shoutingCaps: CheckRule = {
  id: 'shouting-caps',
  category: 'caps',
  severity: 'low',
  languages: ['fr', 'en'],
  patterns: [TWO_CAPITALS, CODE_NEIGHBOUR, WORD_IN_RUN, NON_ASCII, ACRONYM_WORD],
  check(text, context) {
    if (!TWO_CAPITALS.test(text)) return [];
    const tokens = wordList(text);
    const { count, starts, ends, flags: wordFlags, ids, vocabulary } = tokens;
    const labels = matchMarkerPhrases(tokens);
    const findings: Finding[] = [];
    // The current run of words without lower case: its span, how many words count as shouting and their
    // letters. Four numbers, not a list of words: a pasted text in capitals is one run of thousands of words.
    let runStart = -1;
    let runEnd = -1;
    let shoutyWords = 0;
    let shoutyLetters = 0;
    const flush = () => {
      if (runStart >= 0 && ((shoutyWords >= 3 && shoutyLetters >= 10) || (shoutyWords >= 2 && shoutyLetters >= 14))) {
        const raw = text.slice(runStart, runEnd);
        const atSentenceStart = /(?:^|[.!?\n]\s*)$/u.test(text.slice(Math.max(0, runStart - 3), runStart));
        const lowered = lowerExceptAcronyms(raw);
        const fix = atSentenceStart ? lowered.charAt(0).toUpperCase() + lowered.slice(1) : lowered;
        findings.push(finding(this, context, { start: runStart, end: runEnd }, 'check_shouting_caps', [], fix));
      }
      runStart = -1;
      shoutyWords = 0;
      shoutyLetters = 0;
    };
    // Per distinct word in capitals: whether it is an acronym (1) or not (2), 0 when not looked up yet.
    const acronym = new Uint8Array(vocabulary.length);
    let lineStart = 0;
    let nextBreak = text.indexOf('\n');
    let label = 0;
    for (let index = 0; index < count; index += 1) {
      const flags = wordFlags[index] as number;
      if (!(flags & WORD_LETTER)) continue;
      const hasLower = (flags & WORD_LOWER) !== 0;
      if (hasLower && runStart < 0) continue;
      const start = starts[index] as number;
      const end = ends[index] as number;
      while (nextBreak >= 0 && nextBreak < start) {
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      // Code, not prose: SNAKE_CASE constants, key=value, PEM armour lines. They end a run.
      if (isCode(text, start, end, lineStart)) {
        flush();
        continue;
      }
      // A word with a letter in lower case ends a run.
      if (hasLower) {
        flush();
        continue;
      }
      while (labels[label] && (labels[label] as { end: number }).end <= start) label += 1;
      const current = labels[label];
      // A heading that holds a label in capitals is the label's line ("EMBARGO: NOT FOR RELEASE BEFORE 06:00 GMT, 3 FEBRUARY",
      // fresh39, 2026-12-04): none of its words shouts.
      const lineEnd = nextBreak < 0 ? text.length : nextBreak;
      const previousLabel = labels[label - 1];
      const isLabel = Boolean(current && start >= current.start && end <= current.end) ||
        onLine(current, lineStart, lineEnd, text) || onLine(previousLabel, lineStart, lineEnd, text);
      // Acronyms are ASCII: a word in capitals without lower case is its folded form in upper case.
      const id = ids[index] as number;
      if (acronym[id] === 0) acronym[id] = !(flags & WORD_NON_ASCII) && ACRONYMS.has((vocabulary[id] as string).toUpperCase()) ? 1 : 2;
      const counts = end - start >= 2 && acronym[id] === 2 && !(flags & WORD_DIGIT) && !isLabel;
      if (runStart < 0) runStart = start;
      runEnd = end;
      if (counts) {
        shoutyWords += 1;
        shoutyLetters += end - start;
      }
    }
    flush();
    return findings;
  },
};
