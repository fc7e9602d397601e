import { parsePolicyDocument } from '../../utils/policy';

describe('parsePolicyDocument', () => {
  test('accepts a partial document, as an object or as JSON text', () => {
    const result = parsePolicyDocument('{"codenames":["Orion"],"internalDomains":["corp.example.com"]}');
    expect(result.ok && result.policy.codenames).toEqual(['Orion']);
    expect(parsePolicyDocument({}).ok).toBe(true);
  });

  test.each([
    [{ codenames: ['a', 'b', 3] }, /^codenames\.2: .*expected string/i],
    [{ feedUrl: 'javascript:alert(1)' }, /^feedUrl: /],
    [{ severities: { caps: 'loud' } }, /^severities\.caps: /],
    ['{not json', /^JSON: /],
    [[1, 2], /object/],
    [null, /object/],
  ])('reports %j readably', (input, error) => {
    const result = parsePolicyDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
