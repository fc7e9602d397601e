import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundClient } from '../../utils/background-client';
import type { MergedPolicy } from '../../utils/policy';
import { loadPolicy, watchPolicy } from '../../utils/policy-source';
import type { PlatformAdapter } from '../../utils/platforms/types';
import { panelPreferences } from '../../utils/preferences';
import type { Settings } from '../../utils/settings';
import { getSettings, watchSettings } from '../../utils/storage';
import { mountPanels, type PanelMounter } from './mount-panels';

/** Quiet hours start and end while a tab stays open: re-evaluate nudges every minute. */
const CLOCK_TICK_MS = 60_000;

/**
 * Everything a content script does, identical for both sites but for the adapter. Settings and
 * policy changes apply to open tabs without reload; "Pause Porte-Voix" removes every panel.
 */
export async function startPorteVoix(ctx: ContentScriptContext, adapter: PlatformAdapter): Promise<void> {
  let [settings, policy] = await Promise.all([getSettings(), loadPolicy()]);
  let mounter: PanelMounter | null = null;
  const preferences = () => panelPreferences(settings, policy, new Date(), navigator.language);

  const apply = () => {
    if (settings.paused) {
      mounter?.stop();
      mounter = null;
    } else if (!mounter) {
      mounter = mountPanels(ctx, adapter, backgroundClient, preferences());
    } else {
      mounter.configure(preferences());
    }
  };
  apply();

  const stopSettings = watchSettings((next: Settings) => {
    settings = next;
    apply();
  });
  const stopPolicy = watchPolicy((next: MergedPolicy) => {
    policy = next;
    apply();
  });
  ctx.onInvalidated(() => {
    stopSettings();
    stopPolicy();
  });
  ctx.setInterval(() => mounter?.configure({ nudgesAllowed: preferences().nudgesAllowed }), CLOCK_TICK_MS);
}
