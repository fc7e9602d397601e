import { translate, type Locale } from '../i18n/translate';
import { foldText, originalSpan } from './fold-text';

/** A soft hint about corporate wording; advice, never an error, so it carries no severity. */
export interface JargonHint {
  start: number;
  end: number;
  /** The words as the person wrote them. */
  term: string;
  /** Localised advice. */
  message: string;
}

/**
 * 'buzzword': says little ("synergies"); 'claim': a self-awarded superlative readers skip
 * ("best-in-class"). Written folded; a space also matches a hyphen and vice versa.
 */
const JARGON: Readonly<Record<'buzzword' | 'claim', readonly string[]>> = {
  buzzword: [
    'synergie', 'synergies', 'synergy', 'synergistic', 'leverage', 'leveraging', 'levier de croissance',
    'disruptif', 'disruptive', 'disruptifs', 'disruptive innovation', 'disruption', 'game changer', 'game changers',
    'changement de paradigme', 'paradigm shift', 'holistique', 'holistic', 'gagnant gagnant', 'win win',
    'proposition de valeur', 'value proposition', 'move the needle', 'think outside the box', 'thought leader',
    'thought leadership', 'solutions innovantes', 'innovative solutions', 'impactant', 'impactante', 'seamless',
    'seamlessly', 'empower', 'empowering', 'best practices', 'bonnes pratiques du marche', 'transformation digitale',
    'digital transformation', 'ecosysteme vertueux', 'cercle vertueux', 'valeur ajoutee', 'added value', 'next level',
  ],
  claim: [
    'leader sur son marche', 'leader sur notre marche', 'leader de son marche', 'leader du marche', 'leader mondial',
    'leader europeen', 'market leader', 'market leading', 'industry leading', 'world leader', 'best in class',
    'a la pointe de l\'innovation', 'a la pointe de la technologie', 'a la pointe', 'world class', 'de classe mondiale',
    'state of the art', 'cutting edge', 'sans equivalent', 'sans pareil', 'unrivalled', 'unrivaled', 'unparalleled',
    'excellence operationnelle', 'operational excellence', 'second to none', 'incontournable',
  ],
};

const PATTERNS = (Object.entries(JARGON) as ['buzzword' | 'claim', readonly string[]][]).map(([kind, terms]) => ({
  kind,
  regex: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...terms]
      .sort((a, b) => b.length - a.length)
      .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]'))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
}));

/** Corporate jargon in a draft, in order, as soft localised hints (FR and EN terms, any case/accents). */
export function findJargon(draft: string, locale: Locale): JargonHint[] {
  const folded = foldText(draft);
  const hints: JargonHint[] = [];
  for (const { kind, regex } of PATTERNS) {
    for (const match of folded.text.matchAll(regex)) {
      const { start, end } = originalSpan(folded, match.index ?? 0, (match.index ?? 0) + match[0].length);
      if (hints.some((hint) => hint.start < end && start < hint.end)) continue;
      const term = draft.slice(start, end);
      hints.push({ start, end, term, message: translate(locale, kind === 'claim' ? 'voice_jargon_claim' : 'voice_jargon_buzzword', [term]) });
    }
  }
  return hints.sort((a, b) => a.start - b.start);
}
