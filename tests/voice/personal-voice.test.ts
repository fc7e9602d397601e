import { findPersonalVoice } from '../../utils/voice';

const hasVoice = (draft: string, companyTexts: string[] = []): boolean => findPersonalVoice(draft, companyTexts).length > 0;

describe('findPersonalVoice', () => {
  test.each([
    // French: opinion, feeling, experience
    'Je pense que c’est une excellente nouvelle pour la région.',
    'Ce qui m’a marqué, c’est la rapidité du chantier.',
    "Ce qui m'a marqué, c'est la rapidité du chantier.",
    'CE QUI M’A MARQUÉ : la formation.',
    'ce qui m a marque : la formation',
    'J’ai appris énormément sur ce projet.',
    'À mon avis, c’est le bon moment.',
    'A mon avis, c est le bon moment.',
    'Je suis fière de mon équipe.',
    'Personnellement, cette annonce me parle.',
    'Selon moi, l’hydrogène a un vrai rôle à jouer.',
    'J’ai travaillé deux ans sur ce raccordement.',
    'Avec mon équipe, on a vécu ce chantier de près.',
    // English
    'I learned a lot from this project.',
    'In my view, this is the right call.',
    'I’m proud of what we built.',
    "I'm proud of what we built.",
    'What surprised me most was the pace.',
    'I think this matters for the region.',
    'I worked on the offshore connection for two years.',
    'My team spent months on this.',
    // A first-person sentence of a few words, no listed phrase
    'J’étais sur le chantier le premier jour.',
    'I was on site the first day it went live.',
  ])('personal: %s', (draft) => {
    expect(hasVoice(draft)).toBe(true);
  });

  test.each([
    'Alpinéa recrute 200 techniciens de maintenance.',
    'Nous sommes fiers d’annoncer notre nouveau partenariat.',
    'We are proud to announce our new partnership.',
    'Retrouvez-nous au salon Énergies & Territoires à Lyon.',
    'Join us at booth B42.',
    'Great news!',
    'Bravo à toutes les équipes !',
    'Contact me.',
    '',
    // Someone else's words in quotes are not the person's voice
    '« Je suis fier de nos équipes », déclare le directeur général.',
    '“I’m proud of our teams,” says the CEO.',
  ])('not personal: %s', (draft) => {
    expect(hasVoice(draft)).toBe(false);
  });

  test('a first-person sentence copied from the company text does not count', () => {
    const company = ['Amina raconte : j’ai appris à piloter un réseau en mer, et c’est devenu ma passion.'];
    expect(hasVoice('J’ai appris à piloter un réseau en mer, et c’est devenu ma passion.', company)).toBe(false);
    expect(hasVoice('J’ai croisé Amina sur le chantier, quelle énergie !', company)).toBe(true);
  });

  test('evidence spans point into the original draft (accents, curly apostrophes, ligatures)', () => {
    const draft = 'Œuvre collective. Ce qui m’a marqué : la formation.';
    const [evidence] = findPersonalVoice(draft);
    expect(evidence?.kind).toBe('phrase');
    expect(draft.slice(evidence!.start, evidence!.end)).toBe('Ce qui m’a marqué');
  });

  test('a first-person sentence is evidence as a whole, trimmed', () => {
    const draft = 'Super annonce.  I spent the first day on site with them. ';
    const [evidence] = findPersonalVoice(draft);
    expect(evidence).toMatchObject({ kind: 'first-person' });
    expect(draft.slice(evidence!.start, evidence!.end)).toBe('I spent the first day on site with them');
  });

  test('stays fast on long hostile input', () => {
    const started = performance.now();
    findPersonalVoice(`${'je '.repeat(20_000)}${'a'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
