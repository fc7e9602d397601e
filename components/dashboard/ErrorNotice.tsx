import { useI18n } from '../ui/i18n';

/** A storage or action error, announced at once. */
export function ErrorNotice({ messageKey, detail }: { messageKey: string | null | undefined; detail?: string | undefined }) {
  const { t } = useI18n();
  if (!messageKey) return null;
  return (
    <div className="pv-dash-notice pv-dash-notice-error" role="alert">
      <p>{t(messageKey)}</p>
      {detail ? <pre className="pv-dash-detail">{detail}</pre> : null}
    </div>
  );
}
