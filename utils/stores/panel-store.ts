import { createStore } from 'zustand/vanilla';
import { now as clockNow, onClockJump } from '../time/clock';
import { analyseDraft } from '../draft/analyse-draft';
import { draftCheckContext } from '../draft/draft-check-context';
import { warmUpChecks } from '../draft/warm-up-checks';
import { surfaceOf } from '../draft/draft-check-context';
import { newDraftId } from '../draft/new-draft-id';
import { MAX_TIMER_MS } from '../feed/publishing-window';
import { createNamedTimers } from '../time/named-timers';
import { defaultPanelPreferences, type PanelPreferences } from '../preferences';
import { countCharacters } from '../text';
import { companyActions } from './panel/company-actions';
import { draftActions, initialAutosave } from './panel/draft-actions';
import { draftSituation } from './panel/draft-situation';
import { holdActions } from './panel/hold-actions';
import type {
  AnalysisActions,
  Panel,
  PanelContinuity,
  PanelEnvironment,
  PanelSliceContext,
  PanelState,
  PanelStore,
  PanelTimerName,
} from './panel/panel-types';

export type { PanelActions, PanelContinuity, PanelEnvironment, PanelState, PanelStore } from './panel/panel-types';

/** A composer's panel state before anything happened: its editor's text, nothing found, nothing loaded. */
export function initialPanelState(
  env: PanelEnvironment,
  text: string,
  preferences: Partial<PanelPreferences> = {},
  continuity?: PanelContinuity,
): PanelState {
  return {
    platform: env.platform,
    draftId: continuity?.draftId ?? newDraftId(),
    text,
    count: countCharacters(text, env.platform, surfaceOf(env.composerKind)),
    findings: [],
    findingsText: text,
    dismissed: continuity?.dismissed ?? [],
    suggestions: [],
    linkedItem: continuity?.linkedItem ?? null,
    voice: null,
    restoreOffer: null,
    held: null,
    holdDecision: [],
    problem: null,
    notice: null,
    preferences: { ...defaultPanelPreferences, ...preferences },
    lastInsertFailed: false,
    threadPart: env.part ?? 0,
    publishPending: false,
    viewBroken: false,
    feed: { items: [] },
    suggestionsAsked: 0,
    autosave: initialAutosave(),
    disposed: false,
  };
}

function analysisActions(ctx: PanelSliceContext, stopClock: () => void): AnalysisActions {
  const { env, now, timers, set, get } = ctx;
  // Findings must show within 150 ms of a pause in typing (issue 12); the checks cost about a millisecond for
  // 3,000 characters, so running them between keys at 10 per second is affordable.
  const checkDelay = env.checkDelayMs ?? 80;
  /** Site knowledge can drift: a broken attachment lookup costs the alt-text check, never the panel. */
  const attachments = () => {
    try {
      return env.attachments();
    } catch {
      return [];
    }
  };
  /**
   * Asks the background for the items to suggest; only the answer to the latest question shows. Asked from the
   * first analysis on, without waiting for the panel's own copy of the feed: the answer then comes with the first
   * findings rather than one more round trip later, when it would move the panel's buttons under the pointer.
   */
  const suggest = (at: number) => {
    const { text, preferences, linkedItem } = get();
    const asked = get().suggestionsAsked + 1;
    set({ suggestionsAsked: asked });
    const request = { draft: text, interests: preferences.interests, locale: preferences.locale, linkedItemId: linkedItem?.id ?? null, now: at };
    env.backend.suggest(request).then(
      (suggestions) => !get().disposed && get().suggestionsAsked === asked && set({ suggestions }),
      // Suggestions are a help, not a duty: the last ones stay.
      () => undefined,
    );
  };
  return {
    textChanged(text) {
      if (get().disposed || text === get().text) return;
      const count = countCharacters(text, env.platform, surfaceOf(env.composerKind));
      set({ text, count, ...(text.trim() ? { restoreOffer: null } : {}) });
      timers.start('check', () => get().analyse(), checkDelay);
      if (text.trim() || get().autosave.pending) get().scheduleSave();
    },

    configure(next) {
      set({ preferences: { ...get().preferences, ...next } });
      get().analyse();
      get().settleAwaitedHold();
    },

    analyse() {
      const { text, preferences } = get();
      const at = now();
      const analysis = analyseDraft({
        ...draftSituation(ctx, at),
        text,
        preferences,
        attachments: attachments(),
      });
      set({ findings: analysis.findings, findingsText: text, voice: analysis.voice });
      suggest(at);
      // Suggestions and findings follow an embargo's end or an item's expiry without polling.
      timers.cancel('publishingWindow');
      if (analysis.staleAt === null || get().disposed) return;
      timers.start('publishingWindow', () => get().analyse(), Math.min(MAX_TIMER_MS, analysis.staleAt - at));
    },

    warmUpChecks() {
      if (get().disposed) return;
      warmUpChecks(draftCheckContext(draftSituation(ctx, now())));
    },

    dispose() {
      set({ disposed: true });
      stopClock();
      timers.cancelAll();
      // What waited for its debounce still leaves, at once.
      void get().savePending();
    },
  };
}

export function createPanelStore(
  env: PanelEnvironment,
  preferences: Partial<PanelPreferences> = {},
  continuity?: PanelContinuity,
): PanelStore {
  const timers = createNamedTimers<PanelTimerName>();
  const initialText = env.port.readText();
  // The e2e build can move the clock: decide again at once, and re-aim the publishing-window timer.
  const stopClock = env.now ? () => undefined : onClockJump(() => store.getState().configure({}));
  const store = createStore<Panel>()((set, get) => {
    const ctx: PanelSliceContext = { env, now: env.now ?? clockNow, timers, set, get };
    return {
      ...initialPanelState(env, initialText, preferences, continuity),
      ...analysisActions(ctx, stopClock),
      ...draftActions(ctx),
      ...companyActions(ctx),
      ...holdActions(ctx),
    };
  });
  // First analysis right away so the empty-draft suggestions and any prefilled text's checks show;
  // text already there (a prefilled share, a re-created editor) is a draft worth saving too.
  queueMicrotask(() => {
    store.getState().configure({});
    if (initialText.trim()) store.getState().scheduleSave();
  });
  return store;
}
