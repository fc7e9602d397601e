import { useEffect, useRef, useState } from 'react';
import { defaultSettings, errorsUnder } from '../../utils/settings';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { GoalsField } from '../settings/GoalsField';
import { InterestsField } from '../settings/InterestsField';
import { QuietHoursFields } from '../settings/QuietHoursFields';
import { useI18n } from '../ui/i18n';
import '../settings/settings.css';
import './onboarding.css';

export interface OnboardingFlowProps {
  /** Called once the choices are saved (finished or skipped). */
  onDone?: () => void;
}

const STEPS = ['intro', 'goals', 'interests', 'quiet', 'primer'] as const;
type Step = (typeof STEPS)[number];

/**
 * Five short screens: what Porte-Voix does and never does, goals, interests, the hours when
 * suggestions are welcome, and a digital-hygiene primer. Skippable at every step; whichever
 * way it ends, it saves the choices made so far and marks onboarding done.
 */
export function OnboardingFlow({ onDone }: OnboardingFlowProps) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  // Reopened from settings: starts from what the person already chose (the store loads it).
  const choices = useSettingsStore((state) => state.draft) ?? defaultSettings();
  const errors = useSettingsStore((state) => state.errors);
  const saving = useSettingsStore((state) => state.saving);
  const saveFailed = useSettingsStore((state) => state.status?.outcome === 'saveFailed');
  const { openOnboarding, edit, checkQuietHours, finishOnboarding } = useSettingsStore.getState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step: Step = STEPS[index] ?? 'intro';

  useEffect(() => openOnboarding(), [openOnboarding]);

  // Each step announces itself: focus goes to its heading (screen readers read it out).
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  const save = async (finishing: boolean) => {
    if (await finishOnboarding(finishing)) onDone?.();
  };

  const next = () => {
    if (step === 'quiet' && !checkQuietHours()) return;
    if (index === STEPS.length - 1) void save(true);
    else setIndex(index + 1);
  };

  const headingId = `pv-onb-${step}`;
  const heading = (key: string) => (
    <h2 id={headingId} ref={headingRef} tabIndex={-1}>
      {t(key)}
    </h2>
  );

  return (
    // A section, not <main>: the hosting page owns the landmark.
    <section className="pv-onboarding" aria-labelledby={headingId}>
      <h1>{t('onb_title')}</h1>
      <p className="pv-onb-progress">{t('onb_progress', [index + 1, STEPS.length])}</p>
      <div className="pv-onb-bar" aria-hidden="true">
        <span style={{ width: `${((index + 1) / STEPS.length) * 100}%` }} />
      </div>

      <section className="pv-onb-step" key={step}>
        {step === 'intro' ? (
          <>
            {heading('onb_intro_heading')}
            <p>{t('onb_intro_does')}</p>
            <h3>{t('onb_intro_never')}</h3>
            <ul>
              <li>{t('onb_intro_device')}</li>
              <li>{t('onb_intro_company')}</li>
              <li>{t('onb_intro_voluntary')}</li>
            </ul>
          </>
        ) : null}
        {step === 'goals' ? (
          <>
            {heading('onb_goals_heading')}
            <p>{t('onb_goals_intro')}</p>
            <GoalsField value={choices.goals} onChange={(goals) => edit({ goals })} />
          </>
        ) : null}
        {step === 'interests' ? (
          <>
            {heading('onb_interests_heading')}
            <p>{t('onb_interests_intro')}</p>
            <InterestsField value={choices.interests} onChange={(interests) => edit({ interests })} />
          </>
        ) : null}
        {step === 'quiet' ? (
          <>
            {heading('onb_quiet_heading')}
            <p>{t('onb_quiet_intro')}</p>
            <QuietHoursFields
              value={choices.quietHours}
              onChange={(quietHours) => edit({ quietHours })}
              errors={errorsUnder(errors, 'quietHours')}
            />
          </>
        ) : null}
        {step === 'primer' ? (
          <>
            {heading('onb_primer_heading')}
            <ul>
              <li>{t('onb_primer_confidential')}</li>
              <li>{t('onb_primer_personal')}</li>
              <li>{t('onb_primer_unicode')}</li>
              <li>{t('onb_primer_voice')}</li>
            </ul>
          </>
        ) : null}
      </section>

      {saveFailed ? (
        <p className="pv-error" role="alert">
          {t('onb_save_error')}
        </p>
      ) : null}

      <div className="pv-onb-nav">
        {index > 0 ? (
          <button type="button" onClick={() => setIndex(index - 1)} disabled={saving}>
            {t('onb_back')}
          </button>
        ) : null}
        <button type="button" className="pv-primary" onClick={next} disabled={saving}>
          {saving ? t('onb_saving') : index === STEPS.length - 1 ? t('onb_finish') : t('onb_next')}
        </button>
        <button type="button" className="pv-onb-skip" onClick={() => void save(false)} disabled={saving}>
          {t('onb_skip')}
        </button>
      </div>
    </section>
  );
}
