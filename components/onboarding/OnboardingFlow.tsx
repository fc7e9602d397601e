import { useEffect, useRef, useState } from 'react';
import { QuietHoursSchema, defaultSettings, fieldErrors, type Goal, type QuietHours } from '../../utils/settings';
import { getSettings, updateSettings } from '../../utils/storage';
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

interface Choices {
  goals: Goal[];
  interests: string[];
  quietHours: QuietHours;
}

/**
 * Five short screens: what Porte-Voix does and never does, goals, interests, the hours when
 * suggestions are welcome, and a digital-hygiene primer. Skippable at every step; whichever
 * way it ends, it saves the choices made so far and marks onboarding done.
 */
export function OnboardingFlow({ onDone }: OnboardingFlowProps) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Choices>(() => {
    const { goals, interests, quietHours } = defaultSettings();
    return { goals, interests, quietHours };
  });
  const [quietErrors, setQuietErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const touched = useRef(false);
  const step: Step = STEPS[index] ?? 'intro';

  // Reopened from settings: start from what the person already chose.
  useEffect(() => {
    let live = true;
    void getSettings().then(({ goals, interests, quietHours }) => {
      // Never overwrite what the person already changed while this was loading.
      if (live && !touched.current) setChoices({ goals, interests, quietHours });
    });
    return () => {
      live = false;
    };
  }, []);

  // Each step announces itself: focus goes to its heading (screen readers read it out).
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  const choose = (patch: Partial<Choices>) => {
    touched.current = true;
    setChoices({ ...choices, ...patch });
  };

  const save = async (finishing: boolean) => {
    const quietHours = QuietHoursSchema.safeParse(choices.quietHours);
    // Skipping never fails on a half-edited step: invalid hours are simply not saved.
    if (!quietHours.success && finishing) return;
    setSaving(true);
    setSaveFailed(false);
    try {
      await updateSettings({
        goals: choices.goals,
        interests: choices.interests,
        ...(quietHours.success ? { quietHours: quietHours.data } : {}),
        onboardingDone: true,
      });
      onDone?.();
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const next = () => {
    if (step === 'quiet') {
      const parsed = QuietHoursSchema.safeParse(choices.quietHours);
      if (!parsed.success) {
        setQuietErrors(fieldErrors(parsed.error));
        return;
      }
      setQuietErrors({});
    }
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
            <GoalsField value={choices.goals} onChange={(goals) => choose({ goals })} />
          </>
        ) : null}
        {step === 'interests' ? (
          <>
            {heading('onb_interests_heading')}
            <p>{t('onb_interests_intro')}</p>
            <InterestsField value={choices.interests} onChange={(interests) => choose({ interests })} />
          </>
        ) : null}
        {step === 'quiet' ? (
          <>
            {heading('onb_quiet_heading')}
            <p>{t('onb_quiet_intro')}</p>
            <QuietHoursFields
              value={choices.quietHours}
              onChange={(quietHours) => choose({ quietHours })}
              errors={quietErrors}
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
