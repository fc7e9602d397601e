// First: the settings and policy are asked for while the rest of this bundle evaluates.
import { earlyPanelConfig } from '../components/panel/early-config';
import { defineUnlistedScript } from '#imports';
import { runPanel } from '../components/panel/run-panel';
import { linkedin } from '../utils/platforms/linkedin';

// Injected by the background (scripting.executeScript) into a frame whose watcher saw the person write.
export default defineUnlistedScript(() => runPanel(linkedin, earlyPanelConfig));
