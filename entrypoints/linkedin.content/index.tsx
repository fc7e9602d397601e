import { defineContentScript } from '#imports';
import { startPorteVoix } from '../../components/panel/start-porte-voix';
import { linkedin } from '../../utils/platforms/linkedin';
import '../../components/panel/panel.css';

export default defineContentScript({
  matches: linkedin.matches,
  cssInjectionMode: 'ui',
  main: (ctx) => startPorteVoix(ctx, linkedin),
});
