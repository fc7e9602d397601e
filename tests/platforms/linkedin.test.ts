import { linkedin } from '../../utils/platforms/linkedin';
import { emulateLayout, loadFixture } from './dom-fixture';

beforeEach(() => emulateLayout());

describe('linkedin adapter', () => {
  test('finds the classic Quill share box inside #interop-outlet and the comment box, never the hidden decoy', () => {
    const doc = loadFixture('linkedin/classic-sharebox.html');
    const composers = linkedin.findComposers(doc);
    expect(composers.map((c) => [c.kind, c.editorKind])).toEqual([
      ['comment', 'quill'],
      ['post', 'quill'],
    ]);
    const post = composers.find((c) => c.kind === 'post')!;
    expect(post.editor.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(post.editor.closest('.preload-copy')).toBeNull();
    expect(post.anchor.classList.contains('share-creation-state__text-editor')).toBe(true);
  });

  test('reads Quill text line by line as the model holds it', () => {
    const doc = loadFixture('linkedin/classic-sharebox.html');
    const post = linkedin.findComposers(doc).find((c) => c.kind === 'post')!;
    expect(linkedin.readText(post)).toBe('Hello team\n\nSecond line');
  });

  test('publish buttons: classic Post, classic Comment', () => {
    const doc = loadFixture('linkedin/classic-sharebox.html');
    const [comment, post] = linkedin.findComposers(doc);
    expect(linkedin.publishButton(post!)?.textContent).toBe('Post');
    expect(linkedin.publishButton(comment!)?.textContent).toBe('Comment');
    expect(linkedin.limit(post!)).toBe(3000);
    expect(linkedin.limit(comment!)).toBe(1250);
  });

  test('finds the SDUI TipTap share box and comment, and ignores messaging', () => {
    const doc = loadFixture('linkedin/sdui-sharebox.html');
    const composers = linkedin.findComposers(doc);
    expect(composers.map((c) => [c.kind, c.editorKind])).toEqual([
      ['post', 'tiptap'],
      ['comment', 'tiptap'],
    ]);
    const [post, comment] = composers;
    expect(linkedin.readText(post!)).toBe('First\n\nThird');
    // The Post button is the dialog's only text-only button; icon buttons are skipped.
    expect(linkedin.publishButton(post!)?.textContent).toBe('Post');
    expect(linkedin.publishButton(comment!)?.textContent).toBe('Comment');
    expect(post!.anchor.getAttribute('data-testid')).toBe('ui-core-tiptap-text-editor-wrapper');
  });

  test('knows the site\'s "Start a post" triggers, and nothing else, as compose triggers', () => {
    const doc = loadFixture('linkedin/classic-sharebox.html');
    expect(linkedin.isComposeTrigger(doc.querySelector('button.share-box-feed-entry__trigger')!)).toBe(true);
    const sdui = doc.createElement('div');
    sdui.setAttribute('aria-label', 'Start a post');
    expect(linkedin.isComposeTrigger(sdui)).toBe(true);
    expect(linkedin.isComposeTrigger(doc.body)).toBe(false);
    expect(linkedin.isComposeTrigger(doc.createElement('button'))).toBe(false);
  });

  test('finds nothing after a redesign removes every hook', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>text</p></div>';
    expect(linkedin.findComposers(document)).toEqual([]);
  });
});
