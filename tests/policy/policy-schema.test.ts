import { hashTerm, matchTerms, PolicySchema } from '../../utils/policy';

describe('PolicySchema', () => {
  test('parses an empty object into a full policy with defaults', () => {
    expect(PolicySchema.parse({})).toEqual({ codenames: [], clientNames: [], internalDomains: [], companyDomains: [], severities: {}, hashSalt: '' });
  });

  test('keeps given lists, hashed entries and severities', () => {
    const policy = PolicySchema.parse({
      codenames: ['Orion', { sha256: 'A'.repeat(64) }, `sha256:${'b'.repeat(64)}`],
      severities: { caps: 'off', email: 'low' },
      feedUrl: 'https://news.example.com/feed.json',
      salt: 'pepper',
    });
    expect(policy.codenames[1]).toEqual({ sha256: 'a'.repeat(64) });
    expect(policy.severities).toEqual({ caps: 'off', email: 'low' });
    expect(policy.hashSalt).toBe('pepper');
  });

  test.each([
    [{ codenames: [1] }],
    [{ feedUrl: 'ftp://example.com/feed' }],
    [{ severities: { caps: 'loud' } }],
    [{ severities: { nope: 'low' } }],
    [{ codenames: [{ sha256: 'xyz' }] }],
  ])('rejects %j', (input) => {
    expect(PolicySchema.safeParse(input).success).toBe(false);
  });
});

describe('hashTerm', () => {
  test('is insensitive to case, accents and spacing', () => {
    const hash = hashTerm('Société Générique', 's');
    expect(hashTerm('societe generique', 's')).toBe(hash);
    expect(hashTerm('SOCIÉTÉ   générique', 's')).toBe(hash);
    expect(hashTerm('Société Générique', 'other')).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('matchTerms', () => {
  test.each([
    ['Le projet ORION avance', ['ORION']],
    ['Orionis is a star', []],
    ['la SOCIÉTÉ  générique signe', ['SOCIÉTÉ  générique']],
    ['societe-generique', ['societe-generique']],
  ])('%s', (text, expected) => {
    const found = matchTerms(text, ['Orion', 'Société Générique'], '');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  test('matches hashed names of up to four words, mapping offsets back', () => {
    const text = 'Bravo à l’équipe ATLAS  Bleu et au Grand Projet Du Nord !';
    const entries = [{ sha256: hashTerm('Atlas Bleu', 'k') }, `sha256:${hashTerm('grand projet du nord', 'k')}`];
    const found = matchTerms(text, entries, 'k');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(['ATLAS  Bleu', 'Grand Projet Du Nord']);
    expect(found[0]?.term).toBeUndefined();
  });
});
