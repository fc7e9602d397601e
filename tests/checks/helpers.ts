import type { CheckContext, CheckRule } from '../../utils/checks/types';
import { hashTerm, PolicySchema } from '../../utils/policy';

/** Policy used by the rule tests: plain and hashed names ("Atlas Bleu", "Initech" are hashed). */
export const TEST_POLICY = PolicySchema.parse({
  codenames: ['Orion', 'Nébula', { sha256: hashTerm('Atlas Bleu', 'salt') }],
  clientNames: ['Société Générique', `sha256:${hashTerm('Initech', 'salt')}`],
  internalDomains: ['acme-corp.net'],
  hashSalt: 'salt',
});

export function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return { platform: 'linkedin', policy: TEST_POLICY, locale: 'en', ...overrides };
}

/** The text of each span a rule reports. */
export function spans(rule: CheckRule, text: string, overrides: Partial<CheckContext> = {}): string[] {
  return rule.check(text, context(overrides)).map((finding) => text.slice(finding.start, finding.end));
}
