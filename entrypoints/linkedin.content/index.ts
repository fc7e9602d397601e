import { defineContentScript } from '#imports';
import { panelLoader } from '../../utils/panel-loader';
import { linkedin } from '../../utils/platforms/linkedin';
import { watchForWriting } from '../../utils/platforms/writing-watcher';

// Runs on every page view: only the watcher. The panel bundle (linkedin-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: linkedin.matches,
  main: (ctx) => watchForWriting(linkedin, document, window, panelLoader(linkedin.id), ctx.signal),
});
