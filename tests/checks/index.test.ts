import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFindings, rules, runChecks, sortFindings } from '../../utils/checks';
import { CONFIDENTIALITY_CATEGORIES, HYGIENE_CATEGORIES, type CheckRule, type Finding } from '../../utils/checks/types';
import { hasMessage } from '../../utils/i18n/translate';
import { context, TEST_POLICY } from './helpers';

// Vitest runs from the repository root (tests/vitest.config.ts sets root).
const CHECKS_DIR = join(process.cwd(), 'utils/checks');
const RULE_FILES = readdirSync(CHECKS_DIR)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
  .map((name) => name.replace(/\.ts$/, ''));

describe('conventions', () => {
  test('every rule file is registered once, with id = file name and a test file', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...RULE_FILES].sort());
    const tests = readdirSync(join(process.cwd(), 'tests/checks'));
    for (const id of RULE_FILES) expect(tests).toContain(`${id}.test.ts`);
  });

  test('every category has at least one rule, every rule understands FR and EN', () => {
    const categories = new Set(rules.map((rule) => rule.category));
    for (const category of [...CONFIDENTIALITY_CATEGORIES, ...HYGIENE_CATEGORIES]) expect(categories).toContain(category);
    for (const rule of rules) expect([...rule.languages].sort()).toEqual(['en', 'fr']);
  });

  test('every check_ message exists in both locales', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(CHECKS_DIR, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const source = readFileSync(join(CHECKS_DIR, file), 'utf8');
      for (const match of source.matchAll(/'(check_[a-z_]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(hasMessage('en', key), key).toBe(true);
      expect(hasMessage('fr', key), key).toBe(true);
    }
  });
});

describe('runChecks', () => {
  const draft = 'WE ARE HIRING TODAY ! Mail marie@acme.com, key sk-proj-Q3vX9kLm2Pz8RtY6wB1nC4dF7gH0jK5s #futureofwork';

  test('sorts confidentiality first, then severity, then position', () => {
    const findings = runChecks(draft, context());
    expect(findings.map((finding) => finding.category)).toEqual(['secret', 'email', 'caps', 'hashtags']);
    expect(sortFindings([...findings].reverse())).toEqual(findings);
  });

  test('messages follow the locale', () => {
    const [secret] = runChecks(draft, context({ locale: 'fr' }));
    expect(secret?.message).toMatch(/clé d’accès/);
  });

  test('applies severity overrides and switches categories off', () => {
    const policy = { ...TEST_POLICY, severities: { email: 'low', caps: 'off' } as const };
    const findings = runChecks(draft, context({ policy }));
    expect(findings.find((finding) => finding.category === 'email')?.severity).toBe('low');
    expect(findings.some((finding) => finding.category === 'caps')).toBe(false);
  });

  test('reports the same span and category once, keeping the most severe', () => {
    const twice = {
      ...rules[0]!,
      id: 'twice',
      check: (): Finding[] => [
        { ruleId: 'twice', category: 'secret', severity: 'low', start: 0, end: 2, message: 'a' },
        { ruleId: 'twice', category: 'secret', severity: 'high', start: 0, end: 2, message: 'b' },
      ],
    };
    expect(runChecks('hi', context(), [twice])).toEqual([expect.objectContaining({ severity: 'high', message: 'b' })]);
  });

  test('two rules reporting the same span in one category give one finding, the most severe; in order spans all stay', () => {
    const rule = (id: string, severity: Finding['severity'], spans: [number, number][]) => ({
      ...rules[0]!,
      id,
      check: (): Finding[] => spans.map(([start, end]) => ({ ruleId: id, category: 'secret' as const, severity, start, end, message: id })),
    });
    const first = rule('first', 'medium', [[0, 2], [3, 5]]);
    const second = rule('second', 'high', [[3, 5], [6, 8]]);
    expect(runChecks('ab cd ef', context(), [first, second]).map(({ ruleId, start }) => [ruleId, start])).toEqual([
      ['second', 3],
      ['second', 6],
      ['first', 0],
    ]);
    const many = rule('many', 'high', Array.from({ length: 500 }, (_value, index): [number, number] => [index, index + 1]));
    expect(runChecks('x'.repeat(500), context(), [many])).toHaveLength(500);
  });

  test('platform-only rules run on their platform', () => {
    const long = 'word '.repeat(80);
    expect(runChecks(long, context()).some((finding) => finding.category === 'fold')).toBe(true);
    expect(runChecks(long, context({ platform: 'x' })).some((finding) => finding.category === 'fold')).toBe(false);
  });

  test('compareFindings is a total order on ties', () => {
    const a: Finding = { ruleId: 'a', category: 'email', severity: 'medium', start: 1, end: 2, message: '' };
    expect(compareFindings(a, { ...a })).toBe(0);
  });
});

describe('a rule that throws', () => {
  const draft = 'Mail marie@acme.com, key sk-proj-Q3vX9kLm2Pz8RtY6wB1nC4dF7gH0jK5s';
  const broken: CheckRule = {
    id: 'broken-rule',
    category: 'phone',
    severity: 'high',
    languages: ['fr', 'en'],
    patterns: [],
    check() {
      throw new Error('out of range');
    },
  };

  test('takes only its own findings with it: the secret and the email are still reported, and the caller learns which rule failed', () => {
    const failures: [string, unknown][] = [];
    const findings = runChecks(draft, context({ onRuleError: (ruleId, error) => failures.push([ruleId, error]) }), [
      rules.find((rule) => rule.id === 'secret-token')!,
      broken,
      rules.find((rule) => rule.id === 'email-address')!,
    ]);
    expect(findings.map((finding) => finding.category)).toEqual(['secret', 'email']);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.[0]).toBe('broken-rule');
    expect((failures[0]?.[1] as Error).message).toBe('out of range');
  });

  test('without a listener, warns in development builds and still returns the other findings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const findings = runChecks(draft, context(), [broken, ...rules]);
      expect(findings.some((finding) => finding.category === 'secret')).toBe(true);
      expect(findings.some((finding) => finding.category === 'email')).toBe(true);
      expect(String(warn.mock.calls[0]?.[0])).toContain('broken-rule'); // vitest runs as a development build
    } finally {
      warn.mockRestore();
    }
  });
});

test('sortFindings orders as a stable sort with compareFindings, on seeded random lists, sorted or not', () => {
  const found = fc.record({
    ruleId: fc.constantFrom('codename', 'client-name', 'post-length', 'a', 'B'),
    category: fc.constantFrom('codename', 'client_name', 'length', 'caps') as fc.Arbitrary<Finding['category']>,
    severity: fc.constantFrom('high', 'medium', 'low') as fc.Arbitrary<Finding['severity']>,
    start: fc.integer({ min: 0, max: 6 }),
    end: fc.integer({ min: 0, max: 6 }),
    message: fc.constantFrom('x', 'y'),
  });
  fc.assert(
    fc.property(fc.array(found, { maxLength: 12 }), fc.boolean(), (list, presorted) => {
      const input = presorted ? [...list].sort(compareFindings) : list;
      const result = sortFindings(input);
      expect(result).toEqual([...input].sort(compareFindings));
      for (const [index, finding] of result.entries()) expect(finding).toBe([...input].sort(compareFindings)[index]);
    }),
    { seed: 11, numRuns: 500 },
  );
});
