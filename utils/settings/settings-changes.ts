import type { Category } from '../checks/types';
import { readSettings } from './read-settings';
import { CHECK_CATEGORIES, type Settings } from './settings-schema';

/**
 * One way imported settings differ from the current ones, for the import preview. The changes that
 * weaken or silence Porte-Voix (pause, checks turned off, another feed) are spelled out; the others
 * are named by field.
 */
export type SettingsChange =
  | { kind: 'paused'; to: boolean }
  | { kind: 'feedUrl'; to: string | undefined }
  | { kind: 'checksOff'; categories: Category[] }
  | { kind: 'checksOn'; categories: Category[] }
  | { kind: 'field'; field: 'language' | 'goals' | 'interests' | 'quietHours' | 'checks' | 'panel' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What applying `incoming` over `current` (as stored, read leniently) changes. Pure. */
export function settingsChanges(current: unknown, incoming: Settings): SettingsChange[] {
  const before = readSettings(current);
  const changes: SettingsChange[] = [];
  if (before.paused !== incoming.paused) changes.push({ kind: 'paused', to: incoming.paused });
  if (before.feedUrl !== incoming.feedUrl) changes.push({ kind: 'feedUrl', to: incoming.feedUrl });
  const off = CHECK_CATEGORIES.filter((category) => before.checks[category].enabled && !incoming.checks[category].enabled);
  const on = CHECK_CATEGORIES.filter((category) => !before.checks[category].enabled && incoming.checks[category].enabled);
  if (off.length > 0) changes.push({ kind: 'checksOff', categories: off });
  if (on.length > 0) changes.push({ kind: 'checksOn', categories: on });
  const severities = (settings: Settings) => CHECK_CATEGORIES.map((category) => settings.checks[category].severity ?? null);
  if (!same(severities(before), severities(incoming))) changes.push({ kind: 'field', field: 'checks' });
  for (const field of ['language', 'goals', 'interests', 'quietHours', 'panel'] as const) {
    if (!same(before[field], incoming[field])) changes.push({ kind: 'field', field });
  }
  return changes;
}
