import { useId } from 'react';
import { db as sharedDb, type PorteVoixDb } from '../../utils/db';
import type { Settings } from '../../utils/settings';
import { deleteAllStorage, getSettings as readStoredSettings, replaceSettings } from '../../utils/browser/storage';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { DeleteAllData } from './DeleteAllData';
import { ErrorNotice } from './ErrorNotice';
import { ExportData } from './ExportData';
import { ImportData } from './ImportData';
import { StoredData } from './StoredData';
import './dashboard.css';

export interface DataSectionProps {
  /** Database to use; the shared one by default (tests pass a fresh one). */
  db?: PorteVoixDb;
  /** Reads the settings to include in the JSON export and to compare an import with; default: the settings storage. */
  getSettings?: () => Promise<unknown>;
  /** Writes the (validated) settings of an imported file; default: the settings storage. */
  applySettings?: (settings: Settings) => Promise<unknown>;
  /**
   * Erases what lives outside the database when the person deletes all data (settings, the imported
   * policy); default deleteAllStorage. The company-managed policy is never touched.
   */
  deleteSettings?: () => Promise<void>;
}

/** Export, import, erase, and what Porte-Voix keeps on this device. */
export function DataSection({
  db = sharedDb,
  getSettings = readStoredSettings,
  applySettings = replaceSettings,
  deleteSettings = deleteAllStorage,
}: DataSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const errorKey = useDashboardStore((state) => state.dataErrorKey);

  return (
    <section className="pv-dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dash_data_title')}</h2>
      <StoredData db={db} />
      <ErrorNotice messageKey={errorKey} />
      <ExportData db={db} getSettings={getSettings} />
      <ImportData db={db} applySettings={applySettings} getSettings={getSettings} />
      <DeleteAllData db={db} deleteSettings={deleteSettings} />
    </section>
  );
}
