import { useId, useRef, useState, type FormEvent } from 'react';
import type { PorteVoixDb } from '../../utils/db';
import type { Metrics, ReachEntry, StoredMetrics } from '../../utils/db/records';
import { parseCount, parsePercentShare, type ParseResult } from '../../utils/reach/parse-count';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { focusNamedField } from '../../utils/dom/focus-field';
import { useI18n } from '../ui/i18n';

const COUNT_FIELDS = ['impressions', 'reactions', 'comments', 'reposts'] as const;
type Field = (typeof COUNT_FIELDS)[number] | 'colleagueShare';
const FIELDS: readonly Field[] = [...COUNT_FIELDS, 'colleagueShare'];

const shown = (count: number | undefined) => (count === undefined ? '' : String(count));

function initialValues(metrics: StoredMetrics | undefined): Record<Field, string> {
  return {
    impressions: shown(metrics?.impressions),
    reactions: shown(metrics?.reactions),
    comments: shown(metrics?.comments),
    reposts: shown(metrics?.reposts),
    colleagueShare: metrics?.colleagueShare === undefined ? '' : String(Math.round(metrics.colleagueShare * 1000) / 10),
  };
}

function errorKey(field: Field, result: ParseResult): string | null {
  if (result.ok) return null;
  if (field === 'colleagueShare') return result.reason === 'empty' ? null : 'dash_reach_error_percent';
  if (result.reason === 'empty') return 'dash_reach_error_required';
  return result.reason === 'out_of_range' ? 'dash_reach_error_too_large' : 'dash_reach_error_whole_number';
}

export interface ReachEntryFormProps {
  entry: ReachEntry;
  db: PorteVoixDb;
  /** Called after a successful save (e.g. to close the form). */
  onSaved?: () => void;
}

/** Reach numbers of one published post, typed by hand from the platform's analytics; validated, with undo after save. */
export function ReachEntryForm({ entry, db, onSaved }: ReachEntryFormProps) {
  const { t } = useI18n();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const saveMetrics = useDashboardStore((state) => state.saveMetrics);
  const [values, setValues] = useState(() => initialValues(entry.metrics));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const results = {
      impressions: parseCount(values.impressions),
      reactions: parseCount(values.reactions),
      comments: parseCount(values.comments),
      reposts: parseCount(values.reposts),
      colleagueShare: parsePercentShare(values.colleagueShare),
    } satisfies Record<Field, ParseResult>;
    const nextErrors: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const key = errorKey(field, results[field]);
      if (key) nextErrors[field] = key;
    }
    setErrors(nextErrors);
    const firstInvalid = FIELDS.find((field) => nextErrors[field]);
    if (firstInvalid) {
      focusNamedField(formRef.current, firstInvalid);
      return;
    }
    const value = (result: ParseResult) => (result.ok ? result.value : 0);
    const metrics: Metrics = {
      impressions: value(results.impressions),
      reactions: value(results.reactions),
      comments: value(results.comments),
      reposts: value(results.reposts),
      ...(results.colleagueShare.ok ? { colleagueShare: results.colleagueShare.value } : {}),
    };
    setSaving(true);
    const saved = await saveMetrics(entry.id, metrics, db);
    setSaving(false);
    if (saved) onSaved?.();
  };

  return (
    <form ref={formRef} className="pv-dash-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('dash_reach_form_label')}>
      <p className="pv-dash-muted">{t('dash_reach_form_help')}</p>
      <div className="pv-dash-grid">
        {FIELDS.map((field) => {
          const id = `${baseId}-${field}`;
          const error = errors[field];
          const hintId = field === 'colleagueShare' ? `${id}-hint` : undefined;
          const describedBy = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
          return (
            <div className="pv-dash-field" key={field}>
              <label htmlFor={id}>{t(`dash_reach_field_${field}`)}</label>
              <input
                id={id}
                name={field}
                type="text"
                inputMode={field === 'colleagueShare' ? 'decimal' : 'numeric'}
                autoComplete="off"
                value={values[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                aria-required={field === 'colleagueShare' ? undefined : true}
                onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              />
              {hintId ? (
                <p id={hintId} className="pv-dash-hint">
                  {t('dash_reach_field_colleagueShare_hint')}
                </p>
              ) : null}
              {error ? (
                <p id={`${id}-error`} className="pv-dash-field-error">
                  {t(error)}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="submit" disabled={saving}>
        {t('dash_reach_save')}
      </button>
    </form>
  );
}
