import type { ReactNode } from 'react';
import { useI18n } from '../ui/i18n';

/** Announces a change that can still be taken back: what happened, then Undo and Dismiss (and `children` after). */
export function UndoNotice({ message, onUndo, onDismiss, children }: { message: ReactNode; onUndo: () => void; onDismiss: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="pv-dash-notice" role="status">
      {message}
      <button type="button" onClick={onUndo}>
        {t('dash_undo')}
      </button>
      <button type="button" className="pv-dash-quiet" onClick={onDismiss}>
        {t('dash_dismiss')}
      </button>
      {children}
    </div>
  );
}
