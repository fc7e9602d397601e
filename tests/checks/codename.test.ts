import { codename } from '../../utils/checks/codename';
import { spans } from './helpers';

describe('codename', () => {
  test.each(["Orion enters pilot", "six months on NEBULA", "Bravo à l’équipe Atlas Bleu", "atlas  bleu sprint review", "projet nébula", "#Orion wins the hackathon", "Our internal codename for the new app is Falcon", "nom de code : Phoenix"])('flags %s', (text) => {
    expect(spans(codename, text).length).toBeGreaterThan(0);
  });
  test.each(["Orionis-2 launched", "Orientation week", "the constellation of stars", "Atlas of maps", "our code name generator is fun", "Bleu is a colour"])('passes %s', (text) => {
    expect(spans(codename, text)).toEqual([]);
  });
});

test('matches map back to the original text', () => {
  expect(spans(codename, 'Hello ATLAS   BLEU!')).toEqual(['ATLAS   BLEU']);
});
