import { useId, useRef, type ChangeEvent } from 'react';
import type { PorteVoixDb } from '../../utils/db';
import type { ImportMode } from '../../utils/db/data';
import type { Settings } from '../../utils/settings';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useFocusWhen } from '../ui/useFocusWhen';
import { useI18n } from '../ui/i18n';
import { ErrorNotice } from './ErrorNotice';
import { ImportSummaryText } from './ImportSummaryText';

const MODES: readonly ImportMode[] = ['merge', 'replace'];

export interface ImportDataProps {
  db: PorteVoixDb;
  applySettings: (settings: Settings) => Promise<unknown>;
  getSettings: () => Promise<unknown>;
}

/** Reads back a Porte-Voix export: the file, a review of what it changes (merge or replace), then confirm. */
export function ImportData({ db, applySettings, getSettings }: ImportDataProps) {
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
  const previewRef = useFocusWhen<HTMLDivElement>(state.step === 'preview');

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
