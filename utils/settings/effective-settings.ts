import { CHECK_CATEGORIES, type Category, type Severity } from '../checks/types';
import type { MergedPolicy } from '../policy/merge-policies';
import type { Settings } from './settings-schema';

/** What a check does once the person's settings and the company policy are combined. */
export interface EffectiveCheck {
  enabled: boolean;
  /** undefined = the rule's own severity. */
  severity: Severity | undefined;
}

export interface EffectiveSettings {
  /** The feed to read: the managed policy's, else the person's, else an imported file's. */
  feedUrl: string | undefined;
  feedUrlSource: 'managed' | 'user' | 'imported' | 'none';
  checks: Record<Category, EffectiveCheck>;
  /** Values set by the company (managed storage): shown locked, "Set by your company". */
  locked: { feedUrl: boolean; checks: Record<Category, boolean> };
}

/**
 * Combines the person's settings with the effective policy. A managed value beats the
 * person's own and is locked; an imported file only fills what the person left unset.
 * Pure.
 */
export function effectiveSettings(settings: Settings, merged: MergedPolicy): EffectiveSettings {
  const managedFeed = merged.sources.feedUrl === 'managed' ? merged.policy.feedUrl : undefined;
  const importedFeed = merged.sources.feedUrl === 'imported' ? merged.policy.feedUrl : undefined;
  const [feedUrl, feedUrlSource] = managedFeed
    ? ([managedFeed, 'managed'] as const)
    : settings.feedUrl
      ? ([settings.feedUrl, 'user'] as const)
      : importedFeed
        ? ([importedFeed, 'imported'] as const)
        : ([undefined, 'none'] as const);

  const checks = {} as Record<Category, EffectiveCheck>;
  const lockedChecks = {} as Record<Category, boolean>;
  for (const category of CHECK_CATEGORIES) {
    const own = settings.checks[category];
    const companySetting = merged.policy.severities[category];
    const companySeverity = companySetting === 'off' ? undefined : companySetting;
    const locked = merged.severitySources[category] === 'managed' && companySetting !== undefined;
    lockedChecks[category] = locked;
    checks[category] = locked
      ? { enabled: companySetting !== 'off', severity: companySeverity }
      : { enabled: own.enabled && companySetting !== 'off', severity: own.severity ?? companySeverity };
  }
  return { feedUrl, feedUrlSource, checks, locked: { feedUrl: managedFeed !== undefined, checks: lockedChecks } };
}
