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

  test('an invalid field is skipped and reported, the next layer applies', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { codenames: ['ok', 2] } },
      { source: 'imported', value: { codenames: ['Orion'] } },
    ]);
    expect(merged.policy.codenames).toEqual(['Orion']);
    expect(merged.issues[0]).toMatch(/^managed: codenames\.1: /);
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
  });
});
