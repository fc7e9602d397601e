import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundClient } from '../../utils/browser/background-client';
import type { PlatformAdapter } from '../../utils/platforms/types';
import { defaultMergedPolicy } from '../../utils/policy/default-policy';
import type { MergedPolicy } from '../../utils/policy/merge-policies';
import { panelPreferences } from '../../utils/preferences';
import { resolveLocale } from '../../utils/settings/resolve-locale';
import { followE2eClock } from '../ui/e2e-clock';
import { mountPanels, type PanelMounter } from './mount-panels';
import { askPanelConfig, type PanelConfigAnswers } from './early-config';
import { loadPanelMessages, watchPanelConfig } from './panel-config';

/** Quiet hours start and end while a tab stays open: re-evaluate nudges every minute. */
const CLOCK_TICK_MS = 60_000;

/**
 * Everything a content script does, identical for both sites but for the adapter. Settings and
 * policy changes apply to open tabs without reload; "Pause Porte-Voix" removes every panel.
 */
export async function startPorteVoix(ctx: ContentScriptContext, adapter: PlatformAdapter, config: PanelConfigAnswers = askPanelConfig()): Promise<void> {
  // Managed storage can take seconds to answer right after the browser starts: panels must not
  // wait for it. They start with the defaults and the person's settings, and the company policy
  // joins as soon as it is read (its checks then run on the text already typed). A Publish
  // clicked before that waits for it (policyLoaded).
  let settings = await config.settings;
  await loadPanelMessages(resolveLocale(settings, navigator.language));
  let policy: MergedPolicy = defaultMergedPolicy();
  let policyLoaded = false;
  let mounter: PanelMounter | null = null;
  const preferences = () => panelPreferences(settings, policy, new Date(), navigator.language, policyLoaded);

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
  void config.policy
    .then((loaded) => {
      policy = loaded;
    })
    .finally(() => {
      policyLoaded = true;
      apply();
    });

  const stopClock = followE2eClock();
  const stopWatching = watchPanelConfig({
    onSettings: (next) => {
      settings = next;
      // A new UI language shows once its strings are here (English until then, if the background cannot answer).
      void loadPanelMessages(resolveLocale(next, navigator.language)).finally(() => {
        if (settings === next) apply();
      });
    },
    onPolicy: (next) => {
      policy = next;
      apply();
    },
  });
  ctx.onInvalidated(() => {
    stopWatching();
    stopClock();
  });
  ctx.setInterval(() => mounter?.configure({ nudgesAllowed: preferences().nudgesAllowed }), CLOCK_TICK_MS);
  if (import.meta.env.DEV) {
    // Site drift should be loud while developing and silent for people: production just has no panel.
    ctx.setTimeout(() => {
      if (adapter.findComposers(document).length === 0) {
        console.warn(`[porte-voix] ${adapter.id} adapter: no composer matched on ${location.pathname} after load`);
      }
    }, 10_000);
  }
}
