import type { ImportSummary } from '../../utils/db/data';
import type { SettingsChange } from '../../utils/settings';
import { useI18n } from '../ui/i18n';

/** What an import of a Porte-Voix file adds, updates and removes, settings included. */
export function ImportSummaryText({ summary }: { summary: ImportSummary }) {
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
