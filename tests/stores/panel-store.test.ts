import { createRanker, type RankedItem } from '../../utils/feed/rank-items';
import type { PanelBackend } from '../../utils/browser/background-client';
import { electrolyserItem, setupPanel, fakeTimersInEveryTest } from './panel-fakes';
import type { FeedItem } from '../../utils/feed/feed-item';
import { PolicySchema } from '../../utils/policy';

const item: FeedItem = electrolyserItem;

/** A LinkedIn panel with short debounces and a policy naming one codename. */
function setup(options: { text?: string; backend?: Partial<PanelBackend> } = {}) {
  return setupPanel({
    ...options,
    platform: 'linkedin',
    env: { checkDelayMs: 10, saveDelayMs: 20 },
    preferences: { policy: PolicySchema.parse({ codenames: ['Project Orion'] }) },
  });
}

/** Lets the debounces run out (checks after 10 ms, saves after 20 ms). */
const pause = (ms = 40) => vi.advanceTimersByTimeAsync(ms);
/** The background ranks suggestions: its answer arrives a moment later. */
const answered = () => vi.advanceTimersByTimeAsync(0);

fakeTimersInEveryTest();

test('counts immediately and checks after a short pause, never on the typing path', async () => {
  const { store } = setup();
  store.getState().textChanged('Project Orion ships next week');
  expect(store.getState().count.length).toBe(29);
  expect(store.getState().findings).toEqual([]);
  await pause();
  expect(store.getState().findings.map((f) => f.category)).toContain('codename');
});

test('autosave is debounced: a burst of keystrokes saves once, with the last text', async () => {
  const { store, backend } = setup();
  for (const text of ['H', 'He', 'Hel', 'Hello']) store.getState().textChanged(text);
  await pause(60);
  expect(backend.saved).toHaveLength(1);
  expect(backend.saved[0]).toMatchObject({ text: 'Hello', platform: 'linkedin', composerKind: 'post' });
});

test('a storage failure keeps the draft in memory, says so, and saves it with the next change', async () => {
  let fail = true;
  const { store, backend } = setup({
    backend: {
      saveDraft: vi.fn(async () => {
        if (fail) throw Object.assign(new Error('full'), { messageKey: 'dash_err_quota' });
        return { saved: true };
      }),
    },
  });
  store.getState().textChanged('Important thoughts');
  await pause(60);
  expect(store.getState().problem).toBe('dash_err_quota');
  fail = false;
  store.getState().textChanged('Important thoughts, continued');
  await pause(60);
  expect(store.getState().problem).toBeNull();
  expect(backend.saveDraft).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Important thoughts, continued' }));
});

test('Fix replaces the span through the editor and the finding goes away', async () => {
  const { store, port } = setup({ text: 'See https://example.com/?utm_source=linkedin&id=4 today' });
  store.getState().configure({});
  const tracking = store.getState().findings.find((f) => f.category === 'tracking_link');
  expect(tracking?.fix).toBeDefined();
  expect(store.getState().fixFinding(tracking!)).toBe(true);
  expect(port.text).not.toContain('utm_source');
  expect(store.getState().findings.some((f) => f.category === 'tracking_link')).toBe(false);
});

test('"Not a secret" is remembered for this draft even when the text moves', async () => {
  const { store } = setup({ text: 'Project Orion ships' });
  store.getState().configure({});
  const codename = store.getState().findings.find((f) => f.category === 'codename')!;
  store.getState().dismissFinding(codename);
  store.getState().textChanged('Big news: Project Orion ships');
  await pause();
  expect(store.getState().findings.some((f) => f.category === 'codename')).toBe(false);
});

test('Publish is held only for high-severity confidentiality findings; "Publish anyway" resumes', async () => {
  const { store, port } = setup({ text: 'My key is AKIAZ7XQ4N2M5P8R3T6W' });
  expect(store.getState().shouldHold()).toBe(true);
  const resume = vi.fn();
  store.getState().hold(resume);
  expect(store.getState().held?.findings.map((f) => f.category)).toEqual(['secret']);
  store.getState().releaseHold(false);
  expect(resume).not.toHaveBeenCalled();
  store.getState().hold(resume);
  store.getState().releaseHold(true);
  expect(resume).toHaveBeenCalledTimes(1);

  port.text = 'ALL CAPS IS NOT A SECRET BUT IT IS LOUD AND ANNOYING TO READ';
  expect(store.getState().shouldHold()).toBe(false);
});

test('inserting a company item links it, and the person is asked for their take until they give it', async () => {
  const { store, port } = setup({ backend: { feedItems: vi.fn(async () => [item]) } });
  await store.getState().loadFeed();
  await answered();
  expect(store.getState().suggestions.map((s) => s.item.id)).toEqual(['h2']);
  store.getState().insertItem(item);
  expect(port.text).toContain(item.url);
  expect(store.getState().linkedItem?.id).toBe('h2');
  // Once shared in this draft it is no longer suggested.
  await answered();
  expect(store.getState().suggestions.map((s) => s.item.id)).toEqual([]);
  await pause();
  expect(store.getState().voice?.needsTake).toBe(true);
  expect(store.getState().voice?.prompts.length).toBeGreaterThanOrEqual(2);

  port.text = `I visited the Grenoble site last month and I was amazed by the team's work.\n\n${port.text}`;
  store.getState().textChanged(port.text);
  await pause();
  expect(store.getState().voice?.needsTake).toBe(false);
});

