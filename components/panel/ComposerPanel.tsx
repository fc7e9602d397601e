import { useState } from 'react';
import { useI18n } from '../ui/i18n';
import { CharacterCount } from './CharacterCount';
import { FindingList } from './FindingList';
import { HoldDialog } from './HoldDialog';
import { keepEditorFocus } from './keep-editor-focus';
import { usePanel } from './PanelStoreContext';
import { RestoreOffer } from './RestoreOffer';
import { SuggestionList } from './SuggestionList';
import { VoiceCoach } from './VoiceCoach';
import { PostPreview } from './PostPreview';
import { takeStarter } from '../../utils/voice/take-starter';

/** The panel beside one composer. Thin: it renders its store and calls its actions. */
export function ComposerPanel() {
  const { t, locale } = useI18n();
  const problem = usePanel((state) => state.problem);
  const notice = usePanel((state) => state.notice);
  const nudgesAllowed = usePanel((state) => state.preferences.nudgesAllowed);
  const compact = usePanel((state) => state.preferences.compact);
  const position = usePanel((state) => state.preferences.position);
  const findingCount = usePanel((state) => state.findings.length);
  const lastInsertFailed = usePanel((state) => state.lastInsertFailed);
  const insertText = usePanel((state) => state.insertText);
  const threadPart = usePanel((state) => state.threadPart);
  const goals = usePanel((state) => state.preferences.goals);
  const [expanded, setExpanded] = useState(!compact && threadPart === 0);
  return (
    <section role="region" aria-label="Porte-Voix" className={`pv-panel pv-panel--${position}`}>
      <header className="pv-header">
        <span className="pv-brand" aria-hidden="true">
          Porte-Voix
        </span>
        <CharacterCount />
        <button
          type="button"
          className="pv-toggle"
          aria-expanded={expanded}
          onMouseDown={keepEditorFocus}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('panel_collapse') : t('panel_expand', [findingCount])}
        </button>
      </header>
      <HoldDialog />
      {problem && (
        <p role="status" className="pv-problem">
          {t(problem)}
        </p>
      )}
      {notice && (
        <p role="status" className="pv-notice">
          {t(notice)}
        </p>
      )}
      {lastInsertFailed && (
        <p role="status" className="pv-problem">
          {t('panel_insert_failed')}
        </p>
      )}
      {expanded && (
        <div className="pv-body">
          <RestoreOffer />
          <FindingList />
          {nudgesAllowed && <VoiceCoach />}
          {nudgesAllowed && <SuggestionList />}
          <div className="pv-actions">
            <button
              type="button"
              title={t('panel_take_starter_hint')}
              onMouseDown={keepEditorFocus}
              onClick={() => insertText(takeStarter(goals, locale))}
            >
              {t('panel_take_starter')}
            </button>
          </div>
          <PostPreview />
        </div>
      )}
    </section>
  );
}
