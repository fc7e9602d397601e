import type { Category } from './checks/types';
import type { MergedPolicy, Policy } from './policy';
import { defaultPolicy } from './policy/default-policy';
import { effectiveSettings } from './settings/effective-settings';
import { isNudgeAllowed } from './time/quiet-hours';
import { resolveDisclosure, type Disclosure } from './policy/disclosure';
import type { Goal } from './voice';
import type { Locale } from './i18n/translate';
import { resolveLocale } from './settings/resolve-locale';
import type { Settings } from './settings/settings-schema';

/** The person's preferences as the panel uses them (from settings and the company policy). */
export interface PanelPreferences {
  locale: Locale;
  policy: Policy;
  goals: Goal[];
  interests: string[];
  /** False outside the person's chosen hours: no prompts, no suggestions pushed. Checks still run. */
  nudgesAllowed: boolean;
  compact: boolean;
  /** Which side of the composer the panel leans to (it always sits below the editor). */
  position: 'right' | 'left' | 'below';
  /**
   * False until the company policy has been read (managed storage can take seconds after the browser
   * starts). Until then a Publish waits for it: codename and client holds must not be off.
   */
  policyLoaded: boolean;
  /** The disclosure a post sharing company content owes (the company's, else the person's own), or null. */
  disclosure: Disclosure | null;
  /** IANA zone for times shown (embargo ends); the runtime's when absent. */
  timeZone?: string;
}

/** What a panel uses before settings are read: English, the default policy, no goals or interests. */
export const defaultPanelPreferences: PanelPreferences = {
  locale: 'en',
  policy: defaultPolicy(),
  goals: [],
  interests: [],
  nudgesAllowed: true,
  compact: false,
  position: 'right',
  policyLoaded: true,
  disclosure: null,
};

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
