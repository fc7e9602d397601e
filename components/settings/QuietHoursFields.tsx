import { useId, useMemo } from 'react';
import { browserTimeZone } from '../../utils/time/quiet-hours';
import type { QuietHours } from '../../utils/settings';
import { useI18n } from '../ui/i18n';
import { errorText } from './field-error';

export interface QuietHoursFieldsProps {
  value: QuietHours;
  onChange: (quietHours: QuietHours) => void;
  /** Validation messages keyed by sub-field ("start", "end", "days", "timeZone"). */
  errors?: Partial<Record<string, string>>;
}

/** The two ends of the welcome window, each a time input with its own label and error line. */
const TIME_FIELDS = [
  { field: 'start', label: 'set_quiet_start' },
  { field: 'end', label: 'set_quiet_end' },
] as const;

// Monday first, as in France and most of Europe; 0 is Sunday as in Date#getDay.
const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * The hours and days when suggestions are welcome (the right to disconnect). Off by default;
 * the hours can be edited only once the person turns them on.
 */
export function QuietHoursFields({ value, onChange, errors = {} }: QuietHoursFieldsProps) {
  const { t, locale } = useI18n();
  const id = useId();
  // ~400 zones: listed only while the hours are on, and built once per change, so the rest
  // of the form stays cheap to render.
  const zoneOptions = useMemo(() => {
    const all = value.enabled ? supportedTimeZones() : [];
    const zones = value.timeZone && !all.includes(value.timeZone) ? [value.timeZone, ...all] : all;
    return zones.map((zone) => (
      <option key={zone} value={zone}>
        {zone}
      </option>
    ));
  }, [value.timeZone, value.enabled]);
  const dayName = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
    // 2026-01-04 was a Sunday: day d is that date + d.
    return (day: number) => format.format(new Date(Date.UTC(2026, 0, 4 + day)));
  }, [locale]);

  const set = (patch: Partial<QuietHours>) => onChange({ ...value, ...patch });
  const toggleDay = (day: number, checked: boolean) =>
    set({ days: checked ? [...new Set([...value.days, day])].sort((a, b) => a - b) : value.days.filter((d) => d !== day) });
  const disabled = !value.enabled;
  const fieldError = (field: string) => errorText(t, errors[field]);
  const describedBy = (field: string) => (fieldError(field) ? `${id}-${field}-error` : undefined);
  const errorLine = (field: string) =>
    fieldError(field) ? (
      <p className="pv-error" id={`${id}-${field}-error`}>
        {fieldError(field)}
      </p>
    ) : null;

  return (
    <div className="pv-quiet-hours">
      <div className="pv-choice">
        <input
          type="checkbox"
          id={`${id}-enabled`}
          checked={value.enabled}
          aria-describedby={disabled ? `${id}-off` : undefined}
          onChange={(event) => set({ enabled: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-enabled`}>{t('set_quiet_enabled')}</label>
      </div>
      {disabled ? (
        <p className="pv-hint" id={`${id}-off`}>
          {t('set_quiet_off_note')}
        </p>
      ) : null}
      <div className="pv-row">
        {TIME_FIELDS.map(({ field, label }) => (
          <div className="pv-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(label)}</label>
            <input
              id={`${id}-${field}`}
              type="time"
              value={value[field]}
              disabled={disabled}
              aria-invalid={fieldError(field) ? true : undefined}
              aria-describedby={describedBy(field)}
              onChange={(event) => set({ [field]: event.currentTarget.value })}
            />
            {errorLine(field)}
          </div>
        ))}
      </div>
      {value.enabled && value.end < value.start ? <p className="pv-hint">{t('set_quiet_overnight')}</p> : null}
      <fieldset className="pv-fieldset pv-days" disabled={disabled} aria-describedby={describedBy('days')}>
        <legend>{t('set_quiet_days')}</legend>
        {DAY_ORDER.map((day) => (
          <span className="pv-choice" key={day}>
            <input
              type="checkbox"
              id={`${id}-day-${day}`}
              checked={value.days.includes(day)}
              onChange={(event) => toggleDay(day, event.currentTarget.checked)}
            />
            <label htmlFor={`${id}-day-${day}`}>{dayName(day)}</label>
          </span>
        ))}
      </fieldset>
      {errorLine('days')}
      <div className="pv-field">
        <label htmlFor={`${id}-zone`}>{t('set_quiet_time_zone')}</label>
        <select
          id={`${id}-zone`}
          value={value.timeZone ?? ''}
          disabled={disabled}
          aria-describedby={describedBy('timeZone')}
          onChange={(event) => {
            const zone = event.currentTarget.value;
            onChange(zone ? { ...value, timeZone: zone } : withoutTimeZone(value));
          }}
        >
          <option value="">{t('set_quiet_time_zone_auto', [browserTimeZone()])}</option>
          {zoneOptions}
        </select>
        {errorLine('timeZone')}
      </div>
    </div>
  );
}

function withoutTimeZone(value: QuietHours): QuietHours {
  const { timeZone: _timeZone, ...rest } = value;
  return rest;
}
