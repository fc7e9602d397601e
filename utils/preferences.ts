import type { Category } from './checks/types';
import type { MergedPolicy, Policy } from './policy';
import { effectiveSettings } from './settings/effective-settings';
import { isNudgeAllowed } from './quiet-hours';
import { resolveDisclosure } from './policy/disclosure';
import { resolveLocale } from './settings/resolve-locale';
import type { Settings } from './settings/settings-schema';
import type { PanelPreferences } from './stores/panel-store';

/**
 * The policy the checks run with: the company's lists, and per category the severity in force
 * once the person's settings and the company's are combined ('off' when the check is turned off).
 */
export function checkPolicy(settings: Settings, merged: MergedPolicy): Policy {
  const effective = effectiveSettings(settings, merged);
  const severities: Policy['severities'] = { ...merged.policy.severities };
  for (const [category, check] of Object.entries(effective.checks) as Array<[Category, { enabled: boolean; severity?: string }]>) {
    if (!check.enabled) severities[category] = 'off';
    else if (check.severity) severities[category] = check.severity as 'high' | 'medium' | 'low';
  }
  return { ...merged.policy, severities };
}

/** What every panel needs, from settings, the company policy and the clock. */
export function panelPreferences(
  settings: Settings,
  merged: MergedPolicy,
  now: Date,
  navigatorLanguage: string | undefined,
  policyLoaded = true,
): PanelPreferences {
  return {
    locale: resolveLocale(settings, navigatorLanguage),
    policy: checkPolicy(settings, merged),
    goals: settings.goals,
    interests: settings.interests,
    nudgesAllowed: isNudgeAllowed(now, settings.quietHours),
    compact: settings.panel.compact,
    position: settings.panel.position,
    policyLoaded,
    disclosure: resolveDisclosure(merged.policy, settings.disclosure),
    ...(settings.quietHours.timeZone ? { timeZone: settings.quietHours.timeZone } : {}),
  };
}
