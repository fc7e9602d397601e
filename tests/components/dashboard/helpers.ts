import { createDb, type PorteVoixDb } from '../../../utils/db';
import { saveDraft } from '../../../utils/db/drafts';
import { recordPublish, updateMetrics } from '../../../utils/db/reach-log';
import { resetDashboardStore } from '../../../utils/stores/dashboard-store';

export function freshDb(): PorteVoixDb {
  return createDb(`dashboard-test-${crypto.randomUUID()}`);
}

export async function dropDb(database: PorteVoixDb): Promise<void> {
  database.close();
  await database.delete();
}

/** Every test starts from the initial view state (Zustand stores are module singletons). */
export function resetStoreBeforeEach(): void {
  beforeEach(() => resetDashboardStore());
}

/**
 * Before each test of the data section: a fresh database holding one draft and one published post
 * with numbers, and downloads caught as Blobs (jsdom has no object URLs).
 */
export function seedDataBeforeEach(): { db: PorteVoixDb; downloads: Blob[] } {
  const seeded = { db: undefined as unknown as PorteVoixDb, downloads: [] as Blob[] };
  beforeEach(async () => {
    seeded.db = freshDb();
    seeded.downloads = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        seeded.downloads.push(blob);
        return `blob:test/${seeded.downloads.length}`;
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await saveDraft({ id: 'd1', platform: 'linkedin', composerKind: 'post', url: '', text: 'Brouillon « accentué »', updatedAt: 10 }, seeded.db);
    const id = await recordPublish({ platform: 'x', publishedAt: 1_700_000_000_000, text: '=cmd| a formula, "quoted"', kind: 'own', draftId: 'd1' }, seeded.db);
    await updateMetrics(id, { impressions: 12, reactions: 3, comments: 1, reposts: 0, colleagueShare: 0.5 }, seeded.db);
  });
  afterEach(async () => {
    await dropDb(seeded.db);
  });
  return seeded;
}

/** A downloaded export, as the file the person picks to import it back. */
export async function fileOf(blob: Blob, name: string): Promise<File> {
  return new File([await blob.text()], name, { type: 'application/json' });
}
