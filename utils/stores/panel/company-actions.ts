import { publishingState } from '../../feed/publishing-window';
import { disclosureLine } from '../../policy/disclosure';
import { buildShareText } from '../../share';
import { countCharacters } from '../../text';
import { findingKey } from '../../draft/finding-key';
import { problemKey } from '../../draft/problem-key';
import type { Finding } from '../../checks/types';
import type { CompanyActions, PanelSliceContext } from './panel-types';

export function companyActions({ env, now, set, get }: PanelSliceContext): CompanyActions {
  /**
   * The finding as the editor's text is now. It may be a pause old: typing went on after the checks read the text, and
   * its span then covers other characters ("…h2?utm_source=linkedin&" fixed after "utm_medium=social now" was typed lost
   * the typing, 2026-12-04). The text is read again and the same words found where they are now, or what they grew into
   * where they stood; undefined when they are gone.
   */
  function asTextIsNow(finding: Finding): Finding | undefined {
    const current = env.port.readText();
    const { findingsText } = get();
    if (current === findingsText) return finding;
    const key = findingKey(finding, findingsText);
    get().textChanged(current);
    get().analyse();
    const same = get().findings.filter((found) => found.category === finding.category && (finding.fix === undefined || found.fix !== undefined));
    return same.find((found) => findingKey(found, current) === key) ?? same.find((found) => found.start < finding.end && finding.start < found.end);
  }

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
      const target = asTextIsNow(finding);
      if (target) env.port.select({ start: target.start, end: target.end });
    },

    fixFinding(finding) {
      if (finding.fix === undefined) return false;
      const target = asTextIsNow(finding);
      if (target?.fix === undefined) return false;
      const ok = env.port.replace({ start: target.start, end: target.end }, target.fix);
      set({ lastInsertFailed: !ok });
      if (ok) {
        get().textChanged(env.port.readText());
        get().analyse();
      }
      return ok;
    },

    dismissFinding(finding) {
      set({ dismissed: [...get().dismissed, findingKey(finding, get().findingsText)] });
      get().analyse();
      // Remembered with the draft, on this device only.
      get().scheduleSave();
    },
  };
}
