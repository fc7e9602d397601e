import { x } from '../../utils/platforms/x';
import { emulateLayout, loadFixture } from './dom-fixture';

beforeEach(() => emulateLayout());

describe('x adapter', () => {
  test('finds the home box and both thread parts of the modal, not the testid wrappers', () => {
    const doc = loadFixture('x/home.html');
    const composers = x.findComposers(doc);
    expect(composers.map((c) => [c.editor.dataset.testid, c.part])).toEqual([
      ['tweetTextarea_0', 0],
      ['tweetTextarea_0', 0],
      ['tweetTextarea_1', 1],
    ]);
  });

  test('reads Draft.js blocks, empty lines and decorated hashtags', () => {
    const doc = loadFixture('x/home.html');
    expect(x.readText(x.findComposers(doc)[0]!)).toBe('Line one 🎉\n\nLine #three');
  });

  test('the inline box posts with tweetButtonInline; thread parts share the modal tweetButton', () => {
    const doc = loadFixture('x/home.html');
    const [home, part0, part1] = x.findComposers(doc);
    expect(x.publishButton(home!)?.dataset.testid).toBe('tweetButtonInline');
    expect(x.publishButton(part0!)?.dataset.testid).toBe('tweetButton');
    expect(x.publishButton(part1!)).toBe(x.publishButton(part0!));
    expect(home!.anchor.getAttribute('data-testid')).toBe('tweetTextarea_0_label');
  });

  test('Ctrl+Enter and Cmd+Enter publish, Enter alone does not', () => {
    expect(x.isSubmitShortcut(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(x.isSubmitShortcut(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }))).toBe(true);
    expect(x.isSubmitShortcut(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
  });
});
