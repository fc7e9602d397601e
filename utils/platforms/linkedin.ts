import type { Attachment } from '../checks/types';
import { readEditorText } from '../dom/editor-text';
import type { ComposerKind, EditorKind, PlatformAdapter } from './types';
import { isRendered, uniqueElements } from './types';

// LinkedIn serves two share boxes per account in 2026 (A/B by account, 2026-11): the classic Ember one (Quill v1)
// inside the open shadow root of #interop-outlet, and the SDUI <dialog> with TipTap. Selectors checked 2026-11.

/** Open shadow root LinkedIn renders the classic composer and messaging into (2026-02 onwards). */
const INTEROP_HOST = '#interop-outlet';
/** Classic post editor: LinkedIn's own test hook on Quill's root (most stable). */
const QUILL_EDITOR = '.ql-editor[contenteditable="true"]';
/** SDUI share box editor (TipTap): one of the few named, stable componentkeys (2026-08..10). */
const TIPTAP_SHARE_EDITOR = '[componentkey="ShareBox_textEditor"][contenteditable="true"]';
/** 2026 TipTap comment boxes. */
const TIPTAP_COMMENT_EDITOR = '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]';
/** Shared prefix of post and comment editors' labels (en locale only; fallback). */
const LABELLED_EDITOR = '[contenteditable="true"][role="textbox"][aria-label^="Text editor for creating"]';
/** Messaging editor: not a composer we serve. */
const MESSAGING_EDITOR = '.msg-form__contenteditable';

const CLASSIC_SHARE_MODAL = '[data-test-modal-id="sharebox"]';
const CLASSIC_POST_BUTTON = 'button.share-actions__primary-action';
const CLASSIC_COMMENT_FORM = 'form.comments-comment-box__form, .comments-comment-box';
const CLASSIC_COMMENT_BUTTON = 'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button';
const SDUI_SHARE_SCREEN = '[data-sdui-screen*="sharing.ShareCompose"]';
const TIPTAP_WRAPPER = '[data-testid="ui-core-tiptap-text-editor-wrapper"]';
const TIPTAP_COMMENT_BOX = '[componentkey^="commentBox-"]';
const TIPTAP_COMMENT_BUTTON = '[componentkey*="commentButtonSection"] button, button[componentkey*="commentButtonSection"]';
const ATTACHMENT_IMAGES = '.share-creation-state__media-preview img, [data-test-media-preview] img, #ShareBoxpreviewCard img';

// "Start a post": the classic trigger button and its fallbacks (Dec 2025), the 2026 hashed div labelled "Start a
// post" (locales without that label rely on the focus of the editor the trigger opens).
const COMPOSE_TRIGGERS = 'button.share-box-feed-entry__trigger, .share-box-feed-entry__closed-share-box, [aria-label="Start a post"]';
const POST_LIMIT = 3000;
/** Unofficial: LinkedIn documents none; most public sources say 1,250 (2026). */
const COMMENT_LIMIT = 1250;

function searchRoots(doc: Document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  const host = doc.querySelector(INTEROP_HOST);
  if (host?.shadowRoot) roots.push(host.shadowRoot);
  return roots;
}

function editorKindOf(editor: HTMLElement): EditorKind {
  if (editor.classList.contains('ql-editor')) return 'quill';
  return 'tiptap';
}

function kindOf(editor: HTMLElement): ComposerKind {
  if (editor.closest(CLASSIC_COMMENT_FORM) || editor.closest(TIPTAP_COMMENT_BOX)) return 'comment';
  if (/comment/i.test(editor.getAttribute('aria-label') ?? '')) return 'comment';
  return 'post';
}

function anchorOf(editor: HTMLElement, editorKind: EditorKind): Element {
  if (editorKind === 'quill') {
    return editor.closest('.share-creation-state__text-editor') ?? editor.closest('.ql-container') ?? editor;
  }
  return editor.closest(TIPTAP_WRAPPER) ?? editor;
}

/** The SDUI Post button has no stable attribute: it is the dialog's only text-only button (2026-11). */
function textOnlyButton(container: Element): HTMLElement | null {
  const candidates = Array.from(container.querySelectorAll('button')).filter(
    (button) => !button.querySelector('svg, img') && !button.hasAttribute('aria-haspopup') && button.textContent?.trim(),
  );
  return candidates.at(-1) ?? null;
}

export const linkedin: PlatformAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  searchRoots,

  findComposers(doc) {
    const editors = searchRoots(doc).flatMap((root) =>
      Array.from(
        root.querySelectorAll<HTMLElement>(
          [QUILL_EDITOR, TIPTAP_SHARE_EDITOR, TIPTAP_COMMENT_EDITOR, LABELLED_EDITOR].join(', '),
        ),
      ),
    );
    return uniqueElements(editors)
      // The light-DOM preload copy of the classic editor is hidden: never anchor to it.
      .filter((editor) => isRendered(editor) && !editor.matches(MESSAGING_EDITOR))
      .map((editor) => {
        const editorKind = editorKindOf(editor);
        return { editor, editorKind, kind: kindOf(editor), anchor: anchorOf(editor, editorKind), part: 0 };
      });
  },

  readText: (composer) => readEditorText(composer.editor),

  // Measured in tests/e2e/insertion-probe (Chromium 156): Quill v1 ignores a synthetic paste (and
  // throws in its handler); native editing works for Quill and TipTap in every case, whereas a
  // plain-text paste into TipTap loses blank lines.
  insertStrategies: () => ['execCommand'],

  publishButton({ editor, kind, editorKind }) {
    if (kind === 'comment') {
      // Present only once text is entered.
      const box = editor.closest(CLASSIC_COMMENT_FORM) ?? editor.closest(TIPTAP_COMMENT_BOX);
      return box?.querySelector<HTMLElement>(editorKind === 'quill' ? CLASSIC_COMMENT_BUTTON : TIPTAP_COMMENT_BUTTON) ?? null;
    }
    if (editorKind === 'quill') {
      return editor.closest(CLASSIC_SHARE_MODAL)?.querySelector<HTMLElement>(CLASSIC_POST_BUTTON) ?? null;
    }
    const container = editor.closest('dialog') ?? editor.closest(SDUI_SHARE_SCREEN);
    return container ? textOnlyButton(container) : null;
  },

  // LinkedIn publishes by click only.
  isSubmitShortcut: () => false,

  limit: (composer) => (composer.kind === 'comment' ? COMMENT_LIMIT : POST_LIMIT),

  isComposeTrigger: (element) => element.matches(COMPOSE_TRIGGERS),

  attachments({ editor }) {
    const container = editor.closest(CLASSIC_SHARE_MODAL) ?? editor.closest('dialog');
    if (!container) return [];
    return Array.from(container.querySelectorAll<HTMLImageElement>(ATTACHMENT_IMAGES)).map(
      (image): Attachment => ({ kind: 'image', alt: image.alt }),
    );
  },
};

// Fixtures: tests/fixtures/sites/linkedin.html and linkedin.js (classic Quill share box + decoy + comment; SDUI
// TipTap dialog + comment).
