import { SCAN_INTERVAL_MS, watchComposers } from '../../utils/platforms/composer-watcher';
import { linkedin } from '../../utils/platforms/linkedin';
import { x } from '../../utils/platforms/x';
import type { Composer } from '../../utils/platforms/types';
import { emulateLayout, loadFixture } from './dom-fixture';

beforeEach(() => {
  emulateLayout();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Lets the mutation observer run and the throttled scan it schedules fire. */
const nextScan = () => vi.advanceTimersByTimeAsync(SCAN_INTERVAL_MS);

test('reports composers as they appear in the page and in the shadow root, and as they go', async () => {
  document.body.innerHTML = '<div id="interop-outlet"></div>';
  const added: Composer[] = [];
  const removed: Composer[] = [];
  const abort = new AbortController();
  watchComposers(linkedin, document, { added: (c) => added.push(c), removed: (c) => removed.push(c) }, abort.signal);
  expect(added).toHaveLength(0);

  const root = document.querySelector('#interop-outlet')!.attachShadow({ mode: 'open' });
  // The shadow root appeared after the watcher started: the host's change triggers a scan that observes it.
  document.body.append(document.createElement('span'));
  await nextScan();
  root.innerHTML = '<div data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true"><p>x</p></div></div>';
  await nextScan();
  expect(added.map((c) => c.editorKind)).toEqual(['quill']);

  root.innerHTML = '';
  await nextScan();
  expect(removed).toHaveLength(1);
  abort.abort();
});

test('several composers at once, each reported once, all removed on abort', async () => {
  loadFixture('x/home.html');
  const added: Composer[] = [];
  const removed: Composer[] = [];
  const abort = new AbortController();
  watchComposers(x, document, { added: (c) => added.push(c), removed: (c) => removed.push(c) }, abort.signal);
  document.body.append(document.createElement('div'));
  await nextScan();
  expect(added).toHaveLength(3);
  abort.abort();
  expect(removed).toHaveLength(3);
});
