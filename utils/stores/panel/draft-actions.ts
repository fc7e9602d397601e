import { autosaveWait } from '../../draft/autosave-wait';
import { newDraftId } from '../../draft/new-draft-id';
import { problemKey } from '../../draft/problem-key';
import type { DraftInput, PublishInput } from '../../messaging/protocol';
import { MAX_TEXT_CHARS } from '../../platform';
import type { AutosaveState, DraftActions, PanelSliceContext } from './panel-types';

export const initialAutosave = (): AutosaveState => ({ pending: null, unsavedSince: null, forkedTo: null, replaces: null, lastSent: Promise.resolve() });

export function draftActions({ env, now, timers, set, get }: PanelSliceContext): DraftActions {
  // Short enough that a crash or a killed tab loses at most about a second of typing; page hide flushes at once.
  const saveDelay = env.saveDelayMs ?? 300;
  const saveMaxWait = env.saveMaxWaitMs ?? 1000;
  const autosave = () => get().autosave;
  const updateAutosave = (change: Partial<AutosaveState>) => set({ autosave: { ...get().autosave, ...change } });

  const send = async (): Promise<void> => {
    const draft = autosave().pending;
    updateAutosave({ pending: null, unsavedSince: null });
    timers.cancel('save');
    if (!draft) return;
    try {
      // Called before any await: the message leaves synchronously (what a pagehide flush relies on).
      const sent = env.backend.saveDraft(draft);
      updateAutosave({ lastSent: sent.catch(() => undefined) });
      const reply = await sent;
      if (draft.replaces && draft.replaces === autosave().replaces) updateAutosave({ replaces: null });
      if (reply && reply.saved === false) return forkRefused(draft);
      if (get().problem) set({ problem: null });
    } catch (error) {
      // Keep the draft in memory and try again with the next change.
      if (!autosave().pending) updateAutosave({ pending: draft });
      set({ problem: problemKey(error) });
    }
  };

  /**
   * The database kept its own row (newer updatedAt after clock skew or an import, or already published or
   * discarded): this composer's text goes on as a new draft, saved at once, and the panel says so.
   */
  const forkRefused = (refused: DraftInput): Promise<void> | undefined => {
    if (get().disposed || refused.id !== get().draftId) return undefined;
    if (refused.id === autosave().forkedTo) {
      // A brand-new row refused too: no second fork (it would loop); keep the text and retry with the next change.
      if (!autosave().pending) updateAutosave({ pending: refused });
      set({ problem: 'err_background_unavailable' });
      return undefined;
    }
    const draftId = newDraftId();
    set({ draftId, notice: 'panel_draft_forked' });
    const pending = autosave().pending;
    if (pending) {
      updateAutosave({ forkedTo: draftId, pending: { ...pending, id: draftId } });
      return undefined;
    }
    updateAutosave({ forkedTo: draftId, pending: { ...refused, id: draftId, updatedAt: now() } });
    return send();
  };

  const draftToSave = (): DraftInput => {
    const { draftId, text, linkedItem, dismissed } = get();
    const { replaces } = autosave();
    return {
      id: draftId,
      platform: env.platform,
      composerKind: env.composerKind,
      url: env.pageUrl(),
      text,
      linkedItemId: linkedItem?.id,
      dismissedFindings: dismissed,
      updatedAt: now(),
      ...(replaces ? { replaces } : {}),
    };
  };

  return {
    scheduleSave(delay = saveDelay) {
      if (get().text.length > MAX_TEXT_CHARS) {
        // Far beyond any platform's limit: keep it in the editor, say why no copy is kept.
        timers.cancel('save');
        updateAutosave({ pending: null, unsavedSince: null });
        set({ problem: 'err_draft_too_long' });
        return;
      }
      const since = autosave().unsavedSince ?? Date.now();
      updateAutosave({ pending: draftToSave(), unsavedSince: since });
      timers.start('save', () => void send(), autosaveWait({ delay, maxWait: saveMaxWait, unsavedSince: since, now: Date.now() }));
    },

    async savePending() {
      if (autosave().pending) await send();
    },

    async flush() {
      if (get().disposed) return;
      get().textChanged(env.port.readText());
      await send();
    },

    async checkRestore() {
      if (get().text.trim()) return;
      try {
        const draft = await env.backend.restorableDraft(env.platform, env.composerKind);
        if (draft && draft.text.trim() && !get().text.trim()) set({ restoreOffer: draft });
      } catch (error) {
        set({ problem: problemKey(error) });
      }
    },

    restoreDraft() {
      const offer = get().restoreOffer;
      if (!offer) return false;
      // A row of its own that takes the offered one over: another tab that restored the same draft
      // writes its own row too, so two live editors never overwrite each other (issue 10).
      updateAutosave({ replaces: offer.id });
      set({ draftId: newDraftId(), restoreOffer: null, dismissed: offer.dismissedFindings ?? [] });
      const ok = get().insertText(offer.text);
      // Claim it now, not after the debounce, so the offer is gone for the next composer that opens.
      if (ok) get().scheduleSave(0);
      return ok;
    },

    async discardRestore() {
      const offer = get().restoreOffer;
      set({ restoreOffer: null });
      if (offer) await env.backend.discardDraft(offer.id).catch((error) => set({ problem: problemKey(error) }));
    },

    publishing(pending) {
      set({ publishPending: pending });
      if (!pending || get().disposed) return;
      // The site clears the editor next: send the save still waiting for its debounce now, with the text
      // as published, so the draft row holds it (and the empty editor that follows is not saved over it).
      get().textChanged(env.port.readText());
      void get().savePending();
    },

    async published(text, record = true, partDraftIds = []) {
      const { draftId, linkedItem, voice } = get();
      timers.cancel('save');
      updateAutosave({ pending: null, unsavedSince: null });
      // A new draft from now on, before the record is sent: a keystroke meanwhile must not reopen this one.
      set({ draftId: newDraftId(), linkedItem: null, dismissed: [], publishPending: false });
      if (!record) return;
      const entry: PublishInput = {
        draftId,
        ...(partDraftIds.length ? { partDraftIds } : {}),
        platform: env.platform,
        composerKind: env.composerKind,
        url: env.pageUrl(),
        text,
        linkedItemId: linkedItem?.id,
        personalVoice: voice ? voice.personalVoice : null,
        publishedAt: now(),
      };
      try {
        // A restored draft's first save (it creates the row) may still be on its way: mark that row, not nothing.
        await autosave().lastSent;
        await env.backend.recordPublish(entry);
      } catch (error) {
        set({ problem: problemKey(error) });
      }
    },
  };
}
