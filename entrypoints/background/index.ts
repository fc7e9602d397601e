import { defineBackground } from '#imports';
import { registerContextMenu } from './context-menu';
import { registerFeedSync } from './feed-sync';
import { registerMessageHandlers } from './messages';
import { registerInstallPage } from './pages';

export default defineBackground(() => {
  // Wiring only; listeners are registered synchronously so a restarted worker gets its events.
  registerMessageHandlers();
  registerFeedSync();
  registerInstallPage();
  registerContextMenu();
});
