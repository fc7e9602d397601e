import type { MergedPolicy, PolicySource } from './merge-policies';
import type { Policy, PolicyField } from './policy-schema';

/**
 * The policy in force before any is read: `PolicySchema.parse({})` and `mergePolicies([])` without zod, so the
 * panel bundle can start with it (issue 12: zod stays in the background and the extension pages). A test keeps
 * both equal to the schema's defaults.
 */
export function defaultPolicy(): Policy {
  return { codenames: [], clientNames: [], internalDomains: [], companyDomains: [], severities: {}, hashSalt: '' };
}

const FIELDS: readonly PolicyField[] = [
  'codenames', 'clientNames', 'internalDomains', 'feedUrl', 'disclosure', 'disclosureByLanguage', 'companyDomains',
  'allowedHashtags', 'severities', 'hashSalt',
];

export function defaultMergedPolicy(): MergedPolicy {
  return {
    policy: defaultPolicy(),
    sources: Object.fromEntries(FIELDS.map((field) => [field, 'default'])) as Record<PolicyField, PolicySource>,
    severitySources: {},
    issues: [],
  };
}
