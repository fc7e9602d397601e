import { companyCopyShare } from '../../utils/voice';

const CAPTION = 'Nous recrutons 200 techniciens de maintenance éolienne, avec six mois de formation payée à Nantes.';
const SUMMARY = 'Alpinéa ouvre 200 postes de techniciens de maintenance en Bretagne, en Occitanie et dans les Hauts-de-France.';

describe('companyCopyShare', () => {
  test.each([
    ['the caption pasted as is', CAPTION, 1],
    ['the caption with another case, accents and apostrophes', CAPTION.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''), 1],
    ['the caption and its link', `${CAPTION} https://newsroom.alpinea.example/fr/recrutement`, 1],
    ['entirely own words', 'J’ai fait cette formation en 2019 : elle a changé ma carrière.', 0],
    ['empty draft', '', 0],
    ['only a link', 'https://newsroom.alpinea.example/fr/recrutement', 0],
  ])('%s', (_name, draft, expected) => {
    expect(companyCopyShare(draft, [CAPTION, SUMMARY])).toBeCloseTo(expected, 5);
  });

  test('half own take, half caption lands in between', () => {
    const share = companyCopyShare(`J’ai fait cette formation en 2019 et je la recommande vivement. ${CAPTION}`, [CAPTION]);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.7);
  });

  test('light edits of the caption still count mostly as company copy', () => {
    const edited = 'Alpinéa recrute 200 techniciens de maintenance éolienne, avec six mois de formation payée à Nantes !';
    expect(companyCopyShare(edited, [CAPTION])).toBeGreaterThan(0.75);
  });

  test('no company texts means nothing is theirs', () => {
    expect(companyCopyShare(CAPTION, [])).toBe(0);
  });

  test('short drafts compare word by word', () => {
    expect(companyCopyShare('Formation payée', [CAPTION])).toBe(1);
    expect(companyCopyShare('Bravo', [CAPTION])).toBe(0);
  });

  test('stays within 0..1', () => {
    for (const draft of ['a b c a b c a b c', CAPTION + CAPTION, 'x']) {
      const share = companyCopyShare(draft, [CAPTION, 'a b c']);
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
  });
});
