import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Attachment, Finding, Platform } from '../checks/types';
import { CONFIDENTIALITY_CATEGORIES } from '../checks/types';
import { rules, runChecks, sortFindings } from '../checks';
import { countCharacters, type CharacterCount } from '../text';
import type { FeedItem } from '../feed/feed-item';
import { createRanker, type RankedItem, type Ranker } from '../feed/rank-items';
import { oneVersionPerStory } from '../feed/same-story';
import { preferLanguage } from '../feed/prefer-language';
import { companyCheckContext } from '../feed/company-context';
import { MAX_TIMER_MS, liveItems, nextPublishingChange, publishingState } from '../feed/publishing-window';
import { now as clockNow, onClockJump } from '../clock';
import { disclosureLine } from '../policy/disclosure';
import { analyseVoice, type VoiceAnalysis } from '../voice';
import { buildShareText } from '../share';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import type { EditorPort } from '../platforms/editor-port';
import type { ComposerKind } from '../platforms/types';
import { MAX_TEXT_CHARS } from '../platform';
import type { DraftInput, PublishInput, RestorableDraft } from '../messaging/protocol';
import type { PanelBackend } from '../background-client';
import { defaultPanelPreferences, type PanelPreferences } from '../preferences';

export interface PanelEnvironment {
  port: EditorPort;
  backend: PanelBackend;
  platform: Platform;
  composerKind: ComposerKind;
  /** Position in an X thread (0 for the first part and everywhere else). */
  part?: number;
  limit: number;
  attachments: () => Attachment[];
  pageUrl: () => string;
  now?: () => number;
  /** Debounce of checks and suggestions after typing, ms. */
  checkDelayMs?: number;
  /** Debounce of the autosave, ms (default 300). */
  saveDelayMs?: number;
  /** The plain confirmation used when the hold dialog cannot be shown; defaults to the page's window.confirm. */
  confirm?: (message: string) => boolean;
  /** Longest time typed text waits for its autosave while typing goes on, ms (default 1000): what a crash can lose. */
  saveMaxWaitMs?: number;
}

export interface PanelState {
  /** The site of this composer (what the preview lays the post out for). */
  platform: Platform;
  draftId: string;
  text: string;
  count: CharacterCount;
  findings: Finding[];
  /** Keys of findings the person marked "Not a secret" for this draft. */
  dismissed: string[];
  suggestions: RankedItem[];
  linkedItem: FeedItem | null;
  voice: VoiceAnalysis | null;
  restoreOffer: RestorableDraft | null;
  /**
   * Set while a Publish is held for high-severity confidentiality findings, or (`awaitingPolicy`) while
   * it waits for the company policy to be read; the person can still decide meanwhile.
   */
  held: { findings: Finding[]; resume: () => void; awaitingPolicy?: boolean } | null;
  /** A locale key explaining why something could not be saved or loaded; the draft stays in memory. */
  problem: string | null;
  /** A locale key for something the person should know that is not a failure (a draft now kept as a new copy). */
  notice: string | null;
  preferences: PanelPreferences;
  lastInsertFailed: boolean;
  /** Later parts of a thread start collapsed: one full panel per thread is enough. */
  threadPart: number;
  /** Publish was clicked and the site has not taken the post yet: the draft is neither open nor published. */
  publishPending: boolean;
  /** The panel's view failed to render: the Publish hold falls back to a plain confirmation. */
  viewBroken: boolean;
}

export interface PanelActions {
  /** The editor changed: recount now, check and save a little later. */
  textChanged(text: string): void;
  configure(preferences: Partial<PanelPreferences>): void;
  loadFeed(): Promise<void>;
  insertText(text: string): boolean;
  insertItem(item: FeedItem, options?: { includeCaption?: boolean }): boolean;
  showFinding(finding: Finding): void;
  fixFinding(finding: Finding): boolean;
  dismissFinding(finding: Finding): void;
  checkRestore(): Promise<void>;
  restoreDraft(): boolean;
  discardRestore(): Promise<void>;
  /**
   * Called by the publish guard before the site publishes. Returns true when the post must be held.
   * Runs only the confidentiality rules, on the text as it is at the click.
   */
  shouldHold(): boolean;
  /** Shows the hold dialog; false when the view cannot (it failed), so the guard asks plainly instead. */
  hold(resume: () => void): boolean;
  releaseHold(publish: boolean): void;
  /** The question of the plain confirmation the guard falls back to, in the person's language. */
  confirmText(): string;
  /** The error boundary reports that the panel's view failed. */
  viewFailed(): void;
  /** The guard asked the site to publish (true), or found the post refused (false). */
  publishing(pending: boolean): void;
  /**
   * The site has taken the post. `record` is false for the extra parts of a thread (recorded with the first,
   * whose `partDraftIds` name their drafts so they are settled in the same step).
   */
  published(text: string, record?: boolean, partDraftIds?: string[]): Promise<void>;
  /**
   * Saves now: reads the editor (a keystroke the observer has not reported yet counts) and sends the
   * save synchronously, so it leaves before a page that is going away (pagehide) is torn down.
   */
  flush(): Promise<void>;
  /** Schedules an autosave of the current text (debounced like typing). */
  saveNow(): void;
  dispose(): void;
}

