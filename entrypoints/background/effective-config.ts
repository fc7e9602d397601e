import { loadPolicy, effectiveSettings } from '../../utils/policy-source';
import { getSettings } from '../../utils/storage';

/** The feed URL in force: the company's managed policy beats the person's own; none means the sample. */
export async function effectiveFeedUrl(): Promise<string | undefined> {
  const [settings, policy] = await Promise.all([getSettings(), loadPolicy()]);
  return effectiveSettings(settings, policy).feedUrl;
}
