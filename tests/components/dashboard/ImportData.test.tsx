import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataSection } from '../../../components/dashboard';
import { storageCounts } from '../../../utils/db/data';
import { listDrafts } from '../../../utils/db/drafts';
import { translate } from '../../../utils/i18n/translate';
import { defaultSettings, type Settings } from '../../../utils/settings';
import { resetStoreBeforeEach, seedDataBeforeEach } from './helpers';

resetStoreBeforeEach();
const seeded = seedDataBeforeEach();
const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

test('replace mode says what it will delete before doing it', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={seeded.db} />);
  const file = new File([JSON.stringify({ format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T10:00:00Z', drafts: [], reachLog: [] })], 'empty.json');
  await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), file);
  const review = await screen.findByRole('group', { name: 'Review “empty.json”' });
  await user.click(within(review).getByRole('radio', { name: 'Replace what is here' }));
  expect(await within(review).findByText('Deleted because they are not in the file: 1 drafts and 1 published posts.')).toBeInTheDocument();
  await user.click(within(review).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group', { name: 'Review “empty.json”' })).not.toBeInTheDocument();
  expect(await storageCounts(seeded.db)).toMatchObject({ drafts: 1, reachLog: 1 });
});

test('invalid files are refused with a readable reason', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={seeded.db} />);
  const input = screen.getByLabelText('Porte-Voix export file (.json)');
  await user.upload(input, new File(['{not json'], 'broken.json'));
  expect(await screen.findByRole('alert')).toHaveTextContent('it is not valid JSON');

  const bad = { format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T10:00:00Z', drafts: [], reachLog: [{ id: 1 }] };
  await user.upload(input, new File([JSON.stringify(bad)], 'bad.json'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This file cannot be imported. Nothing was changed.');
  expect(alert).toHaveTextContent('reachLog[0].platform');
});

describe('settings in an imported file (issue 10)', () => {
  const exportFile = (settings: unknown) =>
    new File(
      [JSON.stringify({ format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T10:00:00Z', drafts: [{ id: 'd9', platform: 'x', composerKind: 'post', url: '', text: 'from the file', createdAt: 90, updatedAt: 99, status: 'open', dismissedFindings: [] }], reachLog: [], settings })],
      'edited.json',
    );

  test('are validated with the settings schema: an invalid value refuses the whole file', async () => {
    const user = userEvent.setup({ delay: null });
    const applySettings = vi.fn(async () => {});
    render(<DataSection db={seeded.db} getSettings={async () => defaultSettings()} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...defaultSettings(), paused: 'yes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('settings.paused');
    expect(applySettings).not.toHaveBeenCalled();
    expect((await storageCounts(seeded.db)).drafts).toBe(1);
  });

  test('the preview says what they change: pause, checks turned off, another feed', async () => {
    const user = userEvent.setup({ delay: null });
    const current = defaultSettings();
    const incoming: Settings = {
      ...current,
      paused: true,
      feedUrl: 'https://elsewhere.example/feed.xml',
      checks: { ...current.checks, email: { enabled: false }, codename: { enabled: false } },
    };
    render(<DataSection db={seeded.db} getSettings={async () => current} applySettings={vi.fn(async () => {})} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile(incoming));
    const review = await screen.findByRole('group', { name: 'Review “edited.json”' });
    const changes = within(review).getByRole('list', { name: en('dash_import_settings_changes') });
    expect(changes).toHaveTextContent(en('dash_import_setting_paused'));
    expect(changes).toHaveTextContent(en('dash_import_setting_checks_off', [`${en('set_cat_email')}, ${en('set_cat_codename')}`]));
    expect(changes).toHaveTextContent(en('dash_import_setting_feed', ['https://elsewhere.example/feed.xml']));
  });

  test('rows and settings are applied together or not at all', async () => {
    const user = userEvent.setup({ delay: null });
    const current = defaultSettings();
    const applySettings = vi.fn(async (_settings: Settings) => {
      throw new Error('storage refused');
    });
    render(<DataSection db={seeded.db} getSettings={async () => current} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...current, paused: true }));
    const review = await screen.findByRole('group', { name: 'Review “edited.json”' });
    await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    // The settings could not be written: the drafts of the file are not imported either.
    expect((await listDrafts({}, seeded.db)).map((draft) => draft.id)).toEqual(['d1']);
  });

  test('a database failure puts the previous settings back', async () => {
    const user = userEvent.setup({ delay: null });
    const current = defaultSettings();
    const applySettings = vi.fn(async (_settings: Settings) => {});
    render(<DataSection db={seeded.db} getSettings={async () => current} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...current, paused: true }));
    const review = await screen.findByRole('group', { name: 'Review “edited.json”' });
    vi.spyOn(seeded.db.drafts, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(applySettings).toHaveBeenLastCalledWith(current);
  });
});
