import { useId, useState } from 'react';
import type { PorteVoixDb } from '../../utils/db';
import { reachLogToCsv } from '../../utils/db/csv';
import { exportAll } from '../../utils/db/data';
import { listReachLog } from '../../utils/db/reach-log';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { downloadText, localDateStamp } from './download';

/** The two downloads: everything as JSON (a backup the import reads back), the reach log as CSV. */
export function ExportData({ db, getSettings }: { db: PorteVoixDb; getSettings: () => Promise<unknown> }) {
  const { t } = useI18n();
  const headingId = useId();
  const setError = useDashboardStore((state) => state.setDataError);
  const clearError = useDashboardStore((state) => state.clearDataError);
  const [exported, setExported] = useState<'json' | 'csv' | null>(null);

  const exportJson = async () => {
    try {
      const data = await exportAll(await getSettings(), db);
      downloadText(`porte-voix-${localDateStamp()}.json`, JSON.stringify(data, null, 2), 'application/json');
      clearError();
      setExported('json');
    } catch (error) {
      setError(error);
    }
  };
  const exportCsv = async () => {
    try {
      // The BOM makes Excel read the UTF-8 accents correctly.
      downloadText(`porte-voix-log-${localDateStamp()}.csv`, `\uFEFF${reachLogToCsv(await listReachLog(db))}`, 'text/csv;charset=utf-8');
      clearError();
      setExported('csv');
    } catch (error) {
      setError(error);
    }
  };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_export_title')}</h3>
      <p className="pv-dash-muted">{t('dash_export_intro')}</p>
      <div className="pv-dash-actions">
        <button type="button" onClick={() => void exportJson()}>
          {t('dash_export_json')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('dash_export_csv')}
        </button>
        {exported ? (
          <span role="status" className="pv-dash-muted">
            {t(exported === 'json' ? 'dash_export_json_done' : 'dash_export_csv_done')}
          </span>
        ) : null}
      </div>
    </section>
  );
}
