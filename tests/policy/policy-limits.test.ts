import { runChecks } from '../../utils/checks';
import {
  MAX_POLICY_TERMS,
  MAX_POLICY_SALTS,
  hashTerm,
  matchTerms,
  mergePolicies,
  parsePolicyDocument,
  PolicySchema,
} from '../../utils/policy';

/*
 * Issue 10, "A large or hostile policy freezes the site's tab": entries and distinct salts are capped
 * per document with a clear error, and matching stays linear in the draft whatever the list.
 * The timing bounds are loose (a shared, loaded machine); before the fix these took seconds.
 */

const hashedWithOwnSalt = (count: number) =>
  Array.from({ length: count }, (_value, index) => ({ sha256: hashTerm(`secret ${index}`, `salt${index}`), salt: `salt${index}` }));

describe('caps per document', () => {
  test('a document at the caps still parses', () => {
    const codenames = [...Array.from({ length: MAX_POLICY_TERMS - MAX_POLICY_SALTS }, (_v, i) => `Name ${i}`), ...hashedWithOwnSalt(MAX_POLICY_SALTS - 1)];
    expect(PolicySchema.safeParse({ codenames, hashSalt: 'main' }).success).toBe(true);
  });

  test('an imported file over the entry cap is refused with a clear error', () => {
    const result = parsePolicyDocument({ clientNames: Array.from({ length: MAX_POLICY_TERMS + 1 }, (_v, i) => `Client ${i}`) });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^clientNames: .*10,000/) });
  });

  test('an imported file with too many distinct salts is refused with a clear error', () => {
    const result = parsePolicyDocument({ codenames: hashedWithOwnSalt(MAX_POLICY_SALTS + 1) });
    expect(result).toEqual({ ok: false, error: expect.stringContaining(`at most ${MAX_POLICY_SALTS} different salts`) });
  });

  test('a managed list over the cap keeps its first entries and says what was ignored', () => {
    const codenames = Array.from({ length: MAX_POLICY_TERMS + 5 }, (_v, i) => `Name ${i}`);
    const merged = mergePolicies([{ source: 'managed', value: { codenames } }]);
    expect(merged.policy.codenames).toHaveLength(MAX_POLICY_TERMS);
    expect(merged.issues).toEqual([
      { source: 'managed', path: 'codenames', message: expect.stringMatching(/10,000.*the last 5/), ignored: expect.stringContaining('"Name 10000"') },
    ]);
  });

  test('managed entries beyond the salt cap are ignored and reported; the tab stays responsive', () => {
    const merged = mergePolicies([{ source: 'managed', value: { codenames: hashedWithOwnSalt(10_000) } }]);
    expect(merged.policy.codenames).toHaveLength(MAX_POLICY_SALTS);
    expect(merged.issues).toHaveLength(1);
    expect(merged.issues[0]).toMatchObject({ source: 'managed', path: 'codenames', message: expect.stringContaining(`${MAX_POLICY_SALTS} different salts`) });
    const start = performance.now();
    const findings = runChecks('secret 0 and secret 1 and secret 9999 '.repeat(50), { platform: 'linkedin', policy: merged.policy, locale: 'en' });
    expect(performance.now() - start).toBeLessThan(1_000); // was 11.9 s
    expect(findings.filter((finding) => finding.category === 'codename').length).toBeGreaterThanOrEqual(100);
  });
});

describe('matching stays linear', () => {
  test('20,000 names sharing a first word on a 2,000-word draft', () => {
    const names = Array.from({ length: 20_000 }, (_v, i) => `project name${i}`);
    const draft = Array.from({ length: 2_000 }, (_v, i) => (i % 2 === 0 ? 'project' : 'update')).join(' ') + ' project name19999';
    matchTerms('warm up', names, ''); // compiles the list once (as for a policy), not what is measured
    const start = performance.now();
    const found = matchTerms(draft, names, '');
    expect(performance.now() - start).toBeLessThan(250); // 1 to 2 s before the names were indexed; about 1 ms after
    expect(found).toEqual([{ start: draft.length - 'project name19999'.length, end: draft.length, term: 'project name19999' }]);
  });

  test('the longest name at a place wins, whatever the order of the list', () => {
    const text = 'the north star project';
    expect(matchTerms(text, ['north', 'north star project', 'north star'], '')).toEqual([{ start: 4, end: 22, term: 'north star project' }]);
    expect(matchTerms(text, ['north star', 'north'], '')).toEqual([{ start: 4, end: 14, term: 'north star' }]);
  });
});
