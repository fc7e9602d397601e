import type { StoreApi } from 'zustand/vanilla';
import type { PanelBackend } from '../../browser/background-client';
import type { Attachment, Finding } from '../../checks/types';
import type { CharacterCount } from '../../text';
import type { FeedItem } from '../../feed/feed-item';
import type { RankedItem } from '../../feed/rank-items';
import type { DraftInput, RestorableDraft } from '../../messaging/protocol';
import type { NamedTimers } from '../../time/named-timers';
import type { Platform } from '../../platform';
import type { EditorPort } from '../../platforms/editor-port';
import type { ComposerKind } from '../../platforms/types';
import type { PanelPreferences } from '../../preferences';
import type { VoiceAnalysis } from '../../voice';

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

/** The company's items as last loaded (the background ranks them for suggestions). */
export interface CompanyFeed {
  items: FeedItem[];
}

/** The autosave's bookkeeping. */
export interface AutosaveState {
  /** The save waiting for its debounce (or for the next change, after a failure), or null. */
  pending: DraftInput | null;
  /** When the oldest unsaved change was made (Date.now()); the debounce never pushes a save past it plus saveMaxWaitMs. */
  unsavedSince: number | null;
  /** The id the last refused save was forked to; a refusal of that one too is not forked again. */
  forkedTo: string | null;
  /** The row a restored draft takes over: sent with the next save, so the background retires it (issue 10). */
  replaces: string | null;
  /** The save last sent, settled or not: a publish record waits for it, so it never reaches the database first. */
  lastSent: Promise<unknown>;
}

export interface PanelState {
  /** The site of this composer (what the preview lays the post out for). */
  platform: Platform;
  draftId: string;
  text: string;
  count: CharacterCount;
  findings: Finding[];
  /** The text `findings` were read from: the editor may have moved on since (the checks wait for a pause in typing). */
  findingsText: string;
  /** Keys of findings the person marked "Not a secret" for this draft. */
  dismissed: string[];
  suggestions: RankedItem[];
  /** How many times suggestions were asked for: an answer shows only if no later question was asked. */
  suggestionsAsked: number;
  linkedItem: FeedItem | null;
  voice: VoiceAnalysis | null;
  restoreOffer: RestorableDraft | null;
  /**
   * Set while a Publish is held for high-severity confidentiality findings, or (`awaitingPolicy`) while
   * it waits for the company policy to be read; the person can still decide meanwhile.
   */
  held: { findings: Finding[]; resume: () => void; awaitingPolicy?: boolean } | null;
  /** What the last hold decision (shouldHold) found, shown by hold(). */
  holdDecision: Finding[];
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
  feed: CompanyFeed;
  autosave: AutosaveState;
  /** The composer is gone: nothing new is scheduled or shown. */
  disposed: boolean;
}

/** Typing, settings and the checks, suggestions and voice derived from them. */
export interface AnalysisActions {
  /** The editor changed: recount now, check and save a little later. */
  textChanged(text: string): void;
  configure(preferences: Partial<PanelPreferences>): void;
  /** Checks, voice and suggestions for the text as it is now; again by itself when an embargo lifts or an item expires. */
  analyse(): void;
  /** Runs the checks once on a sample draft, for the engine to compile them before the person's first keystroke. */
  warmUpChecks(): void;
  dispose(): void;
}

/** Autosave, restore and the record of what was published. */
export interface DraftActions {
  /** Saves the current text after the autosave debounce (`delayMs`, default saveDelayMs), or at once with 0. */
  scheduleSave(delayMs?: number): void;
  /** Sends the save that waits for its debounce, if any, now. */
  savePending(): Promise<void>;
  /**
   * Saves now: reads the editor (a keystroke the observer has not reported yet counts) and sends the
   * save synchronously, so it leaves before a page that is going away (pagehide) is torn down.
   */
  flush(): Promise<void>;
  checkRestore(): Promise<void>;
  restoreDraft(): boolean;
  discardRestore(): Promise<void>;
  /** The guard asked the site to publish (true), or found the post refused (false). */
  publishing(pending: boolean): void;
  /**
   * The site has taken the post. `record` is false for the extra parts of a thread (recorded with the first,
   * whose `partDraftIds` name their drafts so they are settled in the same step).
   */
  published(text: string, record?: boolean, partDraftIds?: string[]): Promise<void>;
}

/** Company content and edits made from the panel (insert, fix, dismiss). */
export interface CompanyActions {
  loadFeed(): Promise<void>;
  insertText(text: string): boolean;
  insertItem(item: FeedItem, options?: { includeCaption?: boolean }): boolean;
  showFinding(finding: Finding): void;
  fixFinding(finding: Finding): boolean;
  dismissFinding(finding: Finding): void;
}

/** The Publish hold. */
export interface HoldActions {
  /**
   * Called by the publish guard before the site publishes. Returns true when the post must be held.
   * Runs only the confidentiality rules, on the text as it is at the click.
   */
  shouldHold(): boolean;
  /** Shows the hold dialog; false when the view cannot (it failed), so the guard asks plainly instead. */
  hold(resume: () => void): boolean;
  releaseHold(publish: boolean): void;
  /** A Publish that waited for the company policy is decided, once the policy has been read. */
  settleAwaitedHold(): void;
  /** The question of the plain confirmation the guard falls back to, in the person's language. */
  confirmText(): string;
  /** The error boundary reports that the panel's view failed. */
  viewFailed(): void;
}

export type PanelActions = AnalysisActions & DraftActions & CompanyActions & HoldActions;
export type Panel = PanelState & PanelActions;
export type PanelStore = StoreApi<Panel>;

/** What carries over when a site re-creates a composer's editor node (X does when the box expands). */
export type PanelContinuity = Pick<PanelState, 'draftId' | 'linkedItem' | 'dismissed'>;

export type PanelTimerName = 'check' | 'save' | 'publishingWindow';

/** What each part of the panel store works with: its composer, the clock, its timers and the store itself. */
export interface PanelSliceContext {
  env: PanelEnvironment;
  now: () => number;
  timers: NamedTimers<PanelTimerName>;
  set: (partial: Partial<PanelState>) => void;
  get: () => Panel;
}