test('publishing records the final text with its linked item and voice, then starts a new draft', async () => {
  const { store, backend } = setup({ backend: { feedItems: vi.fn(async () => [item]) } });
  await store.getState().loadFeed();
  store.getState().insertItem(item);
  const firstDraft = store.getState().draftId;
  await store.getState().published('final text');
  expect(backend.published[0]).toMatchObject({ text: 'final text', linkedItemId: 'h2', draftId: firstDraft });
  expect(store.getState().draftId).not.toBe(firstDraft);
});

test('a composer that opens empty offers the unfinished draft; restoring inserts it and takes that draft over', async () => {
  const { store, port } = setup({
    backend: { restorableDraft: vi.fn(async () => ({ id: 'old', text: 'Where I left off', updatedAt: 5 })) },
  });
  await store.getState().checkRestore();
  expect(store.getState().restoreOffer?.id).toBe('old');
  store.getState().restoreDraft();
  expect(port.text).toBe('Where I left off');
  // A row of its own that replaces the old one (issue 10: two tabs restoring one draft must not share a row).
  expect(store.getState().draftId).not.toBe('old');
  expect(store.getState().restoreOffer).toBeNull();
});

test('with an empty draft, the latest items come in the person\'s language first', async () => {
  const french = { ...item, id: 'h2-fr', language: 'fr', title: 'Premier électrolyseur industriel', published: '2026-10-30T08:00:00Z' };
  const english = { ...item, id: 'h2-en', language: 'en', published: '2026-10-29T08:00:00Z' };
  const { store } = setup({ backend: { feedItems: vi.fn(async () => [french, english]) } });
  await store.getState().loadFeed();
  await answered();
  expect(store.getState().suggestions.map((s) => s.item.id)).toEqual(['h2-en', 'h2-fr']);
  store.getState().configure({ locale: 'fr' });
  await answered();
  expect(store.getState().suggestions.map((s) => s.item.id)).toEqual(['h2-fr', 'h2-en']);
});

test('suggestions follow the latest text: an answer that comes late for an older draft is not shown', async () => {
  const answers: Array<(ranked: RankedItem[]) => void> = [];
  const suggest = vi.fn(() => new Promise<RankedItem[]>((resolve) => answers.push(resolve)));
  const { store, port } = setup({ backend: { feedItems: vi.fn(async () => [item]), suggest } });
  await store.getState().loadFeed();
  port.text = 'Grenoble';
  store.getState().textChanged(port.text);
  await pause(100);
  expect(suggest).toHaveBeenLastCalledWith(expect.objectContaining({ draft: 'Grenoble', linkedItemId: null, locale: 'en' }));
  const newer = createRanker([item]).rank({ draft: 'Grenoble' })[0]!;
  answers.at(-1)!([newer]);
  // The answer to the empty draft, asked first, arrives last.
  answers[0]!([]);
  await answered();
  expect(store.getState().suggestions).toEqual([newer]);
});

test('when the background cannot rank, the last suggestions stay and nothing breaks', async () => {
  const { store, port, backend } = setup({ backend: { feedItems: vi.fn(async () => [item]) } });
  await store.getState().loadFeed();
  await answered();
  expect(store.getState().suggestions).toHaveLength(1);
  vi.mocked(backend.suggest).mockRejectedValue(new Error('Could not establish connection'));
  port.text = 'Grenoble';
  store.getState().textChanged(port.text);
  await pause(100);
  expect(store.getState().suggestions).toHaveLength(1);
  expect(store.getState().problem).toBeNull();
});

test('a huge draft is not saved, says so clearly, and stays in the editor', async () => {
  const { store, backend, port } = setup();
  port.text = 'a'.repeat(150_000);
  store.getState().textChanged(port.text);
  await pause(60);
  expect(backend.saved).toEqual([]);
  expect(store.getState().problem).toBe('err_draft_too_long');
  expect(port.text).toHaveLength(150_000);
});

test('"Not a secret" is saved with the draft and comes back when the draft is restored', async () => {
  const { store, backend } = setup({ text: 'Project Orion ships' });
  store.getState().configure({});
  store.getState().dismissFinding(store.getState().findings.find((f) => f.category === 'codename')!);
  await pause(60);
  const saved = backend.saved.at(-1) as { dismissedFindings: string[]; id: string; text: string; updatedAt: number };
  expect(saved.dismissedFindings).toEqual(['codename:project orion']);

  const restored = setup({ backend: { restorableDraft: vi.fn(async () => saved) } });
  await restored.store.getState().checkRestore();
  restored.store.getState().restoreDraft();
  await pause();
  expect(restored.store.getState().findings.some((f) => f.category === 'codename')).toBe(false);
});
