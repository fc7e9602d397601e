import { useId, useState, type KeyboardEvent } from 'react';
import { InterestSchema } from '../../utils/settings';
import { useI18n } from '../ui/i18n';
import { errorText } from './field-error';

export interface InterestsFieldProps {
  value: readonly string[];
  onChange: (interests: string[]) => void;
  /** Validation message (set_err_* key) for the whole list. */
  error?: string;
}

/** Topics and hashtags, added one at a time (Enter or the Add button) and removable. */
export function InterestsField({ value, onChange, error }: InterestsFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();

  const add = () => {
    const parsed = InterestSchema.safeParse(text);
    if (!parsed.success) {
      setInputError(text.trim() === '' ? undefined : parsed.error.issues[0]?.message);
      return;
    }
    const interest = parsed.data;
    if (!value.some((existing) => existing.toLocaleLowerCase() === interest.toLocaleLowerCase())) {
      onChange([...value, interest]);
    }
    setText('');
    setInputError(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the interest instead of submitting the surrounding form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  const shownError = errorText(t, inputError ?? error);

  return (
    <div className="pv-interests">
      <label htmlFor={`${id}-input`}>{t('set_interest_label')}</label>
      <div className="pv-row">
        <input
          id={`${id}-input`}
          type="text"
          value={text}
          maxLength={80}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${id}-error` : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={add}>
          {t('set_interest_add')}
        </button>
      </div>
      {shownError ? (
        <p className="pv-error" id={`${id}-error`} role="alert">
          {shownError}
        </p>
      ) : null}
      {value.length === 0 ? (
        <p className="pv-hint">{t('set_interests_empty')}</p>
      ) : (
        <ul className="pv-chips">
          {value.map((interest) => (
            <li key={interest}>
              <span>{interest}</span>
              <button
                type="button"
                className="pv-chip-remove"
                aria-label={t('set_interest_remove', [interest])}
                onClick={() => onChange(value.filter((item) => item !== interest))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
