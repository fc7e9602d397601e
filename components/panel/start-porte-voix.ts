import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { backgroundClient } from '../../utils/background-client';
import type { PlatformAdapter } from '../../utils/platforms/types';
import { mountPanels } from './mount-panels';

/** Everything a content script does, identical for both sites but for the adapter. */
export function startPorteVoix(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  // TODO [2026-11-27]: read settings/policy/quiet hours once the settings module lands.
  mountPanels(ctx, adapter, backgroundClient, {});
}
