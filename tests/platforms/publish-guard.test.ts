import { installPublishGuard, type PublishSession } from '../../utils/platforms/publish-guard';
import { x } from '../../utils/platforms/x';
import { emulateLayout, loadFixture } from './dom-fixture';

beforeEach(() => emulateLayout());

function sessionsFor(hold: boolean) {
  const composers = x.findComposers(document);
  const log: Array<{ part: number; text: string; record: boolean }> = [];
  let resume: (() => void) | null = null;
  const sessions: PublishSession[] = composers.map((composer) => ({
    composer,
    readText: () => x.readText(composer),
    shouldHold: () => hold,
    hold: (r) => {
      resume = r;
    },
    published: (text, record) => log.push({ part: composer.part, text, record }),
  }));
  return { sessions, log, resume: () => resume?.() };
}

test('a click on Post records the text before the site clears it', () => {
  loadFixture('x/home.html');
  const { sessions, log } = sessionsFor(false);
  const abort = new AbortController();
  installPublishGuard(x, window, () => sessions, abort.signal);
  const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  // The site clears the editor in its own (bubbling) handler.
  button.addEventListener('click', () => document.querySelector('[data-testid="primaryColumn"] [data-contents]')!.replaceChildren());
  button.click();
  expect(log).toEqual([{ part: 0, text: 'Line one 🎉\n\nLine #three', record: true }]);
  abort.abort();
});

test('a thread is recorded once, its parts joined', () => {
  loadFixture('x/home.html');
  const { sessions, log } = sessionsFor(false);
  const abort = new AbortController();
  installPublishGuard(x, window, () => sessions, abort.signal);
  document.querySelector<HTMLElement>('[data-testid="tweetButton"]')!.click();
  expect(log).toEqual([
    { part: 0, text: 'Part one\n\nPart two', record: true },
    { part: 1, text: 'Part two', record: false },
  ]);
  abort.abort();
});

test('held: the site never sees the click until "Publish anyway", which clicks its own button', () => {
  loadFixture('x/home.html');
  const { sessions, log, resume } = sessionsFor(true);
  const abort = new AbortController();
  installPublishGuard(x, window, () => sessions, abort.signal);
  const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  const sitePublished = vi.fn();
  button.addEventListener('click', sitePublished);
  button.click();
  expect(sitePublished).not.toHaveBeenCalled();
  expect(log).toEqual([]);
  resume();
  expect(sitePublished).toHaveBeenCalledTimes(1);
  expect(log).toHaveLength(1);
  abort.abort();
});

test('Ctrl+Enter in the editor is held the same way; a disabled Post button means nothing is published', () => {
  loadFixture('x/home.html');
  const { sessions, log } = sessionsFor(true);
  const abort = new AbortController();
  installPublishGuard(x, window, () => sessions, abort.signal);
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
