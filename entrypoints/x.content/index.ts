import { defineContentScript } from '#imports';
import { watchWhereThePersonWrites } from '../../utils/panel-loader';
import { x } from '../../utils/platforms/x';

// Runs on every page view: only the watcher. The panel bundle (x-panel.js) is injected where the person writes.
export default defineContentScript({
  matches: x.matches,
  main: (ctx) => watchWhereThePersonWrites(x, ctx.signal),
});
