import type { Attachment } from '../checks/types';
import { readEditorText } from '../dom/editor-text';
import type { ComposerKind, PlatformAdapter } from './types';
import { isRendered } from './types';

// X's desktop composer is Draft.js in every public source of 2026; data-testid values are
// locale-independent. Selectors checked 2026-11.

/** Editor of every composer: home box, /compose/post modal, reply box, thread parts _1, _2 ... */
const EDITOR = '[data-testid^="tweetTextarea_"]';
/** The testid prefix also names wrappers (tweetTextarea_0_label, ..RichTextInputContainer). */
const EDITOR_TESTID = /^tweetTextarea_(\d+)$/;
/** Narrow layout: a plain textarea carries the testid or sits inside it. */
const POST_BUTTONS = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
const MODAL = '[role="dialog"]';
const ATTACHMENT_IMAGES = '[data-testid="attachments"] img';

/** Standard accounts; Premium allows 25,000 but the composer still warns past 280. */
// The side navigation's "Post" (desktop) and the floating one (narrow windows), 2026.
const COMPOSE_TRIGGERS = '[data-testid="SideNav_NewTweet_Button"], [data-testid="FloatingActionButtons_Tweet_Button"]';
const WEIGHTED_LIMIT = 280;

function editorsIn(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of Array.from(doc.querySelectorAll<HTMLElement>(EDITOR))) {
    if (!EDITOR_TESTID.test(element.dataset.testid ?? '')) continue;
    if (element.isContentEditable || element.getAttribute('contenteditable') === 'true' || element instanceof HTMLTextAreaElement) {
      found.push(element);
    }
    else {
      const textarea = element.querySelector('textarea');
      if (textarea) found.push(textarea);
    }
  }
  return found;
}

function partOf(editor: HTMLElement): number {
  const owner = editor.closest<HTMLElement>(EDITOR);
  return Number(EDITOR_TESTID.exec(owner?.dataset.testid ?? '')?.[1] ?? 0);
}

function kindOf(editor: HTMLElement, url: URL): ComposerKind {
  if (url.pathname.includes('/status/') && !editor.closest(MODAL)) return 'reply';
  if (url.searchParams.has('in_reply_to')) return 'reply';
  return 'post';
}

function anchorOf(editor: HTMLElement): Element {
  const testid = editor.closest<HTMLElement>(EDITOR)?.dataset.testid;
  return (
    (testid && editor.closest(`[data-testid="${testid}_label"]`)) ||
    (testid && editor.closest(`[data-testid="${testid}RichTextInputContainer"]`)) ||
    editor.closest('.DraftEditor-root') ||
    editor
  );
}

/** The nearest Post button above the editor: inline box, reply box, or the modal's "Post all". */
function nearestPublishButton(editor: HTMLElement): HTMLElement | null {
  for (let node = editor.parentElement; node; node = node.parentElement) {
    const button = node.querySelector<HTMLElement>(POST_BUTTONS);
    if (button) return button;
    if (node.matches(MODAL)) return null;
  }
  return null;
}

export const x: PlatformAdapter = {
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  searchRoots: (doc) => [doc],

  findComposers(doc) {
    const url = new URL(doc.location?.href ?? 'https://x.com/');
    return editorsIn(doc)
      .filter(isRendered)
      .map((editor) => ({
        editor,
        editorKind: editor instanceof HTMLTextAreaElement ? 'textarea' : 'draft',
        kind: kindOf(editor, url),
        anchor: anchorOf(editor),
        part: partOf(editor),
      }));
  },

  readText: (composer) => readEditorText(composer.editor),

  // Draft.js: a synthetic paste is right in every case; execCommand crashes it on an empty editor
  // and on multi-line text (insertion probe, `npm run probe`, Chromium 156 and Firefox ESR 153, 2026-12).
  insertStrategies: () => ['paste'],

  publishButton: (composer) => nearestPublishButton(composer.editor),

  isSubmitShortcut: (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey,

  limit: () => WEIGHTED_LIMIT,

  isComposeTrigger: (element) => element.matches(COMPOSE_TRIGGERS),

  attachments({ editor }) {
    const scope = editor.closest(MODAL) ?? editor.closest('[data-testid="primaryColumn"]') ?? editor.ownerDocument;
    return Array.from(scope.querySelectorAll<HTMLImageElement>(ATTACHMENT_IMAGES)).map(
      (image): Attachment => ({ kind: 'image', alt: image.alt === 'Image' ? '' : image.alt }),
    );
  },
};

// Fixtures: tests/fixtures/sites/x.html and x.jsx (home inline box, /compose/post modal with thread parts, status reply).
