import type { CountryCode } from 'libphonenumber-js/min';

/**
 * Countries a draft names, in English or French, by country, people or a large city ("Munich folks",
 * "numéro espagnol"): a national number next to such a name is likely one of theirs. Cities that share a
 * name with a French one (Valence, Vienne) are left out: they would name France.
 */
const NAMES: Record<string, readonly string[]> = {
  DE: ['germany', 'german', 'allemagne', 'allemand', 'allemande', 'allemands', 'deutschland', 'berlin', 'munich', 'munchen', 'hamburg', 'hambourg', 'frankfurt', 'francfort', 'koln', 'dusseldorf', 'stuttgart'],
  ES: ['spain', 'spanish', 'espagne', 'espagnol', 'espagnole', 'espagnols', 'espana', 'madrid', 'barcelona', 'barcelone', 'seville', 'sevilla', 'bilbao', 'malaga'],
  IT: ['italy', 'italian', 'italie', 'italien', 'italienne', 'italiens', 'italia', 'rome', 'roma', 'milan', 'milano', 'turin', 'torino', 'naples', 'napoli', 'florence', 'firenze', 'bologna', 'bologne'],
  PT: ['portugal', 'portuguese', 'portugais', 'portugaise', 'lisbon', 'lisbonne', 'lisboa', 'porto'],
  NL: ['netherlands', 'dutch', 'pays bas', 'neerlandais', 'neerlandaise', 'amsterdam', 'rotterdam', 'utrecht', 'eindhoven'],
  AT: ['austria', 'austrian', 'autriche', 'autrichien', 'autrichienne', 'wien', 'salzburg', 'salzbourg', 'graz'],
  CH: ['switzerland', 'swiss', 'suisse', 'zurich', 'geneve', 'geneva', 'lausanne', 'bern', 'berne', 'basel', 'bale'],
  BE: ['belgium', 'belgian', 'belgique', 'belge', 'belges', 'bruxelles', 'brussels', 'antwerp', 'anvers', 'liege', 'gand', 'ghent'],
  LU: ['luxembourg', 'luxemburg'],
  IE: ['ireland', 'irish', 'irlande', 'irlandais', 'irlandaise', 'dublin', 'cork'],
  CA: ['canada', 'canadian', 'canadien', 'canadienne', 'montreal', 'toronto', 'vancouver', 'quebec', 'ottawa', 'calgary'],
};

const REGION_OF = new Map<string, CountryCode>(
  Object.entries(NAMES).flatMap(([region, names]) => names.map((name) => [name, region as CountryCode] as const)),
);
const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...REGION_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const MARKS = /\p{M}/gu;
const APART = /[-’']/g;

/** The countries `text` names, in order of first mention. */
export function regionsNamedIn(text: string): CountryCode[] {
  const folded = text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APART, ' ');
  const regions = new Set<CountryCode>();
  for (const match of folded.matchAll(NAME)) {
    const region = REGION_OF.get(match[0]);
    if (region) regions.add(region);
  }
  return [...regions];
}
