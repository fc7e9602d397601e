import { useMemo } from 'react';
import { effectiveSettings, type EffectiveSettings } from '../../utils/settings/effective-settings';
import { useSettingsStore } from '../../utils/stores/settings-store';

/** The draft combined with the company policy (what applies, what is locked); undefined until both are loaded. */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const draft = useSettingsStore((state) => state.draft);
  const policy = useSettingsStore((state) => state.policy);
  return useMemo(() => (draft && policy ? effectiveSettings(draft, policy) : undefined), [draft, policy]);
}
