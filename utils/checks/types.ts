import type { Locale } from '../i18n/translate';
import type { Policy } from '../policy';
import type { Disclosure } from '../policy/disclosure';

export type { Platform } from '../platform';
import type { Platform } from '../platform';
export type Severity = 'high' | 'medium' | 'low';

/** Stable category ids: persisted in settings and relied on by other parts. Never rename. */
export const CONFIDENTIALITY_CATEGORIES = [
  'secret',
  'email',
  'phone',
  'iban',
  'card',
  'national_id',
  'internal_url',
  'confidential_marker',
  'codename',
  'client_name',
  'financial',
] as const;
export const HYGIENE_CATEGORIES = [
  'length',
  'fold',
  'hashtags',
  'tracking_link',
  'fancy_text',
  'alt_text',
  'caps',
  'disclosure',
] as const;
export type ConfidentialityCategory = (typeof CONFIDENTIALITY_CATEGORIES)[number];
export type HygieneCategory = (typeof HYGIENE_CATEGORIES)[number];
export type Category = ConfidentialityCategory | HygieneCategory;
/** Every check category id, in display order (confidentiality first). */
export const CHECK_CATEGORIES: readonly Category[] = [...CONFIDENTIALITY_CATEGORIES, ...HYGIENE_CATEGORIES];

/** One thing worth the person's attention, as a span of the checked text. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  /** Localised explanation of why it matters. */
  message: string;
  /** Replacement for text.slice(start, end), when one makes sense. */
  fix?: string;
}

/** What the adapter knows about media attached to the composer. */
export interface Attachment {
  kind: 'image' | 'video' | 'document';
  /** Alt text as the site holds it; empty or undefined when missing. */
  alt?: string;
}

export interface CheckContext {
  platform: Platform;
  policy: Policy;
  /** Language of the messages; defaults to 'en'. */
  locale?: Locale;
  /** Media attached to the draft, as reported by the adapter. */
  attachments?: readonly Attachment[];
  /** Post or comment: limits differ. Defaults to 'post'. */
  surface?: 'post' | 'comment';
  /**
   * Countries (ISO 3166 alpha-2) whose national phone formats to read. Defaults to France, the UK,
   * the US, the countries of the locale's language and those of the policy's internal domains' TLDs.
   */
  phoneRegions?: readonly string[];
  /** Time of the check (ms since the epoch), for embargoes. Defaults to no embargo being in force. */
  now?: number;
  /** IANA zone the person reads times in (embargo explanations); defaults to the runtime's. */
  timeZone?: string;
  /** Company items still under embargo at `now`: their link or title in a draft is a leak. */
  embargoedItems?: readonly EmbargoedItem[];
  /** What the draft shares of the company and the disclosure that then applies. */
  companyContent?: CompanyContent;
  /**
   * Told when a rule throws (its id and the error): that rule's findings are missing from the result,
   * every other rule's are there. Absent: a console warning in development builds.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** A company item not yet public. */
export interface EmbargoedItem {
  title: string;
  url: string;
  /** ISO 8601 end of the embargo. */
  embargoUntil: string;
}

/** Company content in a draft and the disclosure it owes. */
export interface CompanyContent {
  /** The disclosure in force (company's, else the person's); none = nothing to check. */
  disclosure: Disclosure | null;
  /** A company feed item was inserted or quick-shared into this draft. */
  sharesItem: boolean;
  /** Language of that item (BCP 47), the fallback when the draft's own is unclear. */
  itemLanguage?: string;
  /** Hosts of the company's public sites (policy companyDomains and the feed's hosts): a link to one is company content. */
  companyHosts: readonly string[];
}

/** Languages a rule understands (its keywords, formats). */
export type RuleLanguage = 'fr' | 'en';

/**
 * One check, one file: utils/checks/<id>.ts exports it and index.ts lists it.
 * `check` is pure and synchronous; it returns findings with the rule's default severity,
 * and runChecks applies the policy's overrides.
 */
export interface CheckRule {
  /** Equals the file name; persisted, never rename without a migration. */
  id: string;
  category: Category;
  severity: Severity;
  languages: readonly RuleLanguage[];
  /** Only run on these platforms; all when absent. */
  platforms?: readonly Platform[];
  /** Every regular expression the rule runs, so the ReDoS test can prove each linear. */
  patterns: readonly RegExp[];
  check(text: string, context: CheckContext): Finding[];
}
