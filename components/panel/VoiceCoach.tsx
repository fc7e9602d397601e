import { useI18n } from '../ui/i18n';
import { usePanel } from './PanelStoreContext';

/** Asks for the person's own take when the post is mostly company copy. Questions only, never opinion text. */
export function VoiceCoach() {
  const { t } = useI18n();
  const voice = usePanel((state) => state.voice);
  if (!voice) return null;
  return (
    <>
      {voice.needsTake && (
        <section className="pv-voice" aria-label={t('panel_voice_title')} data-testid="pv-voice-prompt">
          <h3 className="pv-subtitle">{t('panel_voice_title')}</h3>
          <p>{t('panel_voice_body', [Math.round(voice.companyShare * 100)])}</p>
          <ul>
            {voice.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
      )}
      {voice.jargon.length > 0 && (
        <p className="pv-muted pv-jargon" data-testid="pv-jargon">
          {voice.jargon[0]!.message}
        </p>
      )}
    </>
  );
}
