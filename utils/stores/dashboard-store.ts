import { create } from 'zustand';
import { db as sharedDb, type PorteVoixDb } from '../db';
import { deleteAllData, importAll, parseImport, previewImport, type ExportData, type ImportMode, type ImportSummary } from '../db/data';
import { deleteDraft, restoreDraft } from '../db/drafts';
import { MissingRowError, toStorageError } from '../db/errors';
import { restoreMetrics, updateMetrics, type PreviousMetrics } from '../db/reach-log';
import type { Draft, DraftStatus, Metrics } from '../db/records';
import type { Settings } from '../settings';

/**
 * View state of the dashboard (drafts, reach log, data). Rows themselves are read live from Dexie by the components;
 * this store holds what the person is doing with them (search, undo, the import being reviewed) and the actions
 * that write, so components stay thin.
 */

const noSettings = async (): Promise<unknown> => undefined;

/** Locale key of the error to show, for any failure of a dashboard action. */
function errorKeyOf(error: unknown): string {
  if (error instanceof MissingRowError) return 'dash_error_row_gone';
  return toStorageError(error).messageKey;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'error'; messageKey: string; detail?: string }
  | { step: 'preview'; fileName: string; data: ExportData; mode: ImportMode; summary: ImportSummary; currentSettings: unknown }
  | { step: 'importing'; fileName: string; data: ExportData; mode: ImportMode; summary: ImportSummary; currentSettings: unknown }
  | { step: 'done'; summary: ImportSummary; settingsApplied: boolean };

interface DraftsSlice {
  draftQuery: string;
  /** 'all' shows every status. */
  draftStatus: DraftStatus | 'all';
  /** The draft just deleted, until undone or dismissed. */
  deletedDraft: Draft | null;
  draftsErrorKey: string | null;
  setDraftQuery: (query: string) => void;
  setDraftStatus: (status: DraftStatus | 'all') => void;
  deleteDraft: (id: string, database?: PorteVoixDb) => Promise<void>;
  undoDeleteDraft: (database?: PorteVoixDb) => Promise<void>;
  dismissDeletedDraft: () => void;
}

interface ReachSlice {
  /** How many log rows are listed; "Show more" raises it. */
  logLimit: number;
  /** Previous numbers per log row just saved, for Undo. */
  metricsUndo: Record<number, PreviousMetrics>;
  /** Per log row: what the last save or undo did, for the status line. */
  metricsStatus: Record<number, 'saved' | 'undone' | { errorKey: string }>;
  showMoreLog: () => void;
  saveMetrics: (id: number, metrics: Metrics, database?: PorteVoixDb) => Promise<boolean>;
  undoMetrics: (id: number, database?: PorteVoixDb) => Promise<void>;
}

interface DataSlice {
  importState: ImportState;
  deleteAllState: 'idle' | 'confirming' | 'deleting' | 'done' | { errorKey: string };
  dataErrorKey: string | null;
  /**
   * Reads a chosen file: JSON, then the export schema (settings included), then a preview of what merge
   * would do, its settings compared with `readCurrentSettings()`.
   */
  loadImportFile: (fileName: string, text: string, database?: PorteVoixDb, readCurrentSettings?: () => Promise<unknown>) => Promise<void>;
  setImportMode: (mode: ImportMode, database?: PorteVoixDb) => Promise<void>;
  /** Applies rows and settings together or not at all; the current settings are read again to be put back on failure. */
  confirmImport: (
    applySettings: (settings: Settings) => Promise<unknown>,
    database?: PorteVoixDb,
    readCurrentSettings?: () => Promise<unknown>,
  ) => Promise<void>;
  cancelImport: () => void;
  askDeleteAll: () => void;
  cancelDeleteAll: () => void;
  confirmDeleteAll: (deleteSettings: () => Promise<void>, database?: PorteVoixDb) => Promise<void>;
  setDataError: (error: unknown) => void;
  clearDataError: () => void;
}

export type DashboardState = DraftsSlice & ReachSlice & DataSlice;

export const LOG_PAGE_SIZE = 20;

export const initialState = {
  draftQuery: '',
  draftStatus: 'open',
  deletedDraft: null,
  draftsErrorKey: null,
  logLimit: LOG_PAGE_SIZE,
  metricsUndo: {},
  metricsStatus: {},
  importState: { step: 'idle' },
  deleteAllState: 'idle',
  dataErrorKey: null,
} satisfies Partial<DashboardState>;

