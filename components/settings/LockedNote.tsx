import { useI18n } from '../ui/i18n';

/** "Set by your company" beside a value the managed policy locks; its id describes the locked control. */
export function LockedNote({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <span className="pv-locked" id={id}>
      {t('set_locked')}
    </span>
  );
}
