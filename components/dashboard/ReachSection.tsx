import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as sharedDb, type PorteVoixDb } from '../../utils/db';
import { listRecentReach, loadDashboard } from '../../utils/db/dashboard';
import { toStorageError } from '../../utils/db/errors';
import { REACH_COUNT_FIELDS } from '../../utils/reach/import-plan';
import { platformOfPostLink } from '../../utils/reach/post-url';
import type { ReachEntry, StoredMetrics } from '../../utils/db/records';
import type { DashboardData } from '../../utils/reach/aggregations';
import type { Advice } from '../../utils/reach/indicators';
import { PLATFORMS } from '../../utils/platform';
import { EDITORIAL_KINDS } from '../../utils/reach/types';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { Chart, type ChartSeries } from './Chart';
import { ErrorNotice } from './ErrorNotice';
import { ReachEntryForm } from './ReachEntryForm';
import { ReachImport } from './ReachImport';
import './dashboard.css';

export interface ReachSectionProps {
  /** Database to read; the shared one by default (tests pass a fresh one). */
  db?: PorteVoixDb;
}

const SERIES_VARS = ['--pv-dash-series-1', '--pv-dash-series-2', '--pv-dash-series-3', '--pv-dash-series-4', '--pv-dash-series-5', '--pv-dash-series-6'];
const seriesVar = (index: number) => SERIES_VARS[index % SERIES_VARS.length] as string;

/** The publish log with hand-entered reach numbers, charts of the person's own activity, and calm advice. */
export function ReachSection({ db = sharedDb }: ReachSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [readErrorKey, setReadErrorKey] = useState<string | null>(null);
  const onError = (error: unknown) => {
    setReadErrorKey(toStorageError(error).messageKey);
    return undefined;
  };
  const data = useLiveQuery(() => loadDashboard({}, db).catch(onError), [db]);

  return (
    <section className="pv-dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dash_reach_title')}</h2>
      <ErrorNotice messageKey={readErrorKey} />
      {data === undefined ? (
        readErrorKey ? null : (
          <p className="pv-dash-muted" aria-live="polite">
            {t('dash_loading')}
          </p>
        )
      ) : data.totals.posts === 0 ? (
        <div className="pv-dash-empty">
          <h3>{t('dash_reach_empty_title')}</h3>
          <p>{t('dash_reach_empty_how')}</p>
          <p>{t('dash_reach_empty_numbers')}</p>
        </div>
      ) : (
        <>
          <AdviceList advice={data.advice} />
          <Charts data={data} />
          <ReachLog db={db} total={data.totals.posts} />
        </>
      )}
      <ReachImport db={db} />
    </section>
  );
}