export const useDashboardStore = create<DashboardState>()((set, get) => ({
  ...initialState,

  setDraftQuery: (draftQuery) => set({ draftQuery }),
  setDraftStatus: (draftStatus) => set({ draftStatus }),
  deleteDraft: async (id, database = sharedDb) => {
    try {
      const deletedDraft = await deleteDraft(id, database);
      set({ deletedDraft: deletedDraft ?? null, draftsErrorKey: null });
    } catch (error) {
      set({ draftsErrorKey: errorKeyOf(error) });
    }
  },
  undoDeleteDraft: async (database = sharedDb) => {
    const draft = get().deletedDraft;
    if (!draft) return;
    try {
      await restoreDraft(draft, database);
      set({ deletedDraft: null, draftsErrorKey: null });
    } catch (error) {
      set({ draftsErrorKey: errorKeyOf(error) });
    }
  },
  dismissDeletedDraft: () => set({ deletedDraft: null }),

  showMoreLog: () => set((state) => ({ logLimit: state.logLimit + LOG_PAGE_SIZE })),
  saveMetrics: async (id, metrics, database = sharedDb) => {
    try {
      const previous = await updateMetrics(id, metrics, database);
      set((state) => ({
        metricsUndo: { ...state.metricsUndo, [id]: previous },
        metricsStatus: { ...state.metricsStatus, [id]: 'saved' },
      }));
      return true;
    } catch (error) {
      set((state) => ({ metricsStatus: { ...state.metricsStatus, [id]: { errorKey: errorKeyOf(error) } } }));
      return false;
    }
  },
  undoMetrics: async (id, database = sharedDb) => {
    const previous = get().metricsUndo[id];
    if (!previous) return;
    try {
      await restoreMetrics(id, previous, database);
      set((state) => {
        const { [id]: _undone, ...metricsUndo } = state.metricsUndo;
        return { metricsUndo, metricsStatus: { ...state.metricsStatus, [id]: 'undone' } };
      });
    } catch (error) {
      set((state) => ({ metricsStatus: { ...state.metricsStatus, [id]: { errorKey: errorKeyOf(error) } } }));
    }
  },

  loadImportFile: async (fileName, text, database = sharedDb, readCurrentSettings = noSettings) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      set({ importState: { step: 'error', messageKey: 'dash_import_not_json' } });
      return;
    }
    const parsed = parseImport(json);
    if (!parsed.ok) {
      set({ importState: { step: 'error', messageKey: 'dash_import_invalid', detail: parsed.error } });
      return;
    }
    try {
      const currentSettings = await readCurrentSettings();
      const summary = await previewImport(parsed.data, 'merge', database, currentSettings);
      set({ importState: { step: 'preview', fileName, data: parsed.data, mode: 'merge', summary, currentSettings } });
    } catch (error) {
      set({ importState: { step: 'error', messageKey: errorKeyOf(error) } });
    }
  },
  setImportMode: async (mode, database = sharedDb) => {
    const state = get().importState;
    if (state.step !== 'preview') return;
    try {
      const summary = await previewImport(state.data, mode, database, state.currentSettings);
      set({ importState: { ...state, mode, summary } });
    } catch (error) {
      set({ importState: { step: 'error', messageKey: errorKeyOf(error) } });
    }
  },
  confirmImport: async (applySettings, database = sharedDb, readCurrentSettings = noSettings) => {
    const state = get().importState;
    if (state.step !== 'preview') return;
    set({ importState: { ...state, step: 'importing' } });
    try {
      const currentSettings = await readCurrentSettings();
      const summary = await importAll(state.data, { mode: state.mode, applySettings, currentSettings }, database);
      set({ importState: { step: 'done', summary, settingsApplied: state.data.settings !== undefined } });
    } catch (error) {
      set({ importState: { step: 'error', messageKey: errorKeyOf(error) } });
    }
  },
  cancelImport: () => set({ importState: { step: 'idle' } }),

  askDeleteAll: () => set({ deleteAllState: 'confirming' }),
  cancelDeleteAll: () => set({ deleteAllState: 'idle' }),
  confirmDeleteAll: async (deleteSettings, database = sharedDb) => {
    set({ deleteAllState: 'deleting' });
    try {
      await deleteAllData(database);
      await deleteSettings();
      set({ deleteAllState: 'done', deletedDraft: null, metricsUndo: {}, metricsStatus: {} });
    } catch (error) {
      set({ deleteAllState: { errorKey: errorKeyOf(error) } });
    }
  },
  setDataError: (error) => set({ dataErrorKey: errorKeyOf(error) }),
  clearDataError: () => set({ dataErrorKey: null }),
}));

/** For tests and "start over": back to the initial view state. */
export function resetDashboardStore(): void {
  useDashboardStore.setState(initialState);
}
