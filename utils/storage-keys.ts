/**
 * Keys of the extension's local storage area that more than one context reads. Zod-free, so that the panel bundle
 * can watch them without the schemas (the background validates what they hold, issue 12).
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  importedPolicy: 'importedPolicy',
} as const;
