export * from './settings-schema';
export { readSettings } from './read-settings';
export { migrateSettingsV1ToV2, SETTINGS_MIGRATIONS } from './migrate-settings';
export { resolveLocale } from './resolve-locale';
export { applySettingsPatch, type SettingsPatch } from './apply-settings-patch';
export { fieldErrors } from './field-errors';
export { settingsChanges, type SettingsChange } from './settings-changes';
