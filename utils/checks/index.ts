import { defaultPolicy } from '../policy/default-policy';
import { clientName } from './client-name';
import { codename } from './codename';
import { confidentialMarker } from './confidential-marker';
import { disclosure } from './disclosure';
import { embargoedItem } from './embargoed-item';
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
import { nationalIdNumber } from './national-id-number';
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
  nationalIdNumber,
  internalUrl,
  confidentialMarker,
  embargoedItem,
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
  disclosure,
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
  const rankOf = (finding: Finding) => Number(!CONFIDENTIALITY.has(finding.category)) * 3 + SEVERITY_RANK[finding.severity];
  // Rules report in text order and runChecks keeps their order: findings usually arrive sorted, and a stable
  // sort would keep them as they are. One pass says so without a comparator call per pair (run interpreted
  // on a first call, over a paste's thousands of findings).
  if (inDisplayOrder(findings, rankOf)) return findings.slice();
  const keyed = findings.map((finding) => ({ finding, rank: rankOf(finding) }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.finding.start - b.finding.start ||
      a.finding.end - b.finding.end ||
      a.finding.ruleId.localeCompare(b.finding.ruleId),
  );
  return keyed.map((entry) => entry.finding);
}

/** Whether findings are in sortFindings' order already (ties, in a stable sort, keep their order). */
function inDisplayOrder(findings: readonly Finding[], rankOf: (finding: Finding) => number): boolean {
  let previous = findings[0];
  if (previous === undefined) return true;
  let previousRank = rankOf(previous);
  for (let index = 1; index < findings.length; index += 1) {
    const current = findings[index] as Finding;
    const rank = rankOf(current);
    const order =
      previousRank - rank ||
      previous.start - current.start ||
      previous.end - current.end ||
      (previous.ruleId === current.ruleId ? 0 : previous.ruleId.localeCompare(current.ruleId));
    if (order > 0) return false;
    previous = current;
    previousRank = rank;
  }
  return true;
}

/**
 * Runs every rule on a draft. Pure and synchronous. Applies the policy's per-category severity
 * ('off' skips the category), drops duplicates (same span and category: the most severe stays)
 * and returns the findings sorted by sortFindings. A rule that throws contributes nothing and is
 * reported to context.onRuleError; the other rules' findings are all there.
 */
export function runChecks(text: string, context: CheckContext, ruleList: readonly CheckRule[] = rules): Finding[] {
  const policy = context.policy ?? defaultPolicy();
  const effective: CheckContext = { ...context, policy };
  // Per category, the rules' findings in rule order. A category reported by a single rule, in strictly
  // increasing spans (the usual case), has no duplicate to drop: a pasted text can yield tens of
  // thousands of findings on the first call, and only the other categories go through the map below.
  const byCategory = new Map<Category, Finding[][]>();
  for (const rule of ruleList) {
    const override = policy.severities[rule.category];
    if (override === 'off') continue;
    if (rule.platforms && !rule.platforms.includes(context.platform)) continue;
    const found = checkedBy(rule, text, effective);
    if (found.length === 0) continue;
    const results = override ? found.map((finding) => ({ ...finding, severity: override })) : found;
    for (const group of groupByCategory(results)) {
      const category = (group[0] as Finding).category;
      const groups = byCategory.get(category);
      if (groups) groups.push(group);
      else byCategory.set(category, [group]);
    }
  }
  const kept: Finding[] = [];
  for (const groups of byCategory.values()) {
    const only = groups.length === 1 ? (groups[0] as Finding[]) : undefined;
    if (only && inStrictOrder(only)) {
      for (const found of only) kept.push(found);
      continue;
    }
    // Same span and category: one finding, the most severe (the first of equals). Keyed by a number
    // (start * (length + 1) + end), not a template string.
    const bySpan = new Map<number, Finding>();
    const width = text.length + 1;
    for (const group of groups) {
      for (const result of group) {
        const key = result.start * width + result.end;
        const existing = bySpan.get(key);
        if (!existing || SEVERITY_RANK[result.severity] < SEVERITY_RANK[existing.severity]) bySpan.set(key, result);
      }
    }
    for (const found of bySpan.values()) kept.push(found);
  }
  return sortFindings(kept);
}

/**
 * The rule's findings, or none when it throws: one broken rule must not take every other rule's findings
 * (secrets, personal data) off the panel. The failure goes to context.onRuleError, else, in development
 * builds, to the console.
 */
function checkedBy(rule: CheckRule, text: string, context: CheckContext): Finding[] {
  try {
    return rule.check(text, context);
  } catch (error) {
    if (context.onRuleError) context.onRuleError(rule.id, error);
    else if (import.meta.env?.DEV) console.warn(`[porte-voix] check rule ${rule.id} failed; its findings are missing`, error);
    return [];
  }
}

/** A rule's findings split by category, in order (one group when all share one, as nearly always). */
function groupByCategory(findings: readonly Finding[]): Finding[][] {
  const first = (findings[0] as Finding).category;
  let mixed = false;
  for (const found of findings) if (found.category !== first) mixed = true;
  if (!mixed) return [findings as Finding[]];
  const groups = new Map<Category, Finding[]>();
  for (const found of findings) {
    const group = groups.get(found.category);
    if (group) group.push(found);
    else groups.set(found.category, [found]);
  }
  return [...groups.values()];
}

/** Whether spans strictly increase (by start, then end): then no two are the same span. */
function inStrictOrder(findings: readonly Finding[]): boolean {
  for (let index = 1; index < findings.length; index += 1) {
    const previous = findings[index - 1] as Finding;
    const current = findings[index] as Finding;
    if (current.start < previous.start || (current.start === previous.start && current.end <= previous.end)) return false;
  }
  return true;
}
