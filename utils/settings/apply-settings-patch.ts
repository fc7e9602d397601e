import type { Category } from '../checks/types';
import type { CheckSetting, PanelSettings, QuietHours, Settings } from './settings-schema';

/**
 * A change to some settings. Nested groups merge one level deep, so `{ quietHours: { enabled: true } }`
 * keeps the hours. A key given as `undefined` clears an optional value (feedUrl, timeZone, severity).
 */
export type SettingsPatch = Partial<Omit<Settings, 'quietHours' | 'panel' | 'checks'>> & {
  quietHours?: Partial<QuietHours>;
  panel?: Partial<PanelSettings>;
  checks?: Partial<Record<Category, Partial<CheckSetting>>>;
};

/** Pure merge; the result is validated by the caller (updateSettings). */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const { quietHours, panel, checks, ...flat } = patch;
  const next: Settings = {
    ...current,
    ...flat,
    quietHours: { ...current.quietHours, ...quietHours },
    panel: { ...current.panel, ...panel },
    checks: { ...current.checks },
  };
  for (const [category, change] of Object.entries(checks ?? {}) as [Category, Partial<CheckSetting>][]) {
    next.checks[category] = { ...current.checks[category], ...change };
  }
  return next;
}
