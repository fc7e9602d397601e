import { storage } from 'wxt/utils/storage';
import {
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SettingsSchema,
  applySettingsPatch,
  defaultSettings,
  readSettings,
  type Settings,
  type SettingsPatch,
} from '../settings';
import { STORAGE_KEYS } from '../storage-keys';

/*
 * Everything the person sets lives here, in the extension's local storage: it never leaves the
 * device (not even to browser sync, since it says when they work and what they care about).
 * Every read goes through readSettings, so a bad stored value never crashes a surface.
 */

/**
 * The person's settings. Stored loosely typed (`unknown`): validation happens on read.
 * Migrations run on extension update (WXT) and before the first read in each context.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${STORAGE_KEYS.settings}`, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** A policy file the person imported themselves: the raw, already validated JSON object. */
export interface ImportedPolicy {
  /** The document as imported (validated with parsePolicyDocument before it is stored). */
  document: Record<string, unknown>;
  /** ISO 8601 time of the import, shown in settings. */
  importedAt: string;
  /** The file's name, when it came from a file input. */
  fileName?: string;
}

export const importedPolicyItem = storage.defineItem<ImportedPolicy | null>(`local:${STORAGE_KEYS.importedPolicy}`, {
  fallback: null,
});

/** Current settings; defaults on a fresh install, field-by-field defaults for invalid data. */
export async function getSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/**
 * Merges `patch` into the stored settings and saves them. Throws the ZodError when the result
 * is invalid (forms validate first with SettingsSchema and show the issues next to fields).
 * Returns the saved settings.
 */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = SettingsSchema.parse(applySettingsPatch(await getSettings(), patch));
  await settingsItem.setValue(next);
  return next;
}

/** Replaces the settings as a whole (a data import), validated with the same schema as every write. */
export async function replaceSettings(settings: Settings): Promise<Settings> {
  const next = SettingsSchema.parse(settings);
  await settingsItem.setValue(next);
  return next;
}

/** Restores the fresh-install settings (used by "reset" and tests). */
export async function resetSettings(): Promise<Settings> {
  const next = defaultSettings();
  await settingsItem.setValue(next);
  return next;
}

/**
 * "Delete all": erases everything Porte-Voix keeps in extension storage (settings, the imported
 * policy, session hand-overs), not only the keys known today, so a new item cannot be forgotten here.
 * What the company manages (storage.managed) is the browser's, read-only, and stays. The database
 * is erased by deleteAllData (utils/db/data.ts).
 */
export async function deleteAllStorage(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('session')]);
}

/**
 * Calls `callback` with the new settings whenever they change in any context (other tabs,
 * the popup, the options page): storage events, so open tabs apply changes without reload.
 * Returns the function that stops watching.
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(readSettings(value)));
}