function AdviceList({ advice }: { advice: readonly Advice[] }) {
  const { t } = useI18n();
  const headingId = useId();
  if (advice.length === 0) return null;
  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_advice_title')}</h3>
      <ul className="pv-dash-advice-list">
        {advice.map((item) => (
          <li key={item.id} className="pv-dash-advice" data-advice={item.id}>
            <p>{t(item.messageKey)}</p>
            <p className="pv-dash-muted">{t(item.basisKey, item.substitutions)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Charts({ data }: { data: DashboardData }) {
  const { t, formatDate, formatNumber } = useI18n();
  const headingId = useId();
  const formatWeek = useCallback((time: number) => formatDate(time, { day: 'numeric', month: 'short' }), [formatDate]);
  const formatMonth = useCallback((time: number) => formatDate(time, { month: 'short', year: 'numeric' }), [formatDate]);
  const formatCount = useCallback((value: number) => formatNumber(value), [formatNumber]);

  const reach = useMemo<ChartSeries[]>(
    () => PLATFORMS.map((platform, index) => ({ label: t(`dash_platform_${platform}`), values: data.reach[platform], colorVar: seriesVar(index) })),
    [data, t],
  );
  const posts = useMemo<ChartSeries[]>(
    () => PLATFORMS.map((platform, index) => ({ label: t(`dash_platform_${platform}`), values: data.posts[platform], colorVar: seriesVar(index) })),
    [data, t],
  );
  const mix = useMemo<ChartSeries[]>(
    () => EDITORIAL_KINDS.map((kind, index) => ({ label: t(`dash_kind_${kind}`), values: data.mix[kind], colorVar: seriesVar(index + 2) })),
    [data, t],
  );
  const tags = useMemo<ChartSeries[]>(
    () => data.hashtags.map((series, index) => ({ label: `#${series.tag}`, values: series.counts, colorVar: seriesVar(index) })),
    [data],
  );

  // The three weekly charts share their time axis.
  const weekly = { x: data.weeks, xLabel: t('dash_chart_week'), formatX: formatWeek, formatY: formatCount };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_charts_title')}</h3>
      <p className="pv-dash-muted">{t('dash_charts_summary', [formatNumber(data.totals.postsInWindow), formatNumber(data.totals.withMetrics), formatNumber(data.totals.impressions)])}</p>
      <div className="pv-dash-charts">
        <Chart {...weekly} title={t('dash_chart_reach_title')} description={t('dash_chart_reach_description')} series={reach} emptyCell={t('dash_chart_no_numbers')} />
        <Chart {...weekly} title={t('dash_chart_posts_title')} series={posts} />
        <Chart {...weekly} title={t('dash_chart_mix_title')} description={t('dash_chart_mix_description')} series={mix} kind="stacked" />
        {tags.length > 0 ? (
          <Chart title={t('dash_chart_tags_title')} x={data.months} series={tags} xLabel={t('dash_chart_month')} formatX={formatMonth} formatY={formatCount} />
        ) : (
          <p className="pv-dash-muted">{t('dash_chart_tags_none')}</p>
        )}
      </div>
    </section>
  );
}

function ReachLog({ db, total }: { db: PorteVoixDb; total: number }) {
  const { t } = useI18n();
  const headingId = useId();
  const limit = useDashboardStore((state) => state.logLimit);
  const showMore = useDashboardStore((state) => state.showMoreLog);
  const entries = useLiveQuery(() => listRecentReach(limit, db).catch(() => [] as ReachEntry[]), [db, limit]);

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_log_title')}</h3>
      <p className="pv-dash-muted">{t('dash_log_intro')}</p>
      {entries ? (
        <ol className="pv-dash-list">
          {entries.map((entry) => (
            <LogEntry key={entry.id} entry={entry} db={db} />
          ))}
        </ol>
      ) : null}
      {entries && entries.length < total ? (
        <button type="button" onClick={showMore}>
          {t('dash_log_show_more', [entries.length, total])}
        </button>
      ) : null}
    </section>
  );
}

/** The counts a row has, in a fixed order; a count an export did not give is left out rather than shown as 0. */
function metricsLine(metrics: StoredMetrics, t: (key: string, substitutions?: ReadonlyArray<string | number>) => string, formatNumber: (value: number) => string): string {
  const { impressions, reactions, comments, reposts, engagements } = metrics;
  if (impressions !== undefined && reactions !== undefined && comments !== undefined && reposts !== undefined && engagements === undefined) {
    return t('dash_log_metrics', [formatNumber(impressions), formatNumber(reactions), formatNumber(comments), formatNumber(reposts)]);
  }
  return REACH_COUNT_FIELDS.flatMap((field) => (metrics[field] === undefined ? [] : [t(`reach_count_${field}`, [formatNumber(metrics[field])])])).join(' · ');
}

function LogEntry({ entry, db }: { entry: ReachEntry; db: PorteVoixDb }) {
  const { t, formatDate, formatNumber } = useI18n();
  const formId = useId();
  const [editing, setEditing] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const status = useDashboardStore((state) => state.metricsStatus[entry.id]);
  const canUndo = useDashboardStore((state) => entry.id in state.metricsUndo);
  const undo = useDashboardStore((state) => state.undoMetrics);
  const excerpt = entry.text.length > 280 ? `${entry.text.slice(0, 280)}…` : entry.text;
  const metrics = entry.metrics;

  return (
    <li className="pv-dash-card" aria-label={t('dash_log_entry_label', [t(`dash_platform_${entry.platform}`), formatDate(entry.publishedAt, { dateStyle: 'medium', timeStyle: 'short' })])}>
      <p className="pv-dash-meta">
        {t('dash_log_meta', [t(`dash_platform_${entry.platform}`), formatDate(entry.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }), t(`dash_kind_${entry.kind}`)])}
      </p>
      <p className="pv-dash-text">{excerpt}</p>
      <p className="pv-dash-metrics">
        {metrics
          ? metricsLine(metrics, t, formatNumber) + (metrics.colleagueShare === undefined ? '' : ` ${t('dash_log_colleague_share', [formatNumber(metrics.colleagueShare, { style: 'percent', maximumFractionDigits: 1 })])}`)
          : t('dash_log_no_metrics')}
      </p>
      <div className="pv-dash-actions">
        <button ref={toggleRef} type="button" aria-expanded={editing} aria-controls={editing ? formId : undefined} onClick={() => setEditing((open) => !open)}>
          {metrics ? t('dash_reach_edit') : t('dash_reach_enter')}
        </button>
        {status ? (
          <span role="status" className={typeof status === 'object' ? 'pv-dash-field-error' : 'pv-dash-muted'}>
            {typeof status === 'object' ? t(status.errorKey) : t(status === 'saved' ? 'dash_reach_saved' : 'dash_reach_undone')}
          </span>
        ) : null}
        {canUndo ? (
          <button type="button" onClick={() => void undo(entry.id, db)}>
            {t('dash_undo')}
          </button>
        ) : null}
        {entry.postUrl && platformOfPostLink(entry.postUrl) === entry.platform ? (
          <a className="pv-dash-button" href={entry.postUrl} target="_blank" rel="noreferrer noopener">
            {t('reach_log_open_post', [t(`dash_platform_${entry.platform}`)])}
          </a>
        ) : null}
      </div>
      {editing ? (
        <div id={formId}>
          <ReachEntryForm key={entry.metricsUpdatedAt ?? 0} entry={entry} db={db} onSaved={() => {
              setEditing(false);
              // The form goes away with the focus in it: give the focus back to where the person opened it.
              toggleRef.current?.focus();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
