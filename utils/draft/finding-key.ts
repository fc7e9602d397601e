import type { Finding } from '../checks/types';

/** A dismissal survives edits elsewhere in the text: it names the category and the flagged words. */
export function findingKey(finding: Finding, text: string): string {
  return `${finding.category}:${text.slice(finding.start, finding.end).trim().toLowerCase()}`;
}

/** The findings of `text` the person has not marked "Not a secret" (`dismissed` holds their keys). */
export function withoutDismissed(findings: readonly Finding[], dismissed: readonly string[], text: string): Finding[] {
  return findings.filter((finding) => !dismissed.includes(findingKey(finding, text)));
}
