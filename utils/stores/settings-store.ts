import { create } from 'zustand';
import type { Category } from '../checks/types';
import type { MergedPolicy } from '../policy';
import { clearImportedPolicy, importPolicyFile, loadPolicy, watchPolicy, type ManagedPolicyReader } from '../browser/policy-source';
import { defaultSettings, droppedHttpFeed, onboardingPatch, originPattern, policyFeedOrigin, quietHoursErrors } from '../settings';
import { settingsFormSave, withCheck, type CheckSetting, type FieldErrors, type Settings } from '../settings';
import { effectiveSettings } from '../settings/effective-settings';
import { getSettings, importedPolicyItem, settingsItem, updateSettings, watchSettings, type ImportedPolicy } from '../browser/storage';

/**
 * View state of the settings page and of onboarding, which edit the same settings: the unsaved
 * draft, its errors, what the last action said, and the company policy shown beside it. Saved
 * settings live in storage; validation and what a save writes are pure helpers in utils/settings.
 */

/** How the page reaches the browser; tests inject their own. */
export interface SettingsIo {
  /** Reads the managed policy; default browser.storage.managed. */
  readManaged?: ManagedPolicyReader;
  /** Asks for host access; resolves false when refused. Must be called before any await (user gesture). */
  requestPermission: (origins: string[]) => Promise<boolean>;
  /** Whether host access is granted. */
  hasPermission: (origins: string[]) => Promise<boolean>;
}

// Codes the page words, not locale keys: utils/ is scanned for the keys the panel ships, and these belong to pages.
export type SettingsOutcome = 'saved' | 'invalid' | 'saveFailed' | 'feedDenied' | 'feedAllowed';
/** What the last action did; `host` is the feed's, for feedDenied. */
export type SettingsStatus = { outcome: SettingsOutcome; host?: string } | undefined;

/** The outcome of a policy file import; `detail` lists the file's problems with their paths. */
export type PolicyStatus = { outcome: 'imported' | 'invalid'; detail?: string } | undefined;

export interface SettingsState {
  /** The form's values, unsaved edits included; undefined until loaded (settings page). */
  draft: Settings | undefined;
  /** True once the person changed something: a late load never overwrites it. */
  edited: boolean;
  policy: MergedPolicy | undefined;
  imported: ImportedPolicy | null;
  errors: FieldErrors;
  status: SettingsStatus;
  /** Counts refused saves, so the page can move the focus to the first bad field each time. */
  invalidAttempts: number;
  policyStatus: PolicyStatus;
  /** Counts saves (and permissions granted), so the feed status reloads: a new address is fetched on first read. */
  savedCount: number;
  policyFeedAccess: 'unknown' | 'missing' | 'granted';
  /** An http feed address dropped on read (feeds are https-only since issue 10), until the next save. */
  droppedFeed: string | undefined;
  /** Onboarding is saving. */
  saving: boolean;
  /** The open surface; results of a closed one are ignored. 0 when none is open (closing drops its view state). */
  session: number;
  io: SettingsIo;
}

export interface SettingsActions {
  /** Loads the settings page and follows the policy and the pause switch; returns the function that stops. */
  openSettings(io: SettingsIo): () => void;
  /** Starts onboarding from the defaults, then from the saved choices unless the person already changed some. */
  openOnboarding(): () => void;
  edit(patch: Partial<Settings>): void;
  editCheck(category: Category, change: Partial<CheckSetting>): void;
  /** Save button: validates, asks for the feed's host access (synchronously, from the click), writes. */
  save(): Promise<void>;
  /** The pause switch applies at once, without the rest of the form. */
  setPaused(paused: boolean): Promise<void>;
  importPolicy(text: string, fileName: string): Promise<void>;
  removePolicy(): Promise<void>;
  /** Whether the background may read the company-set feed at `origin`. */
  checkPolicyFeedAccess(origin: string): Promise<void>;
  /** Asks for the company-set feed's host access (from a click). */
  allowPolicyFeed(): Promise<void>;
  /** Onboarding's hours step: true when the hours are valid, else shows why. */
  checkQuietHours(): boolean;
  /** Ends onboarding (finished or skipped); true once saved. */
  finishOnboarding(finishing: boolean): Promise<boolean>;
  reset(): void;
}

const noAccess: SettingsIo = { requestPermission: async () => false, hasPermission: async () => false };

export const initialState: SettingsState = {
  draft: undefined, edited: false, policy: undefined, imported: null, errors: {}, status: undefined, invalidAttempts: 0,
  policyStatus: undefined, savedCount: 0, policyFeedAccess: 'unknown', droppedFeed: undefined, saving: false, session: 0,
  io: noAccess,
};

// Monotonic across resets, so a result from a closed surface never matches a new one.
let lastSession = 0;

