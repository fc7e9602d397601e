import { hashTerm, matchTerms, mergePolicies, PolicySchema } from '../../utils/policy';

describe('mergePolicies', () => {
  test('defaults only', () => {
    const merged = mergePolicies([]);
    expect(merged.policy).toEqual(PolicySchema.parse({}));
    expect(Object.values(merged.sources).every((source) => source === 'default')).toBe(true);
  });

  test('managed beats imported, field by field, and says where each came from', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: ['Orion'], severities: { secret: 'high' } } },
      { source: 'imported', value: { codenames: ['Other'], clientNames: ['Globex'], severities: { secret: 'low', caps: 'off' } } },
    ]);
    expect(merged.policy.codenames).toEqual(['Orion']);
    expect(merged.policy.clientNames).toEqual(['Globex']);
    expect(merged.policy.severities).toEqual({ secret: 'high', caps: 'off' });
    expect(merged.sources.codenames).toBe('managed');
    expect(merged.sources.clientNames).toBe('imported');
    expect(merged.sources.internalDomains).toBe('default');
    expect(merged.severitySources).toEqual({ secret: 'managed', caps: 'imported' });
  });

  test('a field that is not a list at all is skipped and reported, the next layer applies', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: 'Orion' } },
      { source: 'imported', value: { codenames: ['Falcon'] } },
    ]);
    expect(merged.policy.codenames).toEqual(['Falcon']);
    expect(merged.issues).toEqual([{ source: 'managed', path: 'codenames', message: expect.any(String), ignored: '"Orion"' }]);
  });

  test('one bad entry never drops the whole managed list (issue 10)', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: ['Orion', '', 2, 'sha256:zz'], internalDomains: ['corp.example', null] } },
      { source: 'imported', value: { codenames: ['Falcon'] } },
    ]);
    expect(merged.policy.codenames).toEqual(['Orion']);
    expect(merged.sources.codenames).toBe('managed');
    expect(merged.policy.internalDomains).toEqual(['corp.example']);
    expect(merged.issues).toEqual([
      { source: 'managed', path: 'codenames.1', message: expect.any(String), ignored: '""' },
      { source: 'managed', path: 'codenames.2', message: expect.any(String), ignored: '2' },
      { source: 'managed', path: 'codenames.3', message: expect.stringContaining('64 hexadecimal'), ignored: '"sha256:zz"' },
      { source: 'managed', path: 'internalDomains.1', message: expect.any(String), ignored: 'null' },
    ]);
  });

  test('one bad severity keeps the others', () => {
    const merged = mergePolicies([{ source: 'managed', value: { severities: { email: 'high', caps: 'loud', nope: 'low' } } }]);
    expect(merged.policy.severities).toEqual({ email: 'high' });
    expect(merged.issues.map((issue) => issue.path)).toEqual(['severities.caps', 'severities.nope']);
  });

  test('a document that is not an object is reported', () => {
    expect(mergePolicies([{ source: 'managed', value: [1] }]).issues).toEqual([
      { source: 'managed', path: '', message: expect.any(String), ignored: '[1]' },
    ]);
  });

  test('hashed names keep the salt of their layer', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: [{ sha256: hashTerm('Atlas', 'company') }], hashSalt: 'company' } },
      { source: 'imported', value: { hashSalt: 'mine' } },
    ]);
    const found = matchTerms('Atlas ships', merged.policy.codenames, merged.policy.hashSalt);
    expect(found).toHaveLength(1);
  });

  test('ignores layers that are not objects', () => {
    expect(mergePolicies([{ source: 'managed', value: null }, { source: 'imported', value: [1] }]).policy).toEqual(PolicySchema.parse({}));
    expect(mergePolicies([{ source: 'managed', value: null }, { source: 'imported', value: undefined }]).issues).toEqual([]);
  });
});
