import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PorteVoixDb } from '../../utils/db';
import { storageCounts, TABLE_NAMES } from '../../utils/db/data';
import { useI18n } from '../ui/i18n';

/** What Porte-Voix keeps on this device, table by table, with live row counts. */
export function StoredData({ db }: { db: PorteVoixDb }) {
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const counts = useLiveQuery(() => storageCounts(db).catch(() => undefined), [db]);
  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_stored_title')}</h3>
      <p>{t('dash_stored_local')}</p>
      <table className="pv-dash-table">
        <caption className="pv-visually-hidden">{t('dash_stored_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash_stored_col_what')}</th>
            <th scope="col">{t('dash_stored_col_why')}</th>
            <th scope="col">{t('dash_stored_col_rows')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`dash_stored_${table}`)}</th>
              <td>{t(`dash_stored_${table}_why`)}</td>
              <td>{counts ? formatNumber(counts[table]) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pv-dash-muted">{t('dash_stored_settings')}</p>
    </section>
  );
}