export const useSettingsStore = create<SettingsState & SettingsActions>()((set, get) => {
  /** Applies `patch` only while the surface that asked is still the open one. */
  const setIn = (session: number, patch: Partial<SettingsState>) => {
    if (get().session === session) set(patch);
  };
  const managedOptions = () => {
    const { readManaged } = get().io;
    return readManaged ? { readManaged } : {};
  };
  const reloadPolicy = async (session: number) => {
    const [policy, imported] = await Promise.all([loadPolicy(managedOptions()), importedPolicyItem.getValue()]);
    setIn(session, { policy, imported });
  };

  return {
    ...initialState,

    openSettings(io) {
      const session = ++lastSession;
      set({ ...initialState, io, session });
      void Promise.all([getSettings(), loadPolicy(managedOptions()), importedPolicyItem.getValue(), settingsItem.getValue().catch(() => null)]).then(
        ([settings, policy, imported, raw]) => setIn(session, { draft: settings, policy, imported, droppedFeed: droppedHttpFeed(raw, settings) }),
      );
      // The form keeps its unsaved edits; only the company policy and the pause switch are followed live.
      const unwatchPolicy = watchPolicy((policy) => {
        setIn(session, { policy });
        void importedPolicyItem.getValue().then((imported) => setIn(session, { imported }));
      }, managedOptions());
      const unwatchPause = watchSettings(({ paused }) => {
        const { draft } = get();
        if (draft && draft.paused !== paused) setIn(session, { draft: { ...draft, paused } });
      });
      return () => {
        unwatchPolicy();
        unwatchPause();
        if (get().session === session) set(initialState);
      };
    },

    openOnboarding() {
      const session = ++lastSession;
      set({ ...initialState, draft: defaultSettings(), session });
      void getSettings().then((settings) => {
        if (!get().edited) setIn(session, { draft: settings });
      });
      return () => {
        if (get().session === session) set(initialState);
      };
    },

    edit(patch) {
      const draft = get().draft ?? defaultSettings();
      set({ draft: { ...draft, ...patch }, edited: true, status: undefined });
    },

    editCheck(category, change) {
      const { draft } = get();
      if (draft) set({ draft: withCheck(draft, category, change), edited: true, status: undefined });
    },

    async save() {
      const { draft, policy, io, session } = get();
      if (!draft || !policy) return;
      const form = settingsFormSave(draft, effectiveSettings(draft, policy).locked.feedUrl);
      if (!form.ok) {
        set({ errors: form.errors, status: { outcome: 'invalid' }, invalidAttempts: get().invalidAttempts + 1 });
        return;
      }
      set({ errors: {} });
      // Asked first, before any await, so the browser still sees the click (permission requests need a user gesture).
      const origin = form.feedOrigin;
      const permission = origin ? io.requestPermission([originPattern(origin)]).catch(() => false) : Promise.resolve(true);
      try {
        const granted = await permission;
        const saved = await updateSettings(form.patch);
        setIn(session, {
          draft: saved,
          droppedFeed: undefined,
          savedCount: get().savedCount + 1,
          status: granted || !origin ? { outcome: 'saved' } : { outcome: 'feedDenied', host: new URL(origin).host },
        });
      } catch {
        setIn(session, { status: { outcome: 'saveFailed' } });
      }
    },

    async setPaused(paused) {
      const { draft, session } = get();
      if (draft) set({ draft: { ...draft, paused } });
      try {
        await updateSettings({ paused });
      } catch {
        setIn(session, { status: { outcome: 'saveFailed' } });
      }
    },

    async importPolicy(text, fileName) {
      const { session } = get();
      const result = await importPolicyFile(text, fileName);
      if (!result.ok) return setIn(session, { policyStatus: { outcome: 'invalid', detail: result.error } });
      setIn(session, { policyStatus: { outcome: 'imported' } });
      await reloadPolicy(session);
    },

    async removePolicy() {
      const { session } = get();
      await clearImportedPolicy();
      setIn(session, { imported: null, policyStatus: undefined });
      await reloadPolicy(session);
    },

    async checkPolicyFeedAccess(origin) {
      const { io, session } = get();
      const granted = await io.hasPermission([originPattern(origin)]);
      // Only while that feed is still the company's: the policy may have changed meanwhile.
      const { draft, policy } = get();
      if (draft && policy && policyFeedOrigin(draft, policy) === origin) setIn(session, { policyFeedAccess: granted ? 'granted' : 'missing' });
    },

    async allowPolicyFeed() {
      const { draft, policy, io, session } = get();
      const origin = draft && policy ? policyFeedOrigin(draft, policy) : undefined;
      if (!origin) return;
      // Asked before any await: the browser needs the click's user gesture.
      const granted = await io.requestPermission([originPattern(origin)]).catch(() => false);
      if (!granted) return;
      setIn(session, { policyFeedAccess: 'granted', status: { outcome: 'feedAllowed' }, savedCount: get().savedCount + 1 });
    },

    checkQuietHours() {
      const errors = quietHoursErrors((get().draft ?? defaultSettings()).quietHours);
      set({ errors });
      return Object.keys(errors).length === 0;
    },

    async finishOnboarding(finishing) {
      const { draft = defaultSettings(), session } = get();
      const patch = onboardingPatch(draft, finishing);
      if (!patch) return false;
      set({ saving: true, status: undefined });
      try {
        await updateSettings(patch);
        setIn(session, { saving: false });
        return true;
      } catch {
        setIn(session, { saving: false, status: { outcome: 'saveFailed' } });
        return false;
      }
    },

    reset: () => set(initialState),
  };
});

/** Every test starts from the initial state (Zustand stores are module singletons). */
export function resetSettingsStore(): void {
  useSettingsStore.getState().reset();
}
