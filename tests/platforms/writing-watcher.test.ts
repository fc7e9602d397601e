import { x } from '../../utils/platforms/x';
import { watchForWriting } from '../../utils/platforms/writing-watcher';
import { emulateLayout } from './dom-fixture';

beforeEach(() => {
  emulateLayout();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Long enough for anything the watcher would do on its own (it has no timer: nothing should happen). */
const aWhile = () => vi.advanceTimersByTimeAsync(1_000);

const HOME_BOX = `
  <div data-testid="primaryColumn">
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
    <button data-testid="tweetButtonInline">Post</button>
  </div>`;
const MODAL = `
  <div role="dialog">
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
    <button data-testid="tweetButton">Post</button>
  </div>`;

/** A loader the test settles by hand, counting how often it was asked. */
function manualLoader() {
  let settle: (ready: boolean) => void = () => {};
  const loader = Object.assign(
    vi.fn(() => new Promise<boolean>((resolve) => (settle = resolve))),
    { settle: (ready: boolean) => settle(ready) },
  );
  return loader;
}

test('a composer that is part of the page loads nothing until the pointer reaches it', async () => {
  document.body.innerHTML = HOME_BOX;
  const loader = manualLoader();
  const abort = new AbortController();
  watchForWriting(x, document, window, loader, abort.signal);
  await aWhile();
  expect(loader).not.toHaveBeenCalled();
  document.querySelector('[data-testid="tweetTextarea_0"]')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
  expect(loader).toHaveBeenCalledTimes(1);
  document.querySelector('[data-testid="tweetTextarea_0"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  expect(loader).toHaveBeenCalledTimes(1);
  abort.abort();
});

test('the pointer resting on the site\'s own "Post" button starts loading the panel before the click opens the composer', async () => {
  document.body.innerHTML = '<nav><a data-testid="SideNav_NewTweet_Button" href="/compose/post"><span>Post</span></a></nav><p id="post">a post</p>';
  const loader = manualLoader();
  const abort = new AbortController();
  watchForWriting(x, document, window, loader, abort.signal);
  document.querySelector('#post')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
  await aWhile();
  expect(loader).not.toHaveBeenCalled();
  // Over the label inside the button, as a real pointer is.
  document.querySelector('[data-testid="SideNav_NewTweet_Button"] span')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
  expect(loader).toHaveBeenCalledTimes(1);
  abort.abort();
});

test('a composer opened later loads the panel when the focus moves into it; pointer moves elsewhere look nothing up', async () => {
  document.body.innerHTML = '<p id="post">a post</p>';
  const loader = manualLoader();
  const abort = new AbortController();
  const findComposers = vi.spyOn(x, 'findComposers');
  watchForWriting(x, document, window, loader, abort.signal);
  findComposers.mockClear();
  document.querySelector('#post')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
  expect(findComposers).not.toHaveBeenCalled();

  document.body.insertAdjacentHTML('beforeend', MODAL);
  await aWhile();
  expect(loader).not.toHaveBeenCalled();
  document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  expect(loader).toHaveBeenCalledTimes(1);
  abort.abort();
});

test.each([
  ['the panel is ready', true],
  ['the panel failed', false],
])('Post clicked before the panel runs is held, then replayed once %s', async (_, ready) => {
  document.body.innerHTML = HOME_BOX;
  const loader = manualLoader();
  const abort = new AbortController();
  watchForWriting(x, document, window, loader, abort.signal);
  const siteHandler = vi.fn();
  const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  button.addEventListener('click', siteHandler);

  button.click();
  expect(siteHandler).not.toHaveBeenCalled();
  expect(loader).toHaveBeenCalledTimes(1);

  loader.settle(ready);
  await aWhile();
  // Replayed once; from then on the panel's own guard (or nobody) decides, the watcher is out of the way.
  expect(siteHandler).toHaveBeenCalledTimes(1);
  button.click();
  expect(siteHandler).toHaveBeenCalledTimes(2);
  expect(loader).toHaveBeenCalledTimes(1);
  abort.abort();
});
