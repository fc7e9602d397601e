import { defineContentScript } from '#imports';
import { watchWhereThePersonWrites } from '../../utils/browser/panel-loader';
import { linkedin } from '../../utils/platforms/linkedin';

// Runs on every page view: only the watcher. The panel bundle (linkedin-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: linkedin.matches,
  // WXT (0.20) otherwise announces each start to the page with window.postMessage, naming the extension's id: the
  // sites' scripts would learn that Porte-Voix runs before the person writes anything.
  noScriptStartedPostMessage: true,
  main: (ctx) => watchWhereThePersonWrites(linkedin, ctx.signal),
});
