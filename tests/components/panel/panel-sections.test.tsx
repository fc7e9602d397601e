import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FindingList } from '../../../components/panel/FindingList';
import { PanelStoreContext } from '../../../components/panel/PanelStoreContext';
import { SuggestionList } from '../../../components/panel/SuggestionList';
import { VoiceCoach } from '../../../components/panel/VoiceCoach';
import { I18nProvider } from '../../../components/ui/i18n';
import type { FeedItem } from '../../../utils/feed/feed-item';
import { translate } from '../../../utils/i18n/translate';
import type { Platform } from '../../../utils/platform';
import { PolicySchema } from '../../../utils/policy';
import { electrolyserItem, fakeEditor, hiringItem, setupPanel } from '../../stores/panel-fakes';
import type { PanelStore } from '../../../utils/stores/panel-store';

const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

const h2 = electrolyserItem;
const jobs = hiringItem;

function setup(platform: Platform = 'linkedin') {
  const { port, store } = setupPanel({
    platform,
    backend: { feedItems: vi.fn(async () => [h2, jobs]) },
    env: { checkDelayMs: 5, saveDelayMs: 5 },
    preferences: { policy: PolicySchema.parse({}) },
  });
  render(
    <I18nProvider locale="en">
      <PanelStoreContext.Provider value={store}>
        <FindingList />
        <VoiceCoach />
        <SuggestionList />
      </PanelStoreContext.Provider>
    </I18nProvider>,
  );
  return { port, store, user: userEvent.setup() };
}

/** The person types in the editor: the site's editor changes, the panel hears of it. */
function type(store: PanelStore, port: ReturnType<typeof fakeEditor>, text: string) {
  act(() => {
    port.text = text;
    port.caret = text.length;
    store.getState().textChanged(text);
  });
}

const insertButton = (item: FeedItem) => screen.findByRole('button', { name: en('panel_insert_item', [item.title]) });

test('a draft on a topic lists the matching item; Insert puts the share, placeholder and link, into the editor; the prompt asks for a take until the person gives one', async () => {
  const { port, store, user } = setup();
  await act(() => store.getState().loadFeed());
  type(store, port, 'Visiting the Grenoble electrolyser ');
  const section = await screen.findByRole('region', { name: en('panel_suggestions') });
  expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(h2.title);
  expect(screen.queryByTestId('pv-voice-prompt')).not.toBeInTheDocument();

  await user.click(await insertButton(h2));
  expect(port.text.startsWith('Visiting the Grenoble electrolyser ')).toBe(true);
  expect(port.text).toContain(en('share_take_placeholder'));
  expect(port.text.endsWith(h2.url)).toBe(true);
  const prompt = await screen.findByTestId('pv-voice-prompt');
  expect(within(prompt).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);

  type(store, port, port.text.replace(en('share_take_placeholder'), 'I visited the site last week and I was impressed by the team.'));
  await waitFor(() => expect(screen.queryByTestId('pv-voice-prompt')).not.toBeInTheDocument());
});

test('on X the inserted share stays within the weighted limit', async () => {
  const { port, store, user } = setup('x');
  await act(() => store.getState().loadFeed());
  type(store, port, 'electrolyser ');
  await user.click(await insertButton(h2));
  expect(port.text).toContain(h2.url);
  // The panel's own count (twitter-text, link counted as plain text for ".example") stays under 280.
  expect(store.getState().count.overLimit).toBe(false);
});

test('findings: a secret is listed with Show and "Not a secret"; Show selects it in the editor; dismissing removes it', async () => {
  const { port, store, user } = setup();
  const secret = 'ghp_8fK2mQ9xR4tL7vN1pW3sY6zB0cD5eH2jA9kT';
  type(store, port, `Deploy token: ${secret}`);
  const item = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('li[data-category="secret"]');
    expect(found).not.toBeNull();
    return found!;
  });
  await user.click(within(item).getByRole('button', { name: en('panel_show') }));
  expect(port.select).toHaveBeenCalledWith({ start: 'Deploy token: '.length, end: 'Deploy token: '.length + secret.length });
  await user.click(within(item).getByRole('button', { name: en('panel_dismiss') }));
  await waitFor(() => expect(document.querySelector('li[data-category="secret"]')).toBeNull());
});

test('Fix rewrites the span through the editor (tracking parameters removed)', async () => {
  const { port, store, user } = setup();
  type(store, port, 'Read https://newsroom.alpinea.example/h2?utm_source=linkedin now');
  const item = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('li[data-category="tracking_link"]');
    expect(found).not.toBeNull();
    return found!;
  });
  await user.click(within(item).getByRole('button', { name: en('panel_fix') }));
  expect(port.text).toBe('Read https://newsroom.alpinea.example/h2 now');
  await waitFor(() => expect(document.querySelector('li[data-category="tracking_link"]')).toBeNull());
});
