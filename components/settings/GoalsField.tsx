import { useId } from 'react';
import { GOALS, type Goal } from '../../utils/settings';
import { useI18n } from '../ui/i18n';

export interface GoalsFieldProps {
  value: readonly Goal[];
  onChange: (goals: Goal[]) => void;
  /** Visible legend; the onboarding step gives its own heading instead. */
  legend?: string;
}

/** The four goals as checkboxes, each with a one-line explanation. */
export function GoalsField({ value, onChange, legend }: GoalsFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const toggle = (goal: Goal, checked: boolean) =>
    onChange(checked ? GOALS.filter((g) => g === goal || value.includes(g)) : value.filter((g) => g !== goal));
  return (
    <fieldset className="pv-fieldset pv-goals">
      {legend ? <legend>{legend}</legend> : null}
      {GOALS.map((goal) => (
        <div className="pv-choice" key={goal}>
          <input
            type="checkbox"
            id={`${id}-${goal}`}
            checked={value.includes(goal)}
            aria-describedby={`${id}-${goal}-desc`}
            onChange={(event) => toggle(goal, event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-${goal}`}>{t(`set_goal_${goal}`)}</label>
          <span className="pv-hint" id={`${id}-${goal}-desc`}>
            {t(`set_goal_${goal}_desc`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
