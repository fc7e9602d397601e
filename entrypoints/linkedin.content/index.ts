import { defineContentScript } from '#imports';
import { watchWhereThePersonWrites } from '../../utils/panel-loader';
import { linkedin } from '../../utils/platforms/linkedin';

// Runs on every page view: only the watcher. The panel bundle (linkedin-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: linkedin.matches,
  main: (ctx) => watchWhereThePersonWrites(linkedin, ctx.signal),
});
