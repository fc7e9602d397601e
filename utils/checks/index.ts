import { defaultPolicy } from '../policy/default-policy';
import { clientName } from './client-name';
import { codename } from './codename';
import { confidentialMarker } from './confidential-marker';
import { credentialsInUrl } from './credentials-in-url';
import { emailAddress } from './email-address';
import { fancyText } from './fancy-text';
import { financialFigure } from './financial-figure';
import { frenchNir } from './french-nir';
import { hashtagCase } from './hashtag-case';
import { hashtagCount } from './hashtag-count';
import { iban } from './iban';
import { internalUrl } from './internal-url';
import { missingAltText } from './missing-alt-text';
import { passwordAssignment } from './password-assignment';
import { paymentCard } from './payment-card';
import { phoneNumber } from './phone-number';
import { postLength } from './post-length';
import { privateKey } from './private-key';
import { secretToken } from './secret-token';
import { seeMoreFold } from './see-more-fold';
import { shoutingCaps } from './shouting-caps';
import { trackingLink } from './tracking-link';
import {
  CONFIDENTIALITY_CATEGORIES,
  type Category,
  type CheckContext,
  type CheckRule,
  type Finding,
  type Severity,
} from './types';

export * from './types';

/** Every rule, in display order: confidentiality first, then hygiene. One import line per rule. */
export const rules: readonly CheckRule[] = [
  secretToken,
  privateKey,
  credentialsInUrl,
  passwordAssignment,
  emailAddress,
  phoneNumber,
  iban,
  paymentCard,
  frenchNir,
  internalUrl,
  confidentialMarker,
  codename,
  clientName,
  financialFigure,
  postLength,
  seeMoreFold,
  hashtagCount,
  hashtagCase,
  trackingLink,
  fancyText,
  missingAltText,
  shoutingCaps,
];

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const CONFIDENTIALITY = new Set<Category>(CONFIDENTIALITY_CATEGORIES);

export function isConfidentialityCategory(category: Category): boolean {
  return CONFIDENTIALITY.has(category);
}

/** Order for display: confidentiality before hygiene, then severity (high first), then position. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(!CONFIDENTIALITY.has(a.category)) - Number(!CONFIDENTIALITY.has(b.category)) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.start - b.start ||
    a.end - b.end ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Sorted copy of `findings` (see compareFindings). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // compareFindings' first two keys as one number, computed once per finding rather than per comparison
  // (a pasted text can hold thousands of findings). Same order as sorting with compareFindings.
  const keyed = findings.map((finding) => ({
    finding,
    rank: Number(!CONFIDENTIALITY.has(finding.category)) * 3 + SEVERITY_RANK[finding.severity],
  }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.finding.start - b.finding.start ||
      a.finding.end - b.finding.end ||
      a.finding.ruleId.localeCompare(b.finding.ruleId),
  );
  return keyed.map((entry) => entry.finding);
}

/**
 * Runs every rule on a draft. Pure and synchronous. Applies the policy's per-category severity
 * ('off' skips the category), drops duplicates (same span and category: the most severe stays)
 * and returns the findings sorted by sortFindings.
 */
export function runChecks(text: string, context: CheckContext, ruleList: readonly CheckRule[] = rules): Finding[] {
  const policy = context.policy ?? defaultPolicy();
  const effective: CheckContext = { ...context, policy };
  // Same span and category: one finding. Keyed by a number per category (start * (length + 1) + end),
  // not a template string: a pasted text can yield tens of thousands of findings on the first call.
  const byCategory = new Map<Category, Map<number, Finding>>();
  const width = text.length + 1;
  for (const rule of ruleList) {
    const override = policy.severities[rule.category];
    if (override === 'off') continue;
    if (rule.platforms && !rule.platforms.includes(context.platform)) continue;
    for (const found of rule.check(text, effective)) {
      const result = override ? { ...found, severity: override } : found;
      let bySpan = byCategory.get(result.category);
      if (!bySpan) {
        bySpan = new Map();
        byCategory.set(result.category, bySpan);
      }
      const key = result.start * width + result.end;
      const existing = bySpan.get(key);
      if (!existing || SEVERITY_RANK[result.severity] < SEVERITY_RANK[existing.severity]) bySpan.set(key, result);
    }
  }
  const kept: Finding[] = [];
  for (const bySpan of byCategory.values()) for (const found of bySpan.values()) kept.push(found);
  return sortFindings(kept);
}
