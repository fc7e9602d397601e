import { defineContentScript } from '#imports';
import { panelLoader } from '../../utils/panel-loader';
import { x } from '../../utils/platforms/x';
import { watchForWriting } from '../../utils/platforms/writing-watcher';

// Runs on every page view: only the watcher. The panel bundle (x-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: x.matches,
  main: (ctx) => watchForWriting(x, document, window, panelLoader(x.id), ctx.signal),
});
