import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OnboardingFlow } from '../../../components/onboarding/OnboardingFlow';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';
import { getSettings, updateSettings } from '../../../utils/browser/storage';

// Each step re-renders its fields on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

function renderFlow(onDone = vi.fn()) {
  render(
    <I18nProvider locale="en">
      <OnboardingFlow onDone={onDone} />
    </I18nProvider>,
  );
  return { onDone, user: userEvent.setup() };
}

const next = () => screen.getByRole('button', { name: en('onb_next') });

test('walks forward and back, with progress and focus on each heading', async () => {
  const { user } = renderFlow();
  const first = screen.getByRole('heading', { level: 2, name: en('onb_intro_heading') });
  await waitFor(() => expect(first).toHaveFocus());
  expect(screen.getByText(en('onb_progress', [1, 5]))).toBeInTheDocument();
  expect(screen.getByText(en('onb_intro_device'))).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: en('onb_back') })).not.toBeInTheDocument();

  await user.click(next());
  expect(screen.getByRole('heading', { level: 2, name: en('onb_goals_heading') })).toHaveFocus();
  expect(screen.getByText(en('onb_progress', [2, 5]))).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: en('onb_back') }));
  expect(screen.getByRole('heading', { level: 2, name: en('onb_intro_heading') })).toHaveFocus();
});

test('is keyboard operable from start to finish and saves goals, interests and hours', async () => {
  const { user, onDone } = renderFlow();
  await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveFocus());
  await user.click(next());

  await user.click(screen.getByRole('checkbox', { name: en('set_goal_information') }));
  await user.click(screen.getByRole('checkbox', { name: en('set_goal_business') }));
  await user.click(next());

  const topic = screen.getByLabelText(en('set_interest_label'));
  await user.type(topic, '#GreenTech{Enter}');
  await user.type(topic, 'cloud{Enter}');
  await user.type(topic, '#greentech{Enter}'); // same interest, other case: ignored
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
  await user.click(screen.getByRole('button', { name: en('set_interest_remove', ['cloud']) }));
  await user.click(next());

  await user.click(screen.getByLabelText(en('set_quiet_enabled')));
  const start = screen.getByLabelText(en('set_quiet_start'));
  await user.clear(start);
  await user.type(start, '08:30');
  await user.click(next());

  expect(screen.getByRole('heading', { level: 2, name: en('onb_primer_heading') })).toHaveFocus();
  // Finish with the keyboard only.
  await user.tab();
  await user.tab();
  expect(screen.getByRole('button', { name: en('onb_finish') })).toHaveFocus();
  await user.keyboard('{Enter}');

  await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  expect(await getSettings()).toMatchObject({
    onboardingDone: true,
    goals: ['information', 'business'],
    interests: ['#GreenTech'],
    quietHours: { enabled: true, start: '08:30', end: '18:00' },
  });
});

test('refuses to leave the hours step with no day chosen, and says why', async () => {
  const { user } = renderFlow();
  await user.click(next());
  await user.click(next());
  await user.click(next());
  await user.click(screen.getByLabelText(en('set_quiet_enabled')));
  const days = screen.getByRole('group', { name: en('set_quiet_days') });
  for (const box of within(days).getAllByRole('checkbox')) {
    if ((box as HTMLInputElement).checked) await user.click(box);
  }
  await user.click(next());
  expect(screen.getByText(en('set_err_days'))).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: en('onb_quiet_heading') })).toBeInTheDocument();
});

test('can be skipped at any step: keeps choices made so far and marks onboarding done', async () => {
  const { user, onDone } = renderFlow();
  await user.click(next());
  await user.click(screen.getByRole('checkbox', { name: en('set_goal_belonging') }));
  await user.click(screen.getByRole('button', { name: en('onb_skip') }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  const settings = await getSettings();
  expect(settings).toMatchObject({ onboardingDone: true, goals: ['belonging'], interests: [] });
  expect(settings.quietHours.enabled).toBe(false);
});

test('reopened, it starts from the saved choices', async () => {
  await updateSettings({ goals: ['employability'], onboardingDone: true });
  const { user } = renderFlow();
  await user.click(next());
  await waitFor(() => expect(screen.getByRole('checkbox', { name: en('set_goal_employability') })).toBeChecked());
});

test('speaks French when asked', async () => {
  render(
    <I18nProvider locale="fr">
      <OnboardingFlow />
    </I18nProvider>,
  );
  await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: translate('fr', 'onb_intro_heading') })).toHaveFocus());
  expect(screen.getByText(translate('fr', 'onb_progress', [1, 5]))).toBeInTheDocument();
});
