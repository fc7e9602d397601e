import { useEffect, useState } from 'react';
import { defaultSettings, resolveLocale, type Settings } from '../../utils/settings';
import { getSettings, watchSettings } from '../../utils/browser/storage';
import type { Locale } from '../../utils/i18n/translate';

/** The person's settings, live: a change in any tab or page applies here without reload. */
export function useSettings(): { settings: Settings; locale: Locale; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({
    settings: defaultSettings(),
    loaded: false,
  });
  useEffect(() => {
    let active = true;
    void getSettings().then((settings) => active && setState({ settings, loaded: true }));
    const stop = watchSettings((settings) => setState({ settings, loaded: true }));
    return () => {
      active = false;
      stop();
    };
  }, []);
  return { ...state, locale: resolveLocale(state.settings, navigator.language) };
}
