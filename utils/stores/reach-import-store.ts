import { create } from 'zustand';
import { db as sharedDb, type PorteVoixDb } from '../db';
import { MissingRowError, StaleImportError, toStorageError } from '../db/errors';
import { applyExportImport, previewExportImport, undoExportImport, type ImportUndo } from '../db/reach-import';
import type { ReachEntry } from '../db/records';
import { MAX_EXPORT_FILE_BYTES } from '../reach/exported-post';
import type { ImportPlan } from '../reach/import-plan';

/**
 * The import of a platform export into the reach log, step by step: read and preview, apply, undo.
 * The file is read here, in the extension page; nothing leaves the device.
 */

export interface ImportCounts {
  matched: number;
  added: number;
  unchanged: number;
  rejected: number;
}

export type ReachImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'error'; fileName: string; messageKey: string; detail?: string | undefined }
  | { step: 'preview'; fileName: string; plan: ImportPlan; snapshot: Map<number, ReachEntry> }
  | { step: 'applying'; fileName: string; plan: ImportPlan; snapshot: Map<number, ReachEntry> }
  | { step: 'applied'; fileName: string; counts: ImportCounts; undo: ImportUndo; undoErrorKey?: string }
  | { step: 'undone'; fileName: string };

export interface ReachImportStore {
  state: ReachImportState;
  /** Reads the chosen file and previews what it would change; nothing is written. */
  chooseFile: (file: Pick<File, 'name' | 'size' | 'arrayBuffer'>, database?: PorteVoixDb) => Promise<void>;
  apply: (database?: PorteVoixDb, now?: number) => Promise<void>;
  undo: (database?: PorteVoixDb) => Promise<void>;
  /** Leaves the preview (or the result) without writing anything more. */
  close: () => void;
}

export const countsOf = (plan: ImportPlan): ImportCounts => ({
  matched: plan.matched.length,
  added: plan.added.length,
  unchanged: plan.unchanged.length,
  rejected: plan.rejected.length,
});

function errorKeyOf(error: unknown): string {
  if (error instanceof StaleImportError || error instanceof MissingRowError) return 'reach_import_stale';
  return toStorageError(error).messageKey;
}

export const useReachImportStore = create<ReachImportStore>()((set, get) => ({
  state: { step: 'idle' },

  chooseFile: async (file, database = sharedDb) => {
    const fileName = file.name;
    // Refused before reading a byte: a huge file would freeze the page while it loads.
    if (file.size > MAX_EXPORT_FILE_BYTES) return set({ state: { step: 'error', fileName, messageKey: 'reach_import_file_too_big' } });
    set({ state: { step: 'reading', fileName } });
    try {
      // The readers (Papa Parse, fflate, the XML parser) load on the first file chosen, not with the page.
      const { parseExportFile } = await import('../reach/detect-export');
      const parsed = parseExportFile(new Uint8Array(await file.arrayBuffer()));
      if (!parsed.ok) return set({ state: { step: 'error', fileName, messageKey: parsed.errorKey, detail: parsed.detail } });
      const { plan, snapshot } = await previewExportImport(parsed, database);
      set({ state: { step: 'preview', fileName, plan, snapshot } });
    } catch (error) {
      set({ state: { step: 'error', fileName, messageKey: errorKeyOf(error) } });
    }
  },

  apply: async (database = sharedDb, now = Date.now()) => {
    const current = get().state;
    if (current.step !== 'preview') return;
    set({ state: { ...current, step: 'applying' } });
    try {
      const undo = await applyExportImport(current.plan, current.snapshot, database, now);
      set({ state: { step: 'applied', fileName: current.fileName, counts: countsOf(current.plan), undo } });
    } catch (error) {
      set({ state: { step: 'error', fileName: current.fileName, messageKey: errorKeyOf(error) } });
    }
  },

  undo: async (database = sharedDb) => {
    const current = get().state;
    if (current.step !== 'applied') return;
    try {
      await undoExportImport(current.undo, database);
      set({ state: { step: 'undone', fileName: current.fileName } });
    } catch (error) {
      set({ state: { ...current, undoErrorKey: errorKeyOf(error) } });
    }
  },

  close: () => set({ state: { step: 'idle' } }),
}));

/** For tests: back to the first state. */
export function resetReachImportStore(): void {
  useReachImportStore.setState({ state: { step: 'idle' } });
}
