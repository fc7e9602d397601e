import { hashTerm, PolicySchema } from '../../utils/policy';

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

