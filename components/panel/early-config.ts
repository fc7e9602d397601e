import { localeFromTag } from '../../utils/i18n/translate';
import type { MergedPolicy } from '../../utils/policy/merge-policies';
import type { Settings } from '../../utils/settings/settings-schema';
import { loadPanelMessages, readPanelPolicy, readPanelSettings } from './panel-config';

/** The person's settings and the company policy, as asked of the background. */
export interface PanelConfigAnswers {
  settings: Promise<Settings>;
  policy: Promise<MergedPolicy>;
}

/** Asks the background for the settings and the policy; a failure is handled where the answer is awaited. */
export function askPanelConfig(): PanelConfigAnswers {
  const answers = { settings: readPanelSettings(), policy: readPanelPolicy() };
  answers.settings.catch(() => undefined);
  answers.policy.catch(() => undefined);
  // The browser's language is the UI language unless the person chose another: its strings come with the settings.
  void loadPanelMessages(localeFromTag(navigator.language));
  return answers;
}

/**
 * Asked while the browser still evaluates the rest of the panel bundle (React and the checks take 40-90 ms on a
 * 2-core machine, Chromium 156, 2026-12-02): each panel entry imports this module before anything else, so the
 * answers are there when the panel starts instead of one round trip later (issue 12: the first composer).
 */
export const earlyPanelConfig: PanelConfigAnswers = askPanelConfig();
