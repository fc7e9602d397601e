import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announcePanel, startPanelOnce } from '../../utils/platforms/panel-handshake';
import type { PlatformAdapter } from '../../utils/platforms/types';
import type { PanelConfigAnswers } from './early-config';
import { startPorteVoix } from './start-porte-voix';

/**
 * What the injected panel bundle runs: the panels of this site, then a word to the watcher that waits to replay
 * a held Publish. Injected by the background into the frame whose watcher asked (issue 12).
 */
export function runPanel(adapter: PlatformAdapter, config: PanelConfigAnswers): void {
  if (!startPanelOnce()) return;
  // No start announcement by window.postMessage: it would tell the site's scripts the extension's id.
  const ctx = new ContentScriptContext(`${adapter.id}-panel`, { noScriptStartedPostMessage: true });
  startPorteVoix(ctx, adapter, config).then(
    () => announcePanel(true),
    (error: unknown) => {
      if (import.meta.env.DEV) console.warn(`[porte-voix] ${adapter.id} panel failed to start`, error);
      announcePanel(false);
    },
  );
}
