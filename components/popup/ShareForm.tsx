import { useMemo } from 'react';
import { runChecks } from '../../utils/checks';
import type { Policy } from '../../utils/policy';
import { disclosureLine, type Disclosure } from '../../utils/policy/disclosure';
import { buildIntentUrl, composeQuickShare } from '../../utils/share';
import type { ShareSubject } from '../../utils/browser/pending-share';
import { usePopupStore } from '../../utils/stores/popup-store';
import { useI18n } from '../ui/i18n';

/** Asks for the person's one-line take (optional), checks it, then opens the platform's composer prefilled. */
export function ShareForm({
  subject,
  policy,
  disclosure = null,
  openTab,
}: {
  subject: ShareSubject;
  policy: Policy;
  disclosure?: Disclosure | null;
  openTab: (url: string) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const take = usePopupStore((state) => state.take);
  const setTake = usePopupStore((state) => state.setTake);
  const cancelShare = usePopupStore((state) => state.cancelShare);
  const findings = useMemo(
    () => (take.trim() ? runChecks(take, { platform: subject.platform, policy, locale }) : []),
    [take, subject.platform, policy, locale],
  );
  const title = subject.kind === 'item' ? subject.item.title : subject.title;
  const url = subject.kind === 'item' ? subject.item.url : subject.url;
  const platformName = t(`dash_platform_${subject.platform}`);

  const open = async () => {
    const text = composeQuickShare({
      platform: subject.platform,
      locale,
      take,
      url,
      caption: subject.kind === 'item' ? subject.item.suggestedCaption : undefined,
      quote: subject.kind === 'page' ? subject.selection : undefined,
      // Company news carries the disclosure from the start, in the item's language.
      disclosure: subject.kind === 'item' && disclosure ? disclosureLine(disclosure, subject.item.language ?? locale) : undefined,
    });
    await openTab(buildIntentUrl(subject.platform, { text, url }));
    cancelShare();
  };

  return (
    <main className="pv-popup">
      <h1 className="pv-popup__title">{t('popup_share_title', [platformName])}</h1>
      <p className="pv-news__title">{title}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <label className="pv-field">
          <span>{t('popup_take_label')}</span>
          <input value={take} onChange={(event) => setTake(event.target.value)} autoFocus maxLength={500} />
        </label>
        <p className="pv-muted">{t('popup_take_hint')}</p>
        {findings.length > 0 && (
          <ul className="pv-findings" aria-label={t('popup_findings')}>
            {findings.map((finding) => (
              <li key={`${finding.ruleId}-${finding.start}`} data-category={finding.category} className={`pv-finding pv-finding--${finding.severity}`}>
                <strong>{t(`category_${finding.category}`)}</strong> {finding.message}
              </li>
            ))}
          </ul>
        )}
        <div className="pv-row">
          <button type="submit" className="pv-primary">
            {t('popup_open_composer', [platformName])}
          </button>
          <button type="button" onClick={cancelShare}>
            {t('popup_back')}
          </button>
        </div>
      </form>
    </main>
  );
}
