import { regionsNamedIn } from '../../utils/checks/lib/named-regions';

describe('regionsNamedIn', () => {
  test.each([
    ['À Barcelone toute la semaine (numéro espagnol)', ['ES']],
    ['Munich-based team, GENÈVE office', ['DE', 'CH']],
    ['Nos collègues de Montréal et de Liège', ['CA', 'BE']],
    ['Dutch colleagues in Pays-Bas', ['NL']],
    ['Valence et Vienne sont en France', []],
    ['Germanic languages, a Romeo and a milanese', []],
  ] as const)('%s', (text, regions) => {
    expect(regionsNamedIn(text)).toEqual(regions);
  });
});
