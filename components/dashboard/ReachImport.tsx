import { useId, useRef, type ChangeEvent } from 'react';
import type { PorteVoixDb } from '../../utils/db';
import type { ExportedPost } from '../../utils/reach/exported-post';
import type { ImportPlan, MatchedRow } from '../../utils/reach/import-plan';
import { countsOf, useReachImportStore } from '../../utils/stores/reach-import-store';
import { useFocusWhen } from '../ui/useFocusWhen';
import { useI18n } from '../ui/i18n';
import { ErrorNotice } from './ErrorNotice';
import { UndoNotice } from './UndoNotice';

/** How many rows each list of the preview shows before "and N more". */
const PREVIEW_ROWS = 50;

const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Import from LinkedIn or X": the file input, the preview of what the file changes, Apply and Undo. */
export function ReachImport({ db }: { db: PorteVoixDb }) {
  const { t } = useI18n();
  const headingId = useId();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const state = useReachImportStore((store) => store.state);
  const { chooseFile, apply, undo, close } = useReachImportStore.getState();
  const previewRef = useFocusWhen<HTMLDivElement>(state.step === 'preview');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await chooseFile(file, db);
    // The same file can be chosen again after a cancel.
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId} data-pv-reach-import="">
      <h3 id={headingId}>{t('reach_import_title')}</h3>
      <p className="pv-dash-muted">{t('reach_import_intro')}</p>
      <div className="pv-dash-field">
        <label htmlFor={fileId}>{t('reach_import_file_label')}</label>
        <input ref={fileRef} id={fileId} type="file" accept={ACCEPT} disabled={state.step === 'reading' || state.step === 'applying'} onChange={(event) => void onFile(event)} />
        <p className="pv-dash-hint">{t('reach_import_file_hint')}</p>
      </div>

      {state.step === 'reading' ? <p role="status" className="pv-dash-muted">{t('reach_import_reading', [state.fileName])}</p> : null}
      {state.step === 'error' ? <ErrorNotice messageKey={state.messageKey} detail={state.detail} /> : null}

      {state.step === 'preview' || state.step === 'applying' ? (
        <div ref={previewRef} tabIndex={-1} className="pv-dash-review" role="group" aria-labelledby={`${headingId}-review`} data-pv-import-preview="">
          <h4 id={`${headingId}-review`}>{t('reach_import_review_title', [state.fileName, t(`reach_import_format_${state.plan.format}`)])}</h4>
          <Preview plan={state.plan} />
          <div className="pv-dash-actions">
            <button type="submit" disabled={state.step === 'applying' || state.plan.matched.length + state.plan.added.length === 0} onClick={() => void apply(db)}>
              {t('reach_import_apply')}
            </button>
            <button type="button" onClick={close}>
              {t('dash_cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {state.step === 'applied' ? (
        <UndoNotice message={<span>{t('reach_import_applied', [state.counts.added, state.counts.matched])}</span>} onUndo={() => void undo(db)} onDismiss={close}>
          {state.undoErrorKey ? <span className="pv-dash-field-error">{t(state.undoErrorKey)}</span> : null}
        </UndoNotice>
      ) : null}
      {state.step === 'undone' ? (
        <p className="pv-dash-notice" role="status">
          {t('reach_import_undone', [state.fileName])}
        </p>
      ) : null}
    </section>
  );
}

function Preview({ plan }: { plan: ImportPlan }) {
  const { t, formatNumber } = useI18n();
  const counts = countsOf(plan);
  const summary = plan.summary;
  return (
    <>
      <p data-pv-import-counts="">{t('reach_import_counts', [counts.matched, counts.added, counts.unchanged, counts.rejected])}</p>
      {summary && (summary.impressions !== undefined || summary.dailyImpressions !== undefined) ? (
        <p className="pv-dash-muted">
          {t('reach_import_summary', [
            summary.period ?? '—',
            formatNumber(summary.impressions ?? summary.dailyImpressions ?? 0),
            summary.membersReached === undefined ? '—' : formatNumber(summary.membersReached),
          ])}
        </p>
      ) : null}
      <p className="pv-dash-hint">{t('reach_import_review_hint')}</p>
      <PostList list="matched" rows={plan.matched} />
      <PostList list="added" rows={plan.added.map((post) => ({ post }))} />
      <PostList list="unchanged" rows={plan.unchanged} />
      {plan.rejected.length > 0 ? (
        <details open data-pv-import-list="rejected">
          <summary>{t('reach_import_list_rejected', [plan.rejected.length])}</summary>
          <ul>
            {plan.rejected.slice(0, PREVIEW_ROWS).map((row) => (
              <li key={`${row.line}-${row.reasonKey}-${row.detail ?? ''}`}>
                {t('reach_import_rejected_row', [row.line, t(row.reasonKey)])}
                {row.detail ? <code className="pv-dash-detail"> {row.detail}</code> : null}
              </li>
            ))}
          </ul>
          {plan.rejected.length > PREVIEW_ROWS ? <p className="pv-dash-muted">{t('reach_import_more', [plan.rejected.length - PREVIEW_ROWS])}</p> : null}
        </details>
      ) : null}
    </>
  );
}

function PostList({ list, rows }: { list: 'matched' | 'added' | 'unchanged'; rows: ReadonlyArray<Pick<MatchedRow, 'post'> & Partial<MatchedRow>> }) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <details open={list !== 'unchanged'} data-pv-import-list={list}>
      <summary>{t(`reach_import_list_${list}`, [rows.length])}</summary>
      <ul>
        {rows.slice(0, PREVIEW_ROWS).map((row) => (
          <PostLine key={`${row.post.line}-${row.post.url ?? ''}`} post={row.post} basis={row.basis} />
        ))}
      </ul>
      {rows.length > PREVIEW_ROWS ? <p className="pv-dash-muted">{t('reach_import_more', [rows.length - PREVIEW_ROWS])}</p> : null}
    </details>
  );
}

function PostLine({ post, basis }: { post: ExportedPost & { linkedItemId?: string }; basis?: MatchedRow['basis'] | undefined }) {
  const { t, formatDate, formatNumber } = useI18n();
  const text = post.text ?? '';
  const excerpt = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  const counts = post.counts ?? {};
  const numbers = (['impressions', 'engagements', 'reactions', 'comments', 'reposts'] as const)
    .flatMap((field) => (counts[field] === undefined ? [] : [t(`reach_count_${field}`, [formatNumber(counts[field])])]))
    .join(' · ');
  return (
    <li>
      <span className="pv-dash-meta">
        {t(`dash_platform_${post.platform}`)} · {formatDate(post.publishedAt, post.dayOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' })}
        {basis ? ` · ${t(`reach_import_basis_${basis}`)}` : ''}
        {post.linkedItemId ? ` · ${t('dash_kind_company')}` : ''}
      </span>
      <span className="pv-dash-text">{excerpt || post.url || t('reach_import_no_text')}</span>
      {numbers ? <span className="pv-dash-muted"> — {numbers}</span> : <span className="pv-dash-muted"> — {t('reach_import_no_numbers')}</span>}
    </li>
  );
}
