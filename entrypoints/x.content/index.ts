import { defineContentScript } from '#imports';
import { watchWhereThePersonWrites } from '../../utils/browser/panel-loader';
import { x } from '../../utils/platforms/x';

// Runs on every page view: only the watcher. The panel bundle (x-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: x.matches,
  // WXT (0.20) otherwise announces each start to the page with window.postMessage, naming the extension's id: the
  // sites' scripts would learn that Porte-Voix runs before the person writes anything.
  noScriptStartedPostMessage: true,
  main: (ctx) => watchWhereThePersonWrites(x, ctx.signal),
});
