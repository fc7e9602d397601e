import { isConfidentialityCategory, rules, runChecks, sortFindings } from '../checks';
import type { Finding } from '../checks/types';
import { draftCheckContext, type DraftSituation } from './draft-check-context';
import { withoutDismissed } from './finding-key';

/** What the Publish hold runs: the confidentiality rules only, nothing that can slow or break the click. */
const HOLD_RULES = rules.filter((rule) => isConfidentialityCategory(rule.category));

/**
 * The findings that hold a Publish of `text`: high-severity confidentiality findings the person has not
 * dismissed. No attachments are read: a hygiene input that fails must not make the hold fail open.
 */
export function holdFindings(text: string, situation: DraftSituation): Finding[] {
  const found = runChecks(text, draftCheckContext(situation), HOLD_RULES);
  const holding = found.filter((finding) => finding.severity === 'high' && isConfidentialityCategory(finding.category));
  return sortFindings(withoutDismissed(holding, situation.dismissed, text));
}
