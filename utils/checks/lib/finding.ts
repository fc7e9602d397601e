import { translate } from '../../i18n/translate';
import type { CheckContext, CheckRule, Finding } from '../types';

/** Builds a finding of `rule` with its message looked up in the locale files. */
export function finding(
  rule: Pick<CheckRule, 'id' | 'category' | 'severity'>,
  context: CheckContext,
  span: { start: number; end: number },
  messageKey: string,
  substitutions: ReadonlyArray<string | number> = [],
  fix?: string,
): Finding {
  const result: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start: span.start,
    end: span.end,
    message: translate(context.locale ?? 'en', messageKey, substitutions),
  };
  if (fix !== undefined) result.fix = fix;
  return result;
}

/** Text of a "removed" placeholder in the person's language. */
export function removedPlaceholder(context: CheckContext): string {
  return translate(context.locale ?? 'en', 'check_fix_secret_removed');
}
