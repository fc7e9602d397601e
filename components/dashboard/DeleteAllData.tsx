import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { PorteVoixDb } from '../../utils/db';
import { useDashboardStore } from '../../utils/stores/dashboard-store';
import { useI18n } from '../ui/i18n';
import { ErrorNotice } from './ErrorNotice';

/** "Delete all my data", behind an inline confirmation whose safe default (Cancel) has the focus. */
export function DeleteAllData({ db, deleteSettings }: { db: PorteVoixDb; deleteSettings: () => Promise<void> }) {
  const { t } = useI18n();
  const headingId = useId();
  const dialogTitleId = useId();
  const dialogTextId = useId();
  const state = useDashboardStore((store) => store.deleteAllState);
  const ask = useDashboardStore((store) => store.askDeleteAll);
  const cancel = useDashboardStore((store) => store.cancelDeleteAll);
  const confirm = useDashboardStore((store) => store.confirmDeleteAll);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirming = state === 'confirming' || state === 'deleting';

  const wasOpen = useRef(false);

  useEffect(() => {
    if (state === 'confirming') {
      // Safe default: the focus goes to Cancel, so Enter does not erase everything.
      wasOpen.current = true;
      cancelRef.current?.focus();
    } else if (state !== 'deleting' && wasOpen.current) {
      // The dialog is gone: back to the button that opened it.
      wasOpen.current = false;
      triggerRef.current?.focus();
    }
  }, [state]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state === 'confirming') {
      event.stopPropagation();
      cancel();
    }
  };

  return (
    <section className="pv-dash-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dash_delete_title')}</h3>
      <p className="pv-dash-muted">{t('dash_delete_intro_all')}</p>
      {!confirming ? (
        <button ref={triggerRef} type="button" className="pv-dash-danger" onClick={ask}>
          {t('dash_delete_open')}
        </button>
      ) : (
        <div role="alertdialog" aria-modal="false" aria-labelledby={dialogTitleId} aria-describedby={dialogTextId} className="pv-dash-dialog" onKeyDown={onKeyDown}>
          <h4 id={dialogTitleId}>{t('dash_delete_confirm_title')}</h4>
          <p id={dialogTextId}>{t('dash_delete_confirm_text_all')}</p>
          <div className="pv-dash-actions">
            <button type="button" className="pv-dash-danger" disabled={state === 'deleting'} onClick={() => void confirm(deleteSettings, db)}>
              {t('dash_delete_confirm')}
            </button>
            <button ref={cancelRef} type="button" disabled={state === 'deleting'} onClick={cancel}>
              {t('dash_cancel')}
            </button>
          </div>
        </div>
      )}
      {state === 'done' ? (
        <p role="status" className="pv-dash-notice">
          {t('dash_delete_done')}
        </p>
      ) : null}
      {typeof state === 'object' ? <ErrorNotice messageKey={state.errorKey} /> : null}
    </section>
  );
}
