import { render, screen } from '@testing-library/react';
import { FeedStatus, type FeedStatusState } from '../../../components/feed/FeedStatus';
import { I18nProvider } from '../../../components/ui/i18n';
import { FeedError, feedErrorRecord } from '../../../utils/feed';
import type { Locale } from '../../../utils/i18n/translate';

function show(state: FeedStatusState | null, locale: Locale = 'en', errorsOnly = false) {
  render(
    <I18nProvider locale={locale}>
      <FeedStatus state={state} errorsOnly={errorsOnly} />
    </I18nProvider>,
  );
  return screen.queryByTestId('pv-feed-status');
}

const GOOD = Date.UTC(2026, 10, 20, 9, 30);

test('the last good update, and the failure in the person’s language (a stored record from the background)', () => {
  const record = feedErrorRecord(new FeedError('invalid-xml', 'Invalid XML at line 7', { position: { line: 7 } }));
  expect(show({ lastGoodAt: GOOD, lastError: record, lastErrorAt: GOOD + 3_600_000 }, 'fr')).toHaveTextContent(
    /^Dernière mise à jour : 20 nov\. 2026, \d\d:30\. La dernière mise à jour a échoué : Le flux est mal formé vers la ligne 7\.$/,
  );
});

test('a failure that is not a feed error reads as a network problem; markup in a record is never rendered', () => {
  const status = show({ lastGoodAt: GOOD, lastError: feedErrorRecord(new TypeError('<img src=x onerror=alert(1)>')) });
  expect(status).toHaveTextContent('The last update failed: The feed server could not be reached.');
  expect(status?.querySelector('img')).toBeNull();
});

test('never fetched; nothing to say when errors only are asked for and all is well', () => {
  expect(show({})).toHaveTextContent('The company news has not been fetched yet.');
});

test('errorsOnly hides a healthy feed', () => {
  expect(show({ lastGoodAt: GOOD }, 'en', true)).toBeNull();
});
