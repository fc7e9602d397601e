import { useShallow } from 'zustand/react/shallow';
import { CONFIDENTIALITY_CATEGORIES, type Finding } from '../../utils/checks/types';
import { useI18n } from '../ui/i18n';
import { keepEditorFocus } from './keep-editor-focus';
import { usePanel } from './PanelStoreContext';

const CONFIDENTIALITY = new Set<string>(CONFIDENTIALITY_CATEGORIES);

/** Findings while typing, confidentiality first; each explains itself, can be shown, fixed or dismissed. */
export function FindingList() {
  const { t } = useI18n();
  const { findings, showFinding, fixFinding, dismissFinding } = usePanel(
    useShallow((state) => ({
      findings: state.findings,
      showFinding: state.showFinding,
      fixFinding: state.fixFinding,
      dismissFinding: state.dismissFinding,
    })),
  );
  if (findings.length === 0) return <p className="pv-muted">{t('panel_no_findings')}</p>;
  const groups: Array<[string, Finding[]]> = [
    ['panel_group_confidentiality', findings.filter((f) => CONFIDENTIALITY.has(f.category))],
    ['panel_group_hygiene', findings.filter((f) => !CONFIDENTIALITY.has(f.category))],
  ];
  return (
    <div className="pv-findings">
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <section key={title} aria-label={t(title)}>
            <h3 className="pv-subtitle">{t(title)}</h3>
            <ul>
              {items.map((finding) => (
                <li
                  key={`${finding.ruleId}-${finding.start}-${finding.end}`}
                  data-category={finding.category}
                  data-severity={finding.severity}
                  className={`pv-finding pv-finding--${finding.severity}`}
                >
                  <span className="pv-finding__label">{t(`category_${finding.category}`)}</span>
                  <span className="pv-finding__message">{finding.message}</span>
                  <span className="pv-actions">
                    <button type="button" onMouseDown={keepEditorFocus} onClick={() => showFinding(finding)}>
                      {t('panel_show')}
                    </button>
                    {finding.fix !== undefined && (
                      <button type="button" onMouseDown={keepEditorFocus} onClick={() => fixFinding(finding)}>
                        {t('panel_fix')}
                      </button>
                    )}
                    {CONFIDENTIALITY.has(finding.category) && (
                      <button type="button" onMouseDown={keepEditorFocus} onClick={() => dismissFinding(finding)}>
                        {t('panel_dismiss')}
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
