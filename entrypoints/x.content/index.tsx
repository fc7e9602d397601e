import { defineContentScript } from '#imports';
import { startPorteVoix } from '../../components/panel/start-porte-voix';
import { x } from '../../utils/platforms/x';
import '../../components/panel/panel.css';

export default defineContentScript({
  matches: x.matches,
  cssInjectionMode: 'ui',
  main: (ctx) => startPorteVoix(ctx, x),
});
