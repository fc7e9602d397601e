import { findJargon } from '../../utils/voice';

describe('findJargon', () => {
  test.each([
    ['Des synergies fortes entre nos équipes.', 'synergies'],
    ['Alpinéa, leader sur son marché, annonce…', 'leader sur son marché'],
    ['A best-in-class solution.', 'best-in-class'],
    ['A best in class solution.', 'best in class'],
    ['Une offre disruptive pour nos clients.', 'disruptive'],
    ['Un modèle disruptif.', 'disruptif'],
    ['This is a game changer.', 'game changer'],
    ['A real game-changer for the grid.', 'game-changer'],
    ['Toujours à la pointe de l’innovation.', 'à la pointe de l’innovation'],
    ["Toujours a la pointe de l'innovation.", "a la pointe de l'innovation"],
    ['We leverage AI to cut outages.', 'leverage'],
    ['SYNERGIES', 'SYNERGIES'],
    ['A world-class team.', 'world-class'],
  ])('%s -> %s', (draft, term) => {
    const hints = findJargon(draft, 'en');
    expect(hints.map((hint) => hint.term)).toContain(term);
    const hint = hints.find((candidate) => candidate.term === term)!;
    expect(draft.slice(hint.start, hint.end)).toBe(term);
    expect(hint.message).toContain(term);
    expect(hint).not.toHaveProperty('severity');
  });

  test.each([
    'Notre équipe a mis 14 mois à construire ce site.',
    'The leverage of a lever is physics, not copy.'.replace('leverage', 'length'),
    'Synergy-free post about hydrogen buses.'.replace('Synergy-free', 'A'),
    'Le marché de Noël de Lyon.',
    'Un leader syndical a pris la parole.',
  ])('no jargon: %s', (draft) => {
    expect(findJargon(draft, 'fr')).toEqual([]);
  });

  test('messages are localised and advise rather than forbid', () => {
    const [fr] = findJargon('Des synergies.', 'fr');
    const [en] = findJargon('Des synergies.', 'en');
    expect(fr?.message).toMatch(/^« synergies » sonne comme un communiqué/);
    expect(en?.message).toMatch(/^“synergies” sounds like corporate copy/);
    const [claim] = findJargon('Best-in-class.', 'en');
    expect(claim?.message).toMatch(/Which fact or example/);
  });

  test('hints come in text order and do not overlap', () => {
    const hints = findJargon('Leader sur son marché grâce aux synergies, à la pointe de l’innovation.', 'fr');
    expect(hints.map((hint) => hint.term)).toEqual(['Leader sur son marché', 'synergies', 'à la pointe de l’innovation']);
  });
});
