import { defaultSettings, onboardingPatch, quietHoursErrors } from '../../utils/settings';

describe('onboarding choices', () => {
  const hours = { ...defaultSettings().quietHours, enabled: true };

  test('quietHoursErrors keys the errors as the settings form does', () => {
    expect(quietHoursErrors(hours)).toEqual({});
    expect(quietHoursErrors({ ...hours, days: [] })).toEqual({ 'quietHours.days': 'set_err_days' });
    expect(quietHoursErrors({ ...hours, end: hours.start })).toEqual({ 'quietHours.end': 'set_err_same_time' });
  });

  test('finishing saves the choices and marks onboarding done', () => {
    expect(onboardingPatch({ goals: ['business'], interests: ['cloud'], quietHours: { ...hours, days: [5, 1, 5] } }, true)).toEqual({
      goals: ['business'],
      interests: ['cloud'],
      quietHours: { ...hours, days: [1, 5] },
      onboardingDone: true,
    });
  });

  test('finishing with invalid hours saves nothing; skipping leaves the hours out and keeps the rest', () => {
    const choices = { goals: ['belonging' as const], interests: [], quietHours: { ...hours, days: [] } };
    expect(onboardingPatch(choices, true)).toBeUndefined();
    expect(onboardingPatch(choices, false)).toEqual({ goals: ['belonging'], interests: [], onboardingDone: true });
  });
});
