import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as sharedDb, type PorteVoixDb } from '../../utils/db';
import { reachLogToCsv } from '../../utils/db/csv';
import { exportAll, storageCounts, TABLE_NAMES, type ImportMode, type ImportSummary } from '../../utils/db/data';
import { listReachLog } from '../../utils/db/reach-log';
import type { Settings, SettingsChange } from '../../utils/settings';
import { deleteAllStorage, getSettings as readStoredSettings, replaceSettings } from '../../utils/storage';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { downloadText, localDateStamp } from './download';
import { ErrorNotice } from './ErrorNotice';
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

const MODES: readonly ImportMode[] = ['merge', 'replace'];

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
    <section className="pv-dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dash_data_title')}</h2>
      <StoredData db={db} />
      <ErrorNotice messageKey={errorKey} />

      <section className="pv-dash-subsection" aria-labelledby={`${headingId}-export`}>
        <h3 id={`${headingId}-export`}>{t('dash_export_title')}</h3>
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

      <ImportData db={db} applySettings={applySettings} getSettings={getSettings} />
      <DeleteAll db={db} deleteSettings={deleteSettings} />
    </section>
  );
}

function StoredData({ db }: { db: PorteVoixDb }) {
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

function ImportSummaryText({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  return (
    <ul>
      <li>{t('dash_import_summary_drafts', [summary.drafts.added, summary.drafts.updated, summary.drafts.unchanged])}</li>
      <li>{t('dash_import_summary_log', [summary.reachLog.added, summary.reachLog.updated, summary.reachLog.unchanged])}</li>
      {summary.mode === 'replace' ? <li>{t('dash_import_summary_removed', [summary.removed.drafts, summary.removed.reachLog])}</li> : null}
      <li>
        {t(summary.hasSettings ? 'dash_import_summary_settings' : 'dash_import_summary_no_settings')}
        {summary.settingsChanges.length > 0 ? (
          <ul aria-label={t('dash_import_settings_changes')}>
            {summary.settingsChanges.map((change) => (
              <li key={changeKey(change)}>{changeText(t, change)}</li>
            ))}
          </ul>
        ) : null}
      </li>
    </ul>
  );
}

const changeKey = (change: SettingsChange) => (change.kind === 'field' ? `field-${change.field}` : change.kind);

const FIELD_LABELS: Record<Extract<SettingsChange, { kind: 'field' }>['field'], string> = {
  language: 'set_language',
  goals: 'set_goals_heading',
  interests: 'set_interests_heading',
  quietHours: 'set_quiet_heading',
  checks: 'set_checks_heading',
  panel: 'set_panel_heading',
};

/** One line of the import preview: what a setting of the file changes here. */
function changeText(t: ReturnType<typeof useI18n>['t'], change: SettingsChange): string {
  const categories = (list: readonly string[]) => list.map((category) => t(`set_cat_${category}`)).join(', ');
  switch (change.kind) {
    case 'paused':
      return t(change.to ? 'dash_import_setting_paused' : 'dash_import_setting_resumed');
    case 'feedUrl':
      return change.to ? t('dash_import_setting_feed', [change.to]) : t('dash_import_setting_feed_none');
    case 'checksOff':
      return t('dash_import_setting_checks_off', [categories(change.categories)]);
    case 'checksOn':
      return t('dash_import_setting_checks_on', [categories(change.categories)]);
    case 'field':
      return t('dash_import_setting_field', [t(FIELD_LABELS[change.field])]);
  }
}

function ImportData({
  db,
  applySettings,
  getSettings,
}: {
  db: PorteVoixDb;
  applySettings: (settings: Settings) => Promise<unknown>;
  getSettings: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const fileId = useId();
  const modeName = useId();
  const state = useDashboardStore((store) => store.importState);
  const loadFile = useDashboardStore((store) => store.loadImportFile);
  const setMode = useDashboardStore((store) => store.setImportMode);
  const confirm = useDashboardStore((store) => store.confirmImport);
  const cancel = useDashboardStore((store) => store.cancelImport);
  const fileRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Move the focus to the review step so keyboard and screen reader users land on what to confirm.
    if (state.step === 'preview') previewRef.current?.focus();
  }, [state.step]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await loadFile(file.name, await file.text(), db, getSettings);
  };
  const reset = () => {
    cancel();
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_import_title')}</h3>
      <p className="pv-dash-muted">{t('dash_import_intro')}</p>
      <div className="pv-dash-field">
        <label htmlFor={fileId}>{t('dash_import_file_label')}</label>
        <input ref={fileRef} id={fileId} type="file" accept="application/json,.json" onChange={(event) => void onFile(event)} />
      </div>

      {state.step === 'error' ? <ErrorNotice messageKey={state.messageKey} detail={state.detail} /> : null}

      {state.step === 'preview' || state.step === 'importing' ? (
        <div ref={previewRef} tabIndex={-1} className="pv-dash-review" role="group" aria-labelledby={`${headingId}-review`}>
          <h4 id={`${headingId}-review`}>{t('dash_import_review_title', [state.fileName])}</h4>
          <p>{t('dash_import_review_file', [formatDate(state.data.exportedAt, { dateStyle: 'medium', timeStyle: 'short' }), state.data.drafts.length, state.data.reachLog.length])}</p>
          <fieldset>
            <legend>{t('dash_import_mode_legend')}</legend>
            {MODES.map((mode) => (
              <div key={mode} className="pv-dash-choice">
                <input
                  type="radio"
                  id={`${modeName}-${mode}`}
                  name={modeName}
                  value={mode}
                  checked={state.mode === mode}
                  disabled={state.step === 'importing'}
                  onChange={() => void setMode(mode, db)}
                  aria-describedby={`${modeName}-${mode}-hint`}
                />
                <label htmlFor={`${modeName}-${mode}`}>{t(`dash_import_mode_${mode}`)}</label>
                <p id={`${modeName}-${mode}-hint`} className="pv-dash-hint">
                  {t(`dash_import_mode_${mode}_hint`)}
                </p>
              </div>
            ))}
          </fieldset>
          <ImportSummaryText summary={state.summary} />
          <div className="pv-dash-actions">
            <button
              type="button"
              className={state.mode === 'replace' ? 'pv-dash-danger' : undefined}
              disabled={state.step === 'importing'}
              onClick={() => void confirm(applySettings, db, getSettings)}
            >
              {t(state.mode === 'replace' ? 'dash_import_confirm_replace' : 'dash_import_confirm_merge')}
            </button>
            <button type="button" onClick={reset} disabled={state.step === 'importing'}>
              {t('dash_cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {state.step === 'done' ? (
        <div className="pv-dash-notice" role="status">
          <p>{t('dash_import_done')}</p>
          <ImportSummaryText summary={state.summary} />
          <button type="button" className="pv-dash-quiet" onClick={reset}>
            {t('dash_dismiss')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function DeleteAll({ db, deleteSettings }: { db: PorteVoixDb; deleteSettings: () => Promise<void> }) {
  const { t } = useI18n();
  const headingId = useId();
  const dialogTitleId = useId();
  const dialogTextId = useId();
  const state = useDashboardStore((store) => store.deleteAllState);
  const ask = useDashboardStore((store) => store.askDeleteAll);
  const cancel = useDashboardStore((store) => store.cancelDeleteAll);
  const confirm = useDashboardStore((store) => store.confirmDeleteAll);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirming = state === 'confirming' || state === 'deleting';

  const wasOpen = useRef(false);

  useEffect(() => {
    if (state === 'confirming') {
      // Safe default: the focus goes to Cancel, so Enter does not erase everything.
      wasOpen.current = true;
      cancelRef.current?.focus();
    } else if (state !== 'deleting' && wasOpen.current) {
      // The dialog is gone: back to the button that opened it.
      wasOpen.current = false;
      triggerRef.current?.focus();
    }
  }, [state]);

  const close = () => cancel();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state === 'confirming') {
      event.stopPropagation();
      close();
    }
  };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_delete_title')}</h3>
      <p className="pv-dash-muted">{t('dash_delete_intro_all')}</p>
      {!confirming ? (
        <button ref={triggerRef} type="button" className="pv-dash-danger" onClick={ask}>
          {t('dash_delete_open')}
        </button>
      ) : (
        <div role="alertdialog" aria-modal="false" aria-labelledby={dialogTitleId} aria-describedby={dialogTextId} className="pv-dash-dialog" onKeyDown={onKeyDown}>
          <h4 id={dialogTitleId}>{t('dash_delete_confirm_title')}</h4>
          <p id={dialogTextId}>{t('dash_delete_confirm_text_all')}</p>
          <div className="pv-dash-actions">
            <button type="button" className="pv-dash-danger" disabled={state === 'deleting'} onClick={() => void confirm(deleteSettings, db)}>
              {t('dash_delete_confirm')}
            </button>
            <button ref={cancelRef} type="button" disabled={state === 'deleting'} onClick={close}>
              {t('dash_cancel')}
            </button>
          </div>
        </div>
      )}
      {state === 'done' ? (
        <p role="status" className="pv-dash-notice">
          {t('dash_delete_done')}
        </p>
      ) : null}
      {typeof state === 'object' ? <ErrorNotice messageKey={state.errorKey} /> : null}
    </section>
  );
}
