import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '../../../components/dashboard';
import type { PorteVoixDb } from '../../../utils/db';
import { storageCounts } from '../../../utils/db/data';
import { listDrafts, saveDraft } from '../../../utils/db/drafts';
import { listReachLog, recordPublish, updateMetrics } from '../../../utils/db/reach-log';
import { translate } from '../../../utils/i18n/translate';
import { setPendingShare } from '../../../utils/pending-share';
import { importPolicyFile } from '../../../utils/policy-source';
import { defaultSettings, type Settings } from '../../../utils/settings';
import { getSettings, importedPolicyItem, updateSettings } from '../../../utils/storage';
import { dropDb, freshDb, resetStoreBeforeEach } from './helpers';

resetStoreBeforeEach();
const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);
let database: PorteVoixDb;
let downloads: Blob[];

beforeEach(async () => {
  database = freshDb();
  downloads = [];
  // jsdom has no object URLs: keep the Blob the section would download.
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      downloads.push(blob);
      return `blob:test/${downloads.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await saveDraft({ id: 'd1', platform: 'linkedin', composerKind: 'post', url: '', text: 'Brouillon « accentué »', updatedAt: 10 }, database);
  const id = await recordPublish({ platform: 'x', publishedAt: 1_700_000_000_000, text: '=cmd| a formula, "quoted"', kind: 'own', draftId: 'd1' }, database);
  await updateMetrics(id, { impressions: 12, reactions: 3, comments: 1, reposts: 0, colleagueShare: 0.5 }, database);
});
afterEach(async () => {
  await dropDb(database);
});

async function fileOf(blob: Blob, name: string): Promise<File> {
  return new File([await blob.text()], name, { type: 'application/json' });
}

test('shows what is stored and that nothing leaves the device', async () => {
  render(<DataSection db={database} />);
  expect(screen.getByText(/Nothing is sent to Porte-Voix, your company or anyone else/)).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'What Porte-Voix stores' });
  await waitFor(() => expect(within(table).getByRole('row', { name: /^Drafts/ })).toHaveTextContent(/1$/), { timeout: 5000 });
  expect(within(table).getByRole('row', { name: /^Published posts/ })).toHaveTextContent(/1$/);
  expect(within(table).getByRole('row', { name: /^Company news/ })).toHaveTextContent(/0$/);
});

test('export → delete all → import restores the same data and settings', async () => {
  const user = userEvent.setup({ delay: null });
  const applySettings = vi.fn(async () => {});
  const deleteSettings = vi.fn(async () => {});
  const mine = { ...defaultSettings(), language: 'fr' as const };
  render(<DataSection db={database} getSettings={async () => mine} applySettings={applySettings} deleteSettings={deleteSettings} />);
  const drafts = await listDrafts({}, database);
  const log = await listReachLog(database);

  await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
  expect(await screen.findByText('Export saved to your downloads.')).toBeInTheDocument();
  expect(downloads).toHaveLength(1);
  const exported = downloads[0]!;

  // Delete everything, through the confirmation dialog; Cancel has the focus first.
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Delete everything Porte-Voix keeps?' });
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
  expect(await screen.findByText('All your Porte-Voix data was deleted from this browser.')).toBeInTheDocument();
  expect(deleteSettings).toHaveBeenCalledOnce();
  expect(await storageCounts(database)).toEqual({ drafts: 0, reachLog: 0, feedItems: 0, feedState: 0 });

  await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), await fileOf(exported, 'backup.json'));
  const review = await screen.findByRole('group', { name: 'Review “backup.json”' });
  expect(review).toHaveTextContent('1 drafts and 1 published posts');
  expect(review).toHaveTextContent('Drafts: 1 new, 0 updated, 0 already here.');
  expect(review).toHaveTextContent('Settings: included in the file, applied on import.');
  // Nothing is written before the person confirms.
  expect((await storageCounts(database)).drafts).toBe(0);

  await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
  expect(await screen.findByText('Import finished.')).toBeInTheDocument();
  expect(applySettings).toHaveBeenCalledWith(mine);
  expect(await listDrafts({}, database)).toEqual(drafts);
  expect(await listReachLog(database)).toEqual(log);
});

test('replace mode says what it will delete before doing it', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={database} />);
  const file = new File([JSON.stringify({ format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T10:00:00Z', drafts: [], reachLog: [] })], 'empty.json');
  await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), file);
  const review = await screen.findByRole('group', { name: 'Review “empty.json”' });
  await user.click(within(review).getByRole('radio', { name: 'Replace what is here' }));
  expect(await within(review).findByText('Deleted because they are not in the file: 1 drafts and 1 published posts.')).toBeInTheDocument();
  await user.click(within(review).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group', { name: 'Review “empty.json”' })).not.toBeInTheDocument();
  expect(await storageCounts(database)).toMatchObject({ drafts: 1, reachLog: 1 });
});

test('invalid files are refused with a readable reason', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={database} />);
  const input = screen.getByLabelText('Porte-Voix export file (.json)');
  await user.upload(input, new File(['{not json'], 'broken.json'));
  expect(await screen.findByRole('alert')).toHaveTextContent('it is not valid JSON');

  const bad = { format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T10:00:00Z', drafts: [], reachLog: [{ id: 1 }] };
  await user.upload(input, new File([JSON.stringify(bad)], 'bad.json'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This file cannot be imported. Nothing was changed.');
  expect(alert).toHaveTextContent('reachLog[0].platform');
});

test('CSV export is formula-safe and readable by Excel', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={database} />);
  await user.click(screen.getByRole('button', { name: 'Export the log (CSV)' }));
  expect(await screen.findByText('CSV saved to your downloads.')).toBeInTheDocument();
  const bytes = new Uint8Array(await downloads[0]!.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = await downloads[0]!.text();
  expect(text).toContain(`"'=cmd| a formula, ""quoted"""`);
});

test('Escape closes the delete dialog and gives the focus back', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={database} />);
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Delete all my data…' })).toHaveFocus();
  expect(await storageCounts(database)).toMatchObject({ drafts: 1 });
});

test('Delete all also erases the settings and the imported policy, never the company-managed policy (issue 10)', async () => {
  await updateSettings({ paused: true, interests: ['climate'] });
  await importPolicyFile(JSON.stringify({ codenames: ['Orion'] }), 'mine.json');
  await setPendingShare({ kind: 'text', text: 'a share in progress' } as never);
  await fakeBrowser.storage.managed.set({ codenames: ['Atlas'] });

  const user = userEvent.setup();
  render(<DataSection db={database} />);
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
  expect(await screen.findByText('All your Porte-Voix data was deleted from this browser.')).toBeInTheDocument();

  expect(await importedPolicyItem.getValue()).toBeNull();
  expect(await getSettings()).toMatchObject({ paused: false, interests: [] });
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  expect(await storageCounts(database)).toEqual({ drafts: 0, reachLog: 0, feedItems: 0, feedState: 0 });
  expect(await fakeBrowser.storage.managed.get(null)).toEqual({ codenames: ['Atlas'] });
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
    render(<DataSection db={database} getSettings={async () => defaultSettings()} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...defaultSettings(), paused: 'yes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('settings.paused');
    expect(applySettings).not.toHaveBeenCalled();
    expect((await storageCounts(database)).drafts).toBe(1);
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
    render(<DataSection db={database} getSettings={async () => current} applySettings={vi.fn(async () => {})} />);
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
    render(<DataSection db={database} getSettings={async () => current} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...current, paused: true }));
    const review = await screen.findByRole('group', { name: 'Review “edited.json”' });
    await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    // The settings could not be written: the drafts of the file are not imported either.
    expect((await listDrafts({}, database)).map((draft) => draft.id)).toEqual(['d1']);
  });

  test('a database failure puts the previous settings back', async () => {
    const user = userEvent.setup({ delay: null });
    const current = defaultSettings();
    const applySettings = vi.fn(async (_settings: Settings) => {});
    render(<DataSection db={database} getSettings={async () => current} applySettings={applySettings} />);
    await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), exportFile({ ...current, paused: true }));
    const review = await screen.findByRole('group', { name: 'Review “edited.json”' });
    vi.spyOn(database.drafts, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(applySettings).toHaveBeenLastCalledWith(current);
  });
});