export type PanelStore = StoreApi<PanelState & PanelActions>;

/** What carries over when a site re-creates a composer's editor node (X does when the box expands). */
export type PanelContinuity = Pick<PanelState, 'draftId' | 'linkedItem' | 'dismissed'>;

const CONFIDENTIALITY = new Set<string>(CONFIDENTIALITY_CATEGORIES);
/** What the Publish hold runs: the confidentiality rules only, nothing that can slow or break the click. */
const HOLD_RULES = rules.filter((rule) => CONFIDENTIALITY.has(rule.category));
const holds = (finding: Finding) => finding.severity === 'high' && CONFIDENTIALITY.has(finding.category);

/** A dismissal survives edits elsewhere in the text: it names the category and the flagged words. */
export function findingKey(finding: Finding, text: string): string {
  return `${finding.category}:${text.slice(finding.start, finding.end).trim().toLowerCase()}`;
}

function newDraftId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function createPanelStore(
  env: PanelEnvironment,
  preferences: Partial<PanelPreferences> = {},
  continuity?: PanelContinuity,
): PanelStore {
  const now = env.now ?? clockNow;
  /** Fires when the next embargo lifts or item expires, so suggestions and findings follow without polling. */
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  // Findings must show within 150 ms of a pause in typing (issue 12); the checks cost about a millisecond for
  // 3,000 characters, so running them between keys at 10 per second is affordable.
  const checkDelay = env.checkDelayMs ?? 80;
  // Short enough that a crash or a killed tab loses at most about a second of typing; page hide flushes at once.
  const saveDelay = env.saveDelayMs ?? 300;
  const saveMaxWait = env.saveMaxWaitMs ?? 1000;
  /** When the oldest unsaved change was made; the debounce never pushes a save past it plus saveMaxWait. */
  let unsavedSince: number | null = null;
  /** The id the last refused save was forked to; a refusal of that one too is not forked again. */
  let forkedTo: string | null = null;
  /** The row a restored draft takes over: sent with the next save, so the background retires it (issue 10). */
  let replaces: string | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let ranker: Ranker | null = null;
  let feedItems: FeedItem[] = [];
  let sharedIds: string[] = [];
  let pendingSave: DraftInput | null = null;
  let disposed = false;
  /** The save last sent, settled or not: a publish record waits for it, so it never reaches the database first. */
  let lastSave: Promise<unknown> = Promise.resolve();
  /** What the last hold decision found, shown by hold(). */
  let holdFindings: Finding[] = [];
  /** Site knowledge can drift: a broken attachment lookup costs the alt-text check, never the panel. */
  const attachments = () => {
    try {
      return env.attachments();
    } catch {
      return [];
    }
  };

  const initialText = env.port.readText();
  // The e2e build can move the clock: decide again at once, and re-aim the window timer.
  const stopClock = env.now ? () => undefined : onClockJump(() => store.getState().configure({}));
  const store = createStore<PanelState & PanelActions>()((set, get) => {
    const companyContext = (at: number) => {
      const { preferences: prefs, linkedItem } = get();
      return companyCheckContext({ items: feedItems, linkedItem, disclosure: prefs.disclosure, companyDomains: prefs.policy.companyDomains, now: at });
    };

    const scheduleWindowChange = (at: number) => {
      clearTimeout(windowTimer);
      const next = nextPublishingChange(feedItems, at);
      if (next === null || disposed) return;
      windowTimer = setTimeout(analyse, Math.min(MAX_TIMER_MS, next - at));
    };

    const analyse = () => {
      const { text, preferences: prefs, dismissed, linkedItem } = get();
      const at = now();
      const all = runChecks(text, {
        platform: env.platform,
        policy: prefs.policy,
        locale: prefs.locale,
        attachments: attachments(),
        surface: env.composerKind === 'comment' ? 'comment' : 'post',
        now: at,
        timeZone: prefs.timeZone,
        ...companyContext(at),
      });
      const findings = sortFindings(all.filter((finding) => !dismissed.includes(findingKey(finding, text))));
      const companyTexts = linkedItem
        ? [linkedItem.title, linkedItem.summary, linkedItem.suggestedCaption ?? ''].filter(Boolean)
        : [];
      const voice = analyseVoice(text, { companyTexts, goals: prefs.goals, locale: prefs.locale });
      const candidates = ranker
        ? preferLanguage(
            ranker
              .rank({ draft: text, interests: prefs.interests, sharedItemIds: sharedIds, now: at, limit: SUGGESTION_COUNT * 3 + feedItems.length - liveItems(feedItems, at).length })
              // Not yet public, or no longer current: never offered.
              .filter((entry) => publishingState(entry.item, at) === 'live'),
            prefs.locale,
          )
        : [];
      // What the draft already shares, or its translation, is no suggestion; nor are two versions of one story.
      const suggestions = oneVersionPerStory(candidates, linkedItem ? [linkedItem] : []).slice(0, SUGGESTION_COUNT);
      set({ findings, voice, suggestions });
      scheduleWindowChange(at);
    };

    const scheduleAnalysis = () => {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(analyse, checkDelay);
    };

    const save = async (): Promise<void> => {
      const draft = pendingSave;
      pendingSave = null;
      unsavedSince = null;
      clearTimeout(saveTimer);
      if (!draft) return;
      try {
        // Called before any await: the message leaves synchronously (what a pagehide flush relies on).
        const sent = env.backend.saveDraft(draft);
        lastSave = sent.catch(() => undefined);
        const reply = await sent;
        if (draft.replaces === replaces) replaces = undefined;
        if (reply && reply.saved === false) return forkRefused(draft);
        if (get().problem) set({ problem: null });
      } catch (error) {
        // Keep the draft in memory and try again with the next change.
        pendingSave ??= draft;
        set({ problem: problemKey(error) });
      }
    };

    /**
     * The database kept its own row (newer updatedAt after clock skew or an import, or already published or
     * discarded): this composer's text goes on as a new draft, saved at once, and the panel says so.
     */
    const forkRefused = (refused: DraftInput): Promise<void> | undefined => {
      if (disposed || refused.id !== get().draftId) return undefined;
      if (refused.id === forkedTo) {
        // A brand-new row refused too: no second fork (it would loop); keep the text and retry with the next change.
        pendingSave ??= refused;
        set({ problem: 'err_background_unavailable' });
        return undefined;
      }
      const draftId = newDraftId();
      forkedTo = draftId;
      set({ draftId, notice: 'panel_draft_forked' });
      if (pendingSave) {
        pendingSave = { ...pendingSave, id: draftId };
        return undefined;
      }
      pendingSave = { ...refused, id: draftId, updatedAt: now() };
      return save();
    };

    const draftToSave = (): DraftInput => {
      const { draftId, text, linkedItem, dismissed } = get();
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

    /** Prepares the save of the current text; false when it is too long to keep. */
    const prepareSave = (): boolean => {
      if (get().text.length > MAX_DRAFT_CHARS) {
        // Far beyond any platform's limit: keep it in the editor, say why no copy is kept.
        clearTimeout(saveTimer);
        pendingSave = null;
        unsavedSince = null;
        set({ problem: 'err_draft_too_long' });
        return false;
      }
      pendingSave = draftToSave();
      return true;
    };

    const scheduleSave = (delay = saveDelay) => {
      if (!prepareSave()) return;
      // Debounced, but never beyond saveMaxWait after the first unsaved change: steady typing still saves.
      const since = (unsavedSince ??= Date.now());
      const wait = Math.max(0, Math.min(delay, since + saveMaxWait - Date.now()));
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void save(), wait);
    };

    return {
      platform: env.platform,
      draftId: continuity?.draftId ?? newDraftId(),
      text: initialText,
      count: countCharacters(initialText, env.platform, env.composerKind === 'comment' ? 'comment' : 'post'),
      findings: [],
      dismissed: continuity?.dismissed ?? [],
      suggestions: [],
      linkedItem: continuity?.linkedItem ?? null,
      voice: null,
      restoreOffer: null,
      held: null,
      problem: null,
      notice: null,
      preferences: { ...defaultPanelPreferences, ...preferences },
      lastInsertFailed: false,
      threadPart: env.part ?? 0,
      publishPending: false,
      viewBroken: false,

      textChanged(text) {
        if (disposed || text === get().text) return;
        const count = countCharacters(text, env.platform, env.composerKind === 'comment' ? 'comment' : 'post');
        set({ text, count, ...(text.trim() ? { restoreOffer: null } : {}) });
        scheduleAnalysis();
        if (text.trim() || pendingSave) scheduleSave();
      },

      configure(next) {
        set({ preferences: { ...get().preferences, ...next } });
        analyse();
        const held = get().held;
        if (held?.awaitingPolicy && get().preferences.policyLoaded) {
          // The click that waited is decided now, with the company's names.
          if (get().shouldHold()) {
            get().hold(held.resume);
          } else {
            set({ held: null });
            held.resume();
          }
        }
      },

      async loadFeed() {
        try {
          [feedItems, sharedIds] = await Promise.all([env.backend.feedItems(), env.backend.sharedItemIds()]);
          ranker = createRanker(feedItems);
          analyse();
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
          analyse();
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
        analyse();
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
          analyse();
        }
        return ok;
      },

      dismissFinding(finding) {
        set({ dismissed: [...get().dismissed, findingKey(finding, get().text)] });
        analyse();
        // Remembered with the draft, on this device only.
        scheduleSave();
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
        replaces = offer.id;
        set({ draftId: newDraftId(), restoreOffer: null, dismissed: offer.dismissedFindings ?? [] });
        const ok = get().insertText(offer.text);
        // Claim it now, not after the debounce, so the offer is gone for the next composer that opens.
        if (ok) scheduleSave(0);
        return ok;
      },

      async discardRestore() {
        const offer = get().restoreOffer;
        set({ restoreOffer: null });
        if (offer) await env.backend.discardDraft(offer.id).catch((error) => set({ problem: problemKey(error) }));
      },

      shouldHold() {
        // Check the text as it is at the click, not as it was at the last debounce.
        const text = env.port.readText();
        get().textChanged(text);
        const { preferences: prefs, dismissed } = get();
        // Not read yet: hold, and decide with the company's names once they are here.
        if (!prefs.policyLoaded) {
          holdFindings = [];
          return true;
        }
        const at = now();
        const found = runChecks(
          text,
          {
            platform: env.platform,
            policy: prefs.policy,
            locale: prefs.locale,
            surface: env.composerKind === 'comment' ? 'comment' : 'post',
            now: at,
            timeZone: prefs.timeZone,
            ...companyContext(at),
          },
          HOLD_RULES,
        );
        holdFindings = sortFindings(found.filter((finding) => holds(finding) && !dismissed.includes(findingKey(finding, text))));
        return holdFindings.length > 0;
      },

      hold(resume) {
        if (get().viewBroken || disposed) return false;
        // Not read yet: the dialog says so and lets the person decide; configure() decides when it comes.
        if (!get().preferences.policyLoaded) set({ held: { findings: [], resume, awaitingPolicy: true } });
        else set({ held: { findings: holdFindings, resume } });
        return true;
      },

      confirmText() {
        return translate(get().preferences.locale, 'panel_hold_confirm');
      },

      viewFailed() {
        const held = get().held;
        set({ viewBroken: true, held: null });
        // The dialog itself broke while a post was held: ask plainly rather than leave the click swallowed.
        if (!held) return;
        const ask = env.confirm ?? ((message: string) => globalThis.confirm?.(message) ?? false);
        if (ask(get().confirmText())) held.resume();
      },

      publishing(pending) {
        set({ publishPending: pending });
        if (!pending || disposed) return;
        // The site clears the editor next: send the save still waiting for its debounce now, with the text
        // as published, so the draft row holds it (and the empty editor that follows is not saved over it).
        get().textChanged(env.port.readText());
        if (pendingSave) void save();
      },

      releaseHold(publish) {
        const held = get().held;
        set({ held: null });
        if (publish) held?.resume();
      },

      async published(text, record = true, partDraftIds = []) {
        const { draftId, linkedItem, voice } = get();
        clearTimeout(saveTimer);
        pendingSave = null;
        unsavedSince = null;
        if (!record) {
          set({ draftId: newDraftId(), linkedItem: null, dismissed: [], publishPending: false });
          return;
        }
        // A new draft from now on, before the record is sent: a keystroke meanwhile must not reopen this one.
        set({ draftId: newDraftId(), linkedItem: null, dismissed: [], publishPending: false });
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
          await lastSave;
          await env.backend.recordPublish(entry);
        } catch (error) {
          set({ problem: problemKey(error) });
        }
      },

      saveNow() {
        scheduleSave();
      },

      async flush() {
        if (disposed) return;
        get().textChanged(env.port.readText());
        clearTimeout(saveTimer);
        await save();
      },

      dispose() {
        disposed = true;
        stopClock();
        clearTimeout(windowTimer);
        clearTimeout(checkTimer);
        if (pendingSave) void save();
        clearTimeout(saveTimer);
      },
    };
  });
  // First analysis right away so the empty-draft suggestions and any prefilled text's checks show;
  // text already there (a prefilled share, a re-created editor) is a draft worth saving too.
  queueMicrotask(() => {
    store.getState().configure({});
    if (initialText.trim()) store.getState().saveNow();
  });
  return store;
}

const SUGGESTION_COUNT = 3;
/** The longest draft kept on the device (X Premium allows 25,000; LinkedIn 3,000). */
export const MAX_DRAFT_CHARS = MAX_TEXT_CHARS;

function problemKey(error: unknown): string {
  if (error && typeof error === 'object' && 'messageKey' in error && typeof error.messageKey === 'string') {
    return error.messageKey;
  }
  return 'err_background_unavailable';
}

export function describeProblem(locale: Locale, key: string): string {
  return translate(locale, key);
}
