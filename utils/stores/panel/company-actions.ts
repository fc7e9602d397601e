import { publishingState } from '../../feed/publishing-window';
import { disclosureLine } from '../../policy/disclosure';
import { buildShareText } from '../../share';
import { countCharacters } from '../../text';
import { findingKey } from '../../draft/finding-key';
import { problemKey } from '../../draft/problem-key';
import type { CompanyActions, PanelSliceContext } from './panel-types';

export function companyActions({ env, now, set, get }: PanelSliceContext): CompanyActions {
  return {
    async loadFeed() {
      try {
        set({ feed: { items: await env.backend.feedItems() } });
        get().analyse();
      } catch (error) {
        set({ problem: problemKey(error) });
      }
    },

    insertText(text) {
      const ok = env.port.insert(text);
      set({ lastInsertFailed: !ok });
      if (ok) get().textChanged(env.port.readText());
      return ok;
    },

    insertItem(item, options = {}) {
      const { preferences: prefs } = get();
      // The list may be a moment old: an item whose embargo is back (clock change) or that expired is not shared.
      if (publishingState(item, now()) !== 'live') {
        get().analyse();
        return false;
      }
      const draft = env.port.readText();
      const share = buildShareText(item, {
        platform: env.platform,
        locale: prefs.locale,
        includeCaption: options.includeCaption ?? true,
        // On X the share has to fit beside what is already written (plus the blank line between).
        reservedWeight: draft.trim() ? countCharacters(draft, env.platform).length + 2 : 0,
        disclosure: prefs.disclosure ? disclosureLine(prefs.disclosure, item.language ?? prefs.locale) : undefined,
      });
      set({ linkedItem: item });
      const ok = get().insertText(share.text);
      if (ok) get().textChanged(env.port.readText());
      get().analyse();
      return ok;
    },

    showFinding(finding) {
      env.port.select({ start: finding.start, end: finding.end });
    },

    fixFinding(finding) {
      if (finding.fix === undefined) return false;
      const ok = env.port.replace({ start: finding.start, end: finding.end }, finding.fix);
      set({ lastInsertFailed: !ok });
      if (ok) {
        get().textChanged(env.port.readText());
        get().analyse();
      }
      return ok;
    },

    dismissFinding(finding) {
      set({ dismissed: [...get().dismissed, findingKey(finding, get().text)] });
      get().analyse();
      // Remembered with the draft, on this device only.
      get().scheduleSave();
    },
  };
}
