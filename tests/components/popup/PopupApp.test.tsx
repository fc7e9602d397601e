import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupApp, type PopupDeps } from '../../../components/popup/PopupApp';
import { I18nProvider } from '../../../components/ui/i18n';
import type { FeedItem } from '../../../utils/feed/feed-item';
import { translate } from '../../../utils/i18n/translate';
import { PolicySchema } from '../../../utils/policy';
import { usePopupStore } from '../../../utils/stores/popup-store';
import { hiringItem } from '../../stores/panel-fakes';

const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

const items: FeedItem[] = [
  {
    id: 'h2',
    title: 'Alpinéa commissions its first industrial electrolyser in Grenoble',
    url: 'https://newsroom.alpinea.example/h2',
    summary: 'The 20 MW electrolyser supplies green hydrogen to Grenoble.',
    tags: ['hydrogen'],
    source: 'https://newsroom.alpinea.example/feed.json',
    suggestedCaption: 'Our first industrial electrolyser is live in Grenoble.',
    published: '2026-10-29T08:00:00Z',
  },
  hiringItem,

];

function renderPopup(over: Partial<PopupDeps> = {}) {
  const deps: PopupDeps = {
    loadItems: vi.fn(async () => items),
    activeTab: vi.fn(async () => null),
    openTab: vi.fn(async () => {}),
    policy: PolicySchema.parse({}),
    ...over,
  };
  render(
    <I18nProvider locale="en">
      <PopupApp deps={deps} />
    </I18nProvider>,
  );
  return { deps, user: userEvent.setup() };
}

beforeEach(() => usePopupStore.getState().reset());

const newsList = () => screen.findByRole('list', { name: en('popup_news') });

test('lists the cached news; a search that matches nothing says so instead of listing everything', async () => {
  const { user } = renderPopup();
  expect(within(await newsList()).getAllByRole('listitem')).toHaveLength(2);
  await user.type(screen.getByRole('searchbox', { name: en('popup_search') }), 'electrolyser');
  expect(within(await newsList()).getAllByRole('listitem')).toHaveLength(1);
  await user.clear(screen.getByRole('searchbox'));
  await user.type(screen.getByRole('searchbox'), 'zzzz');
  expect(await screen.findByText(en('popup_no_match'))).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: en('popup_news') })).not.toBeInTheDocument();
});

test('Share on X asks for the take, flags a phone number in it, and opens the intent with the take first and the link apart', async () => {
  const { user, deps } = renderPopup();
  await newsList();
  await user.click(screen.getByRole('button', { name: en('popup_share_on_item', ['X', items[0]!.title]) }));
  const take = screen.getByLabelText(en('popup_take_label'));
  expect(take).toHaveFocus();
  await user.type(take, 'Call me on 06 12 34 56 78');
  const findings = screen.getByRole('list', { name: en('popup_findings') });
  expect(findings.querySelector('li[data-category="phone"]')).not.toBeNull();
  await user.clear(take);
  await user.type(take, 'I visited the site: impressive team.{Enter}');
  expect(deps.openTab).toHaveBeenCalledTimes(1);
  const url = new URL(vi.mocked(deps.openTab).mock.calls[0]![0]);
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
  expect(url.searchParams.get('text')).toBe(`I visited the site: impressive team.\n\n${en('share_company_quote', [items[0]!.suggestedCaption!])}`);
  expect(url.searchParams.get('url')).toBe(items[0]!.url);
  // Back at the list for the next share.
  expect(await newsList()).toBeInTheDocument();
});

test('Share on LinkedIn puts the link in the text; an empty take is allowed', async () => {
  const { user, deps } = renderPopup();
  await newsList();
  await user.click(screen.getByRole('button', { name: en('popup_share_on_item', ['LinkedIn', items[1]!.title]) }));
  await user.click(screen.getByRole('button', { name: en('popup_open_composer', ['LinkedIn']) }));
  const url = new URL(vi.mocked(deps.openTab).mock.calls[0]![0]);
  expect(url.href.startsWith('https://www.linkedin.com/feed/?shareActive=true&text=')).toBe(true);
  expect(url.searchParams.get('text')).toBe(items[1]!.url);
});

test('"Share this page" refuses a tab that is not a web page', async () => {
  const { user, deps } = renderPopup({ activeTab: vi.fn(async () => ({ title: 'Settings', url: 'chrome://settings' })) });
  await newsList();
  await user.click(screen.getByRole('button', { name: 'X' }));
  expect(await screen.findByText(en('popup_page_not_shareable'))).toBeInTheDocument();
  expect(deps.openTab).not.toHaveBeenCalled();
});

test('the feed status shows only when the last update failed, with the last good time, as text', async () => {
  const failed = { lastGoodAt: Date.UTC(2026, 10, 20, 9, 30), lastError: 'feed_error_http[503]: <b>Service Unavailable</b>', lastErrorAt: Date.UTC(2026, 10, 21) };
  renderPopup({ loadFeedState: async () => failed });
  const status = await screen.findByTestId('pv-feed-status');
  expect(status).toHaveTextContent(/^Last updated 20 Nov 2026, \d\d:30\. The last update failed: The feed server answered with an error \(HTTP 503\)\.$/);
  expect(status.querySelector('b')).toBeNull();
  // Items are still the last good copy.
  expect(within(await newsList()).getAllByRole('listitem')).toHaveLength(2);
});

test('no feed status when the feed is fine', async () => {
  renderPopup({ loadFeedState: async () => ({ lastGoodAt: Date.now() }) });
  await newsList();
  expect(screen.queryByTestId('pv-feed-status')).not.toBeInTheDocument();
});

describe('issue 13: one entry per story, nothing embargoed or expired, the disclosure in the share', () => {
  const french: FeedItem = { ...hiringItem, id: 'jobs-fr', title: 'Alpinéa recrute 200 techniciens', url: 'https://newsroom.alpinea.example/fr/jobs', language: 'fr', published: '2026-11-24T08:05:00Z' };
  const english: FeedItem = { ...hiringItem, language: 'en' };
  const embargoed: FeedItem = { ...hiringItem, id: 'helio', title: 'Alpinéa to acquire Helio Storage', url: 'https://newsroom.alpinea.example/helio', embargoUntil: '2099-01-01T00:00:00Z' };
  const expired: FeedItem = { ...hiringItem, id: 'open-day', title: 'Open day in Nantes', url: 'https://newsroom.alpinea.example/open-day', expires: '2020-01-01T00:00:00Z' };

  test('English and French versions of one story are one entry, in the person’s language', async () => {
    renderPopup({ loadItems: vi.fn(async () => [french, english, embargoed, expired]) });
    const titles = within(await newsList()).getAllByRole('listitem').map((item) => item.querySelector('.pv-news__title')?.textContent);
    expect(titles).toEqual([english.title]);
  });

  test('Share adds the disclosure in the item’s language from the start', async () => {
    const { user, deps } = renderPopup({
      loadItems: vi.fn(async () => [english]),
      disclosure: { lines: { en: 'I work at Alpinéa.', fr: 'Je travaille chez Alpinéa.' }, source: 'company' },
    });
    await user.click(within(await newsList()).getByRole('button', { name: en('popup_share_on_item', ['LinkedIn', english.title]) }));
    await user.click(screen.getByRole('button', { name: en('popup_open_composer', ['LinkedIn']) }));
    const opened = decodeURIComponent(String(vi.mocked(deps.openTab).mock.calls[0]?.[0]));
    expect(opened).toContain('I work at Alpinéa.');
  });
});
