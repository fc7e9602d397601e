import { finding, spanTextSubstitutions } from './lib/finding';
import { POLICY_NAME_PATTERNS, policyNamesIn } from './lib/policy-names';
import type { CheckRule } from './types';

/** Customers the policy says may not be named publicly (plain or hashed names, hashtags included). */
export const clientName: CheckRule = {
  id: 'client-name',
  category: 'client_name',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: POLICY_NAME_PATTERNS,
  check(text, context) {
    const named = spanTextSubstitutions(text);
    return policyNamesIn(text, context.policy.clientNames, context.policy.hashSalt).map((match) =>
      finding(this, context, match, 'check_client_name', named(match)),
    );
  },
};
