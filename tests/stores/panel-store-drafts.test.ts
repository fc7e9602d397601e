// Issue 10, "Nothing typed is lost": autosave timing, refused saves and restored drafts, with fake timers.
import type { PanelBackend } from '../../utils/browser/background-client';
import type { DraftInput } from '../../utils/messaging/protocol';
import { setupPanel, fakeTimersInEveryTest } from './panel-fakes';

fakeTimersInEveryTest();

// No saveDelayMs: these tests are about the shipped timing.
function setup(options: { text?: string; backend?: Partial<PanelBackend> } = {}) {
  const panel = setupPanel(options);
  return { ...panel, saved: panel.backend.saved };
}

/** Types `text` one character every `gapMs`, as a person does. */
function typeSlowly(store: ReturnType<typeof setup>['store'], port: ReturnType<typeof setup>['port'], text: string, gapMs: number) {
  for (const char of text) {
    port.text += char;
    store.getState().textChanged(port.text);
    vi.advanceTimersByTime(gapMs);
  }
}

test('a pause of a third of a second saves what was typed', () => {
  const { store, port, saved } = setup();
  typeSlowly(store, port, 'Hello', 50);
  vi.advanceTimersByTime(300);
  expect(saved.at(-1)?.text).toBe('Hello');
});

test('typing without pause still saves at least once a second: a crash loses at most a second', () => {
  const { store, port, saved } = setup();
  // 40 characters, one every 100 ms: 4 s of uninterrupted typing.
  typeSlowly(store, port, 'x'.repeat(40), 100);
  expect(saved.length).toBeGreaterThanOrEqual(3);
  expect(saved.at(-1)!.text.length).toBeGreaterThanOrEqual(30);
});

test('flush sends the save at once, synchronously (the page is going away)', () => {
  const { store, port, backend } = setup();
  port.text = 'Typed just before the reload';
  store.getState().textChanged(port.text);
  void store.getState().flush();
  expect(backend.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ text: 'Typed just before the reload' }));
});

test('flush reads the editor itself: a keystroke not yet observed is saved too', () => {
  const { store, port, backend } = setup();
  port.text = 'Last keystroke not yet seen by the observer';
  void store.getState().flush();
  expect(backend.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ text: port.text }));
});

test('a save the database refused is shown, and the draft keeps saving as a new row', async () => {
  const refusedIds = new Set<string>();
  const { store, port, saved } = setup({
    backend: {
      saveDraft: vi.fn(async (draft: DraftInput) => {
        saved.push(draft);
        // The stored row is newer (clock skew, an imported future date): the first id is refused.
        if (saved.length === 1) refusedIds.add(draft.id);
        return { saved: !refusedIds.has(draft.id) };
      }),
    },
  });
  const first = store.getState().draftId;
  port.text = 'Restored and edited';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(300);
  expect(store.getState().notice).toBe('panel_draft_forked');
  expect(store.getState().draftId).not.toBe(first);
  // The text was written again under the new id without waiting for another keystroke.
  expect(saved.at(-1)).toMatchObject({ id: store.getState().draftId, text: 'Restored and edited' });
  port.text += ', and more';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(300);
  expect(saved.at(-1)).toMatchObject({ id: store.getState().draftId, text: 'Restored and edited, and more' });
});

test('restoring a draft writes a row of its own that claims the old one: two tabs never share a row', async () => {
  const offer = { id: 'old', text: 'Where I left off', updatedAt: 5 };
  const a = setup({ backend: { restorableDraft: vi.fn(async () => offer) } });
  const b = setup({ backend: { restorableDraft: vi.fn(async () => offer) } });
  for (const tab of [a, b]) {
    await tab.store.getState().checkRestore();
    expect(tab.store.getState().restoreDraft()).toBe(true);
    expect(tab.port.text).toBe('Where I left off');
  }
  expect(a.store.getState().draftId).not.toBe('old');
  expect(b.store.getState().draftId).not.toBe('old');
  expect(a.store.getState().draftId).not.toBe(b.store.getState().draftId);
  // Saved right away, naming the row it takes over.
  await vi.advanceTimersByTimeAsync(0);
  expect(a.saved.at(-1)).toMatchObject({ id: a.store.getState().draftId, replaces: 'old', text: 'Where I left off' });
  a.port.text += '!';
  a.store.getState().textChanged(a.port.text);
  await vi.advanceTimersByTimeAsync(300);
  expect(a.saved.at(-1)).not.toHaveProperty('replaces');
});

test('a thread settles together: the first part records the others\' drafts, every part starts afresh', async () => {
  const { store, backend } = setup({ text: 'Part one' });
  const first = store.getState().draftId;
  store.getState().publishing(true);
  expect(store.getState().publishPending).toBe(true);
  await store.getState().published('Part one\n\nPart two', true, ['part-two-draft']);
  expect(backend.recordPublish).toHaveBeenCalledWith(
    expect.objectContaining({ draftId: first, partDraftIds: ['part-two-draft'], text: 'Part one\n\nPart two' }),
  );
  expect(store.getState().publishPending).toBe(false);
  expect(store.getState().draftId).not.toBe(first);
});

test('a publish is recorded after the save still on its way, so the draft row it marks exists', async () => {
  const order: string[] = [];
  let finishSave: () => void = () => {};
  const { store, port } = setup({
    backend: {
      saveDraft: vi.fn(() => {
        order.push('save sent');
        return new Promise<{ saved: boolean }>((resolve) => {
          finishSave = () => {
            order.push('save done');
            resolve({ saved: true });
          };
        });
      }),
      recordPublish: vi.fn(async () => void order.push('publish sent')),
    },
  });
  port.text = 'Posted right after restoring';
  void store.getState().flush();
  const published = store.getState().published(port.text);
  await vi.advanceTimersByTimeAsync(0);
  finishSave();
  await published;
  expect(order).toEqual(['save sent', 'save done', 'publish sent']);
});

test('a database that refuses every save gets one fork, not an endless loop; the text stays for the next try', async () => {
  const { store, port, backend } = setup({ backend: { saveDraft: vi.fn(async () => ({ saved: false })) } });
  port.text = 'Nothing sticks';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(1000);
  expect(backend.saveDraft).toHaveBeenCalledTimes(2);
  expect(store.getState().notice).toBe('panel_draft_forked');
  expect(store.getState().problem).toBe('err_background_unavailable');
});

test('Publish sends the save still waiting for its debounce, so the published draft holds the final text', async () => {
  const { store, port, saved } = setup();
  typeSlowly(store, port, 'Final words', 20);
  const before = saved.length;
  // The click comes before the debounce: the guard says a publish is under way...
  store.getState().publishing(true);
  expect(saved.slice(before).map((draft) => draft.text)).toEqual(['Final words']);
  // ...then the site clears the editor: that empty text is not saved over the draft.
  port.text = '';
  store.getState().textChanged('');
  await vi.advanceTimersByTimeAsync(2000);
  expect(saved.at(-1)?.text).toBe('Final words');
});
