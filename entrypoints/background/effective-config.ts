import { loadPolicy } from '../../utils/browser/policy-source';
import { effectiveSettings, type EffectiveSettings } from '../../utils/settings/effective-settings';
import { getSettings } from '../../utils/browser/storage';

/**
 * The feed URL in force (the company's managed policy beats the person's own; none means the sample)
 * and who set it: a policy's feed never went through the permission prompt of Settings.
 */
export async function effectiveFeed(): Promise<{ url: string | undefined; source: EffectiveSettings['feedUrlSource'] }> {
  const [settings, policy] = await Promise.all([getSettings(), loadPolicy()]);
  const effective = effectiveSettings(settings, policy);
  return { url: effective.feedUrl, source: effective.feedUrlSource };
}
