import { useEffect, useRef } from 'react';
import { useI18n } from '../ui/i18n';
import { usePanel } from './PanelStoreContext';

/** Shown when Publish is pressed with high-severity confidentiality findings: warn and explain, never block. */
export function HoldDialog() {
  const { t } = useI18n();
  const held = usePanel((state) => state.held);
  const releaseHold = usePanel((state) => state.releaseHold);
  const showFinding = usePanel((state) => state.showFinding);
  const reviewRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (held) reviewRef.current?.focus();
  }, [held]);
  if (!held) return null;
  const review = () => {
    releaseHold(false);
    const first = held.findings[0];
    if (first) showFinding(first);
  };
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pv-hold-title"
      aria-describedby="pv-hold-body"
      className="pv-hold"
      onKeyDown={(event) => {
        if (event.key === 'Escape') review();
      }}
    >
      <h3 id="pv-hold-title">{t('panel_hold_title')}</h3>
      <div id="pv-hold-body">
        <p>{t(held.awaitingPolicy ? 'panel_hold_waiting_policy' : 'panel_hold_body')}</p>
        <ul>
          {held.findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.start}`} data-category={finding.category}>
              <strong>{t(`category_${finding.category}`)}</strong> {finding.message}
            </li>
          ))}
        </ul>
        <p className="pv-muted">{t('panel_hold_private')}</p>
      </div>
      <div className="pv-actions">
        <button type="button" ref={reviewRef} className="pv-primary" onClick={review}>
          {t('panel_review')}
        </button>
        <button type="button" onClick={() => releaseHold(true)}>
          {t('panel_publish_anyway')}
        </button>
      </div>
    </div>
  );
}
