import { useI18n } from '../ui/i18n';
import { keepEditorFocus } from './keep-editor-focus';
import { usePanel } from './PanelStoreContext';

export function RestoreOffer() {
  const { t, formatDate } = useI18n();
  const offer = usePanel((state) => state.restoreOffer);
  const restoreDraft = usePanel((state) => state.restoreDraft);
  const discardRestore = usePanel((state) => state.discardRestore);
  if (!offer) return null;
  const preview = offer.text.length > 80 ? `${offer.text.slice(0, 80)}…` : offer.text;
  return (
    <div className="pv-restore" role="group" aria-label={t('panel_restore_title')}>
      <p>
        {t('panel_restore_text', [formatDate(offer.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })])}
      </p>
      <blockquote className="pv-quote">{preview}</blockquote>
      <div className="pv-actions">
        <button type="button" className="pv-primary" onMouseDown={keepEditorFocus} onClick={() => restoreDraft()}>
          {t('panel_restore')}
        </button>
        <button type="button" onMouseDown={keepEditorFocus} onClick={() => void discardRestore()}>
          {t('panel_discard')}
        </button>
      </div>
    </div>
  );
}
