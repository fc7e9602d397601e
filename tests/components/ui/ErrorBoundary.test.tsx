// Issue 10: out-of-range dates and render errors never leave a dead panel or page.
import { render, screen } from '@testing-library/react';
import { DraftsSection } from '../../../components/dashboard';
import { ErrorBoundary } from '../../../components/ui/ErrorBoundary';
import { createI18n, I18nProvider } from '../../../components/ui/i18n';
import { RestoreOffer } from '../../../components/panel/RestoreOffer';
import { PanelStoreContext } from '../../../components/panel/PanelStoreContext';
import { reachLogToCsv } from '../../../utils/db/csv';
import { setupPanel } from '../../stores/panel-fakes';
import { dropDb, freshDb, resetStoreBeforeEach } from '../dashboard/helpers';

resetStoreBeforeEach();

test.each([8.64e15 + 1, 9e18, Number.NaN, Number.POSITIVE_INFINITY, -9e15, 'not a date'])('formatting %s never throws', (value) => {
  for (const locale of ['en', 'fr'] as const) {
    const { formatDate } = createI18n(locale);
    expect(() => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })).not.toThrow();
  }
  expect(createI18n('en').formatDate(value)).toBe('unknown date');
  expect(createI18n('fr').formatDate(value)).toBe('date inconnue');
});

test('a render error shows a short localised message instead of a dead surface', () => {
  const Broken = () => {
    throw new Error('boom');
  };
  const onError = vi.fn();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <I18nProvider locale="fr">
      <ErrorBoundary messageKey="panel_render_failed" onError={onError}>
        <Broken />
      </ErrorBoundary>
    </I18nProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent("Porte-Voix n'a pas pu afficher son panneau ici.");
  expect(onError).toHaveBeenCalledTimes(1);
});

test('a restore offer dated beyond what Date holds still renders', () => {
  const { store } = setupPanel();
  store.setState({ restoreOffer: { id: 'future', text: 'From the far future', updatedAt: 9e15 } });
  render(
    <PanelStoreContext.Provider value={store}>
      <RestoreOffer />
    </PanelStoreContext.Provider>,
  );
  expect(screen.getByRole('button', { name: 'Restore draft' })).toBeInTheDocument();
});

test('the drafts page lists a row stored with an out-of-range date (an old import) instead of going blank', async () => {
  const database = freshDb();
  await database.open();
  // Written directly: the schema now refuses it, but a database filled before the bound may hold it.
  await database.drafts.put({
    id: 'far',
    platform: 'x',
    composerKind: 'post',
    url: '',
    text: 'Imported with a date Date cannot hold',
    createdAt: 9e15,
    updatedAt: 9e15,
    status: 'open',
    dismissedFindings: [],
  });
  render(<DraftsSection db={database} />);
  expect(await screen.findByText('Imported with a date Date cannot hold')).toBeInTheDocument();
  await dropDb(database);
});

test('a CSV export of a reach row with such a date does not throw', () => {
  const row = {
    id: 1,
    platform: 'x' as const,
    publishedAt: 9e15,
    text: 'x',
    hashtags: [],
    personalVoice: null,
    length: 1,
    kind: 'own' as const,
  };
  expect(() => reachLogToCsv([row])).not.toThrow();
});

test('a save the database refused is visible in the panel, in the person\'s language', async () => {
  const { ComposerPanel } = await import('../../../components/panel/ComposerPanel');
  const { store } = setupPanel({ backend: { saveDraft: vi.fn(async () => ({ saved: false })) }, env: { saveDelayMs: 0 } });
  render(
    <I18nProvider locale="fr">
      <PanelStoreContext.Provider value={store}>
        <ComposerPanel />
      </PanelStoreContext.Provider>
    </I18nProvider>,
  );
  store.getState().textChanged('Un brouillon restauré');
  expect(await screen.findByText(/garde désormais ce texte comme un nouveau brouillon/)).toBeInTheDocument();
});
