import { createDb, type PorteVoixDb } from '../../../utils/db';
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
