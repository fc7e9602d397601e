import { createDb, type PorteVoixDb } from '../../utils/db';
import type { NewReachEntry, SaveDraftInput } from '../../utils/db/records';

/** A database of its own for each test: fake-indexeddb is global to the worker. */
export function freshDb(): PorteVoixDb {
  return createDb(`porte-voix-test-${crypto.randomUUID()}`);
}

export async function dropDb(database: PorteVoixDb): Promise<void> {
  database.close();
  await database.delete();
}

export function draftInput(overrides: Partial<SaveDraftInput> = {}): SaveDraftInput {
  return {
    id: crypto.randomUUID(),
    platform: 'linkedin',
    composerKind: 'post',
    url: 'https://www.linkedin.com/feed/',
    text: 'Proud of our new plant in Lyon',
    updatedAt: 1_000,
    ...overrides,
  };
}

export function entryInput(overrides: Partial<NewReachEntry> = {}): NewReachEntry {
  return {
    platform: 'linkedin',
    publishedAt: Date.UTC(2026, 10, 2, 9),
    text: 'Our #Energy transition report is out #climate',
    kind: 'company_with_take',
    ...overrides,
  };
}
