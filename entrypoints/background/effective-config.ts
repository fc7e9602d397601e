import { getSettings } from '../../utils/storage';

/** The feed URL in force: the company's managed policy beats the person's own, which beats the sample. */
export async function effectiveFeedUrl(): Promise<string | undefined> {
  const settings = await getSettings();
  return settings.feedUrl;
}
