import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as sharedDb, type PorteVoixDb } from '../../utils/db';
import { listDrafts } from '../../utils/db/drafts';
import { toStorageError } from '../../utils/db/errors';
import type { Draft, DraftStatus } from '../../utils/db/records';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { ErrorNotice } from './ErrorNotice';
import { UndoNotice } from './UndoNotice';
import { draftOpenUrl } from './platform-links';
import './dashboard.css';

export interface DraftsSectionProps {
  /** Database to read; the shared one by default (tests pass a fresh one). */
  db?: PorteVoixDb;
}

const STATUSES: ReadonlyArray<DraftStatus | 'all'> = ['open', 'published', 'discarded', 'all'];

/** Drafts kept from the composers: search, open on the platform, copy, delete with undo. */
export function DraftsSection({ db = sharedDb }: DraftsSectionProps) {
  const { t, formatDate } = useI18n();
  const searchId = useId();
  const statusId = useId();
  const headingId = useId();
  const query = useDashboardStore((state) => state.draftQuery);
  const status = useDashboardStore((state) => state.draftStatus);
  const deletedDraft = useDashboardStore((state) => state.deletedDraft);
  const errorKey = useDashboardStore((state) => state.draftsErrorKey);
  const setQuery = useDashboardStore((state) => state.setDraftQuery);
  const setStatus = useDashboardStore((state) => state.setDraftStatus);
  const deleteDraft = useDashboardStore((state) => state.deleteDraft);
  const undoDelete = useDashboardStore((state) => state.undoDeleteDraft);
  const dismissDeleted = useDashboardStore((state) => state.dismissDeletedDraft);
  const [readErrorKey, setReadErrorKey] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);

  const drafts = useLiveQuery(
    () =>
      listDrafts({ query, ...(status === 'all' ? {} : { status }) }, db).then(
        (rows) => {
          setReadErrorKey(null);
          return rows;
        },
        (error: unknown) => {
          setReadErrorKey(toStorageError(error).messageKey);
          return [] as Draft[];
        },
      ),
    [db, query, status],
  );

  const copy = async (draft: Draft) => {
    try {
      await navigator.clipboard.writeText(draft.text);
      setCopiedId(draft.id);
      setCopyFailed(false);
    } catch {
      // Clipboard permission refused or the page lost focus: say so rather than pretend.
      setCopiedId(null);
      setCopyFailed(true);
    }
  };

  return (
    <section className="pv-dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dash_drafts_title')}</h2>
      <p className="pv-dash-muted">{t('dash_drafts_intro')}</p>
      <div className="pv-dash-toolbar" role="search">
        <div className="pv-dash-field">
          <label htmlFor={searchId}>{t('dash_drafts_search_label')}</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        </div>
        <div className="pv-dash-field">
          <label htmlFor={statusId}>{t('dash_drafts_status_label')}</label>
          <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value as DraftStatus | 'all')}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`dash_drafts_status_${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ErrorNotice messageKey={errorKey ?? readErrorKey ?? (copyFailed ? 'dash_drafts_copy_failed' : null)} />

      {deletedDraft ? <UndoNotice message={<p>{t('dash_drafts_deleted')}</p>} onUndo={() => void undoDelete(db)} onDismiss={dismissDeleted} /> : null}

      {drafts === undefined ? (
        <p className="pv-dash-muted" aria-live="polite">
          {t('dash_loading')}
        </p>
      ) : drafts.length === 0 ? (
        <p className="pv-dash-empty">{t(query.trim() ? 'dash_drafts_none_found' : status === 'open' || status === 'all' ? 'dash_drafts_empty' : 'dash_drafts_none_status')}</p>
      ) : (
        <ul className="pv-dash-list" aria-label={t('dash_drafts_list_label', [drafts.length])}>
          {drafts.map((draft) => {
            const platformName = t(`dash_platform_${draft.platform}`);
            const excerpt = draft.text.trim() || t('dash_drafts_blank');
            return (
              <li key={draft.id} className="pv-dash-card">
                <p className="pv-dash-meta">
                  {t('dash_drafts_meta', [platformName, t(`dash_composer_${draft.composerKind}`), formatDate(draft.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })])}
                  {draft.status !== 'open' ? <span className="pv-dash-badge">{t(`dash_drafts_status_${draft.status}`)}</span> : null}
                </p>
                <p className="pv-dash-text">{excerpt.length > 400 ? `${excerpt.slice(0, 400)}…` : excerpt}</p>
                <div className="pv-dash-actions">
                  <a href={draftOpenUrl(draft)} target="_blank" rel="noopener noreferrer" className="pv-dash-button">
                    {t('dash_drafts_open', [platformName])}
                  </a>
                  <button type="button" onClick={() => void copy(draft)} aria-describedby={copiedId === draft.id ? `${draft.id}-copied` : undefined}>
                    {t('dash_drafts_copy')}
                  </button>
                  <button type="button" className="pv-dash-danger" onClick={() => void deleteDraft(draft.id, db)} aria-label={t('dash_drafts_delete_label', [excerpt.slice(0, 40)])}>
                    {t('dash_drafts_delete')}
                  </button>
                  {copiedId === draft.id ? (
                    <span id={`${draft.id}-copied`} role="status" className="pv-dash-muted">
                      {t('dash_drafts_copied')}
                    </span>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
