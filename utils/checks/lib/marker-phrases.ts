import type { WordList } from '../../text/words';
import { registerPhrases, type PhraseMatch } from './phrase-matcher';

/**
 * Classification words people paste along with a document, in French and English. Matched on
 * words, case- and accent-insensitively ("CONFIDENTIEL", "à usage interne").
 */
export const MARKER_PHRASES = [
  // English
  'confidential', 'strictly confidential', 'highly confidential', 'company confidential', 'privileged and confidential',
  'internal', 'interne', 'internal only', 'internal use only', 'for internal use', 'internal purposes only', 'internal distribution only',
  'not for distribution', 'not for public distribution', 'not for external distribution', 'not for external use',
  'do not distribute', 'do not share', 'do not forward', 'do not circulate', 'do not disclose', 'do not repost',
  'not to be shared', 'not to be distributed', 'under embargo', 'embargoed', 'embargoed until', 'embargo until',
  'nda', 'under nda', 'internal memo', 'internal document', 'eyes only', 'need to know basis', 'restricted distribution',
  'proprietary and confidential', 'top secret', 'for your eyes only', 'don t share', 'don t forward', 'don t distribute', 'please don t share', 'confidential and proprietary',
  'not for public release', 'not for release', 'not for release before', 'for internal distribution', 'internal and confidential',
  'not for circulation', 'not for wider circulation', 'not for external circulation', 'off the record',
  // The UK government's marking ("OFFICIAL-SENSITIVE", fresh23, fresh25), and the EU's ("RESTREINT UE / EU RESTRICTED", fresh38).
  'official sensitive', 'eu restricted', 'restreint ue', 'confidentiel ue', 'eu confidential', 'secret ue', 'eu secret',
  // The British and Australian public-sector label ("stamped COMMERCIAL IN CONFIDENCE", fresh26).
  'commercial in confidence',
  // A bare level heading a document in capitals ("RESTRICTED — steering group", "PROTECTED" atop an Australian tender draft,
  // fresh43, fresh45, 2026-12-04): see confidential-marker's SHOUTED_HEADINGS.
  'restricted', 'protected',
  // Export-control headings on technical data ("EXPORT CONTROLLED — ITAR" atop a bearing redesign, fresh96, 2026-12-05): in
  // capitals only, as the levels above ("export controlled items" in a sentence is trade talk).
  'export controlled', 'itar controlled', 'ear controlled',
  // The Government of Canada's levels ("Classification: Protected B", "Protégé B" atop a briefing note, fresh70, 2026-12-04):
  // a label only where labels stand (confidential-marker's LABEL_FORM_ONLY).
  'protected a', 'protected b', 'protected c', 'protege a', 'protege b', 'protege c',
  // New Zealand's public-sector level ("IN-CONFIDENCE" atop a status note, fresh54, 2026-12-04), a heading in capitals only.
  'in confidence',
  // Labels of the Japanese, Korean and Chinese offices, pasted as they are ("社外秘 — FY26 APAC channel plan", "대외비" atop
  // meeting notes, fresh54): a word of their own in those scripts, no prose sense to an English or French reader.
  '社外秘', '部外秘', '社内限り', '社内限定', '極秘', '機密', '대외비', '기밀', '사내한정', '内部资料', '內部資料', '机密', '绝密', '內部機密',
  // "Private & Confidential", the heading of a letter or e-mail ("&" is no word: "private confidential").
  'private and confidential', 'private confidential', 'strictly private and confidential', 'strictly private confidential',
  'personal and confidential', 'personal confidential',
  'strictly between us', 'just between us', 'between you and me',
  // Français
  'confidentiel', 'confidentielle', 'confidentiels', 'confidentielles', 'strictement confidentiel', 'tres confidentiel',
  'usage interne', 'usage interne uniquement', 'a usage interne', 'usage strictement interne', 'interne uniquement',
  'diffusion interne', 'diffusion restreinte', 'diffusion limitee', 'ne pas diffuser', 'ne pas partager',
  'ne pas transferer', 'ne pas divulguer', 'ne pas publier', 'ne pas relayer', 'ne pas faire circuler',
  'sous embargo', 'embargo jusqu', 'sous nda', 'sous accord de confidentialite', 'note interne', 'document interne',
  'memo interne', 'strictement entre nous', 'tres secret', 'secret defense', 'information privilegiee', 'informations privilegiees',
  // Labels of documents from other European offices, pasted as they are (German, Italian, Spanish, Portuguese, Dutch);
  // labels only: a request in those languages ("bitte nicht weitergeben") is too loose to read as one.
  'vertraulich', 'streng vertraulich', 'nur fur den internen gebrauch', 'nur fur internen gebrauch', 'fur den internen gebrauch',
  'nur zum internen gebrauch', 'zum internen gebrauch', 'interner gebrauch', 'nur intern',
  'nicht zur veroffentlichung', 'streng geheim',
  'riservato', 'riservata', 'documento riservato', 'strettamente riservato', 'strettamente riservata', 'riservatissimo',
  'confidenziale', 'strettamente confidenziale', 'uso interno', 'solo uso interno', 'per uso interno', 'ad uso interno',
  'vietata la diffusione',
  'confidencial', 'estrictamente confidencial', 'estritamente confidencial', 'solo para uso interno', 'para uso interno',
  'vertrouwelijk', 'strikt vertrouwelijk', 'alleen voor intern gebruik', 'voor intern gebruik', 'intern gebruik',
  // Nordic, central and south-eastern European labels ("KONFIDENTIELLT", "LUOTTAMUKSELLINEN" atop studio notes, fresh65, 2026-12-04).
  'konfidentiellt', 'konfidentiell', 'sekretess', 'luottamuksellinen', 'fortrolig', 'fortroligt', 'konfidensielt', 'konfidensiell',
  'poufne', 'scisle poufne', 'duverne', 'prisne duverne', 'bizalmas', 'szigoruan bizalmas',
  // Only as a label ("(Proprietary, Internal Use)", "Classification: Internal Use"): see confidential-marker.
  'internal use', 'proprietary', 'company proprietary',
];

const matchPhrases = registerPhrases({ markers: MARKER_PHRASES });
let lastTokens: WordList | undefined;
let lastMatches: readonly PhraseMatch[] = [];

/**
 * Marker phrases in a tokenised text (shared with shouting-caps: a label in capitals is not shouting).
 * Both rules ask for the same draft in one runChecks call (wordList() returns the same list): the last
 * result is kept (a pure memo). Do not mutate the result.
 */
export function matchMarkerPhrases(tokens: WordList): readonly PhraseMatch[] {
  if (tokens !== lastTokens) {
    lastMatches = matchPhrases(tokens).markers;
    lastTokens = tokens;
  }
  return lastMatches;
}
