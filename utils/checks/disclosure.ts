import { disclosureLine, hasDisclosure } from '../policy/disclosure';
import { guessLanguage } from '../text/guess-language';
import { isUnderDomain, linksIn } from '../text/link-key';
import { X_MAX_WEIGHTED_LENGTH, xWeightedLength } from '../text/x-weighted-length';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

/**
 * A post that shares company content (a feed item, a link to the company's sites) says the author works
 * there, as advertising-standards guidance asks of employees (US FTC endorsement guides; France's law of
 * 9 June 2023 on commercial influence). Fix: the disclosure at the end, in the post's language.
 */
export const disclosure: CheckRule = {
  id: 'disclosure',
  category: 'disclosure',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [],
  check(text, context) {
    const company = context.companyContent;
    if (!company?.disclosure || (context.surface ?? 'post') !== 'post' || !text.trim()) return [];
    const linksCompany = () => linksIn(text).some((link) => company.companyHosts.some((domain) => isUnderDomain(link.host, domain)));
    if (!company.sharesItem && !linksCompany()) return [];
    if (hasDisclosure(text, company.disclosure)) return [];
    const line = disclosureLine(company.disclosure, guessLanguage(text) ?? company.itemLanguage ?? context.locale);
    const end = text.trimEnd().length;
    const fix = `${end > 0 ? '\n\n' : ''}${line}`;
    // On X the line has to fit the weighted limit too: say so rather than push the post over.
    const over = context.platform === 'x' && xWeightedLength(text.slice(0, end) + fix) > X_MAX_WEIGHTED_LENGTH;
    return [finding(this, context, { start: end, end: text.length }, over ? 'check_disclosure_missing_over' : 'check_disclosure_missing', [line], fix)];
  },
};
