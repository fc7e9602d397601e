import { useI18n } from '../ui/i18n';
import { usePanel } from './PanelStoreContext';

export function CharacterCount() {
  const { t, formatNumber } = useI18n();
  const count = usePanel((state) => state.count);
  return (
    <p className={count.overLimit ? 'pv-count pv-count--over' : 'pv-count'} data-testid="pv-count" aria-live="polite">
      {t('panel_count', [formatNumber(count.length), formatNumber(count.limit)])}
    </p>
  );
}
