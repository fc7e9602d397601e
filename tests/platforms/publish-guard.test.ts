import { installPublishGuard, type PublishSession } from '../../utils/platforms/publish-guard';
import { x } from '../../utils/platforms/x';
import { emulateLayout, loadFixture } from './dom-fixture';

beforeEach(() => {
  emulateLayout();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** X's home page with the publish guard over its composers; `hold` says whether a check holds the publish. */
function guardXHome(hold: boolean | (() => boolean), options: { dialog?: boolean } = {}) {
  loadFixture('x/home.html');
  const composers = x.findComposers(document);
  const log: Array<{ part: number; text: string; record: boolean; partDraftIds?: string[] }> = [];
  const pending: boolean[] = [];
  let resume: (() => void) | null = null;
  const sessions: PublishSession[] = composers.map((composer) => ({
    composer,
    readText: () => x.readText(composer),
    draftId: () => `draft-${composer.part}`,
    shouldHold: () => (typeof hold === 'function' ? hold() : hold),
    hold: (r) => {
      if (options.dialog === false) return false;
      resume = r;
      return true;
    },
    confirmText: () => 'Publish without the check?',
    publishing: (isPending) => pending.push(isPending),
    published: (text, record, partDraftIds) =>
      log.push({ part: composer.part, text, record, ...(partDraftIds.length ? { partDraftIds } : {}) }),
  }));
  const abort = new AbortController();
  installPublishGuard(x, window, () => sessions, abort.signal);
  return { log, pending, resume: () => resume?.(), abort };
}

const inlineButton = () => document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
const clearInlineEditor = () => document.querySelector('[data-testid="primaryColumn"] [data-contents]')!.replaceChildren();

test('a click on Post records the text read before the site clears it, once the site has taken the post', () => {
  const { log, abort } = guardXHome(false);
  // The site clears the editor once its server accepted the post (here a moment later).
  inlineButton().addEventListener('click', () => setTimeout(clearInlineEditor, 400));
  inlineButton().click();
  expect(log).toEqual([]);
  vi.advanceTimersByTime(1000);
  expect(log).toEqual([{ part: 0, text: 'Line one 🎉\n\nLine #three', record: true }]);
  abort.abort();
});

test('a post the site rejected (the composer keeps its text) is never logged as published', () => {
  const { log, pending, abort } = guardXHome(false);
  inlineButton().click();
  vi.advanceTimersByTime(60_000);
  expect(log).toEqual([]);
  // The panel was told a publish was under way, then that it did not happen.
  expect(pending).toEqual([true, false]);
  // Trying again, accepted this time: logged once, not twice.
  inlineButton().addEventListener('click', clearInlineEditor);
  inlineButton().click();
  vi.advanceTimersByTime(1000);
  expect(log).toHaveLength(1);
  abort.abort();
});

test('a thread is recorded once the site took it, its parts joined and settled together', () => {
  const { log, abort } = guardXHome(false);
  document.querySelector<HTMLElement>('[data-testid="tweetButton"]')!.click();
  vi.advanceTimersByTime(300);
  expect(log).toEqual([]);
  // The compose dialog closes: every part's editor leaves the page.
  document.querySelector('[role="dialog"]')!.remove();
  vi.advanceTimersByTime(1000);
  expect(log).toEqual([
    { part: 0, text: 'Part one\n\nPart two', record: true, partDraftIds: ['draft-1'] },
    { part: 1, text: 'Part two', record: false },
  ]);
  abort.abort();
});

test('the hold fails safe: when the check throws, a plain confirmation decides, never an unchecked post', () => {
  const { abort } = guardXHome(() => {
    throw new Error('rule crashed');
  });
  const sitePublished = vi.fn();
  inlineButton().addEventListener('click', sitePublished);
  const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
  inlineButton().click();
  expect(confirm).toHaveBeenCalledWith('Publish without the check?');
  expect(sitePublished).not.toHaveBeenCalled();
  inlineButton().click();
  vi.advanceTimersByTime(0);
  expect(sitePublished).toHaveBeenCalledTimes(1);
  abort.abort();
});

test('a panel that cannot show its dialog falls back to a plain confirmation, never swallowing the click', () => {
  const { abort } = guardXHome(true, { dialog: false });
  const sitePublished = vi.fn();
  inlineButton().addEventListener('click', sitePublished);
  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  inlineButton().click();
  expect(confirm).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(0);
  expect(sitePublished).toHaveBeenCalledTimes(1);
  abort.abort();
});

test('held: the site never sees the click until "Publish anyway", which clicks its own button', () => {
  const { log, resume, abort } = guardXHome(true);
  const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  const sitePublished = vi.fn();
  button.addEventListener('click', sitePublished);
  button.click();
  expect(sitePublished).not.toHaveBeenCalled();
  expect(log).toEqual([]);
  resume();
  expect(sitePublished).toHaveBeenCalledTimes(1);
  clearInlineEditor();
  vi.advanceTimersByTime(1000);
  expect(log).toHaveLength(1);
  abort.abort();
});

test('Ctrl+Enter in the editor is held the same way; a disabled Post button means nothing is published', () => {
  const { log, abort } = guardXHome(true);
  const editor = document.querySelector<HTMLElement>('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;
  editor.focus();
  const siteKeydown = vi.fn();
  editor.addEventListener('keydown', siteKeydown);
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  expect(siteKeydown).not.toHaveBeenCalled();

  document.querySelector('[data-testid="tweetButtonInline"]')!.setAttribute('aria-disabled', 'true');
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  expect(siteKeydown).toHaveBeenCalledTimes(1);
  expect(log).toEqual([]);
  abort.abort();
});
