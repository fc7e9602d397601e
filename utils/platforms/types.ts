import type { Attachment } from '../checks/types';
import type { Platform } from '../platform';
import type { InsertStrategy } from '../dom/insert-text';
import type { ComposerKind } from '../composer-kind';

export type { ComposerKind };
export type EditorKind = 'quill' | 'tiptap' | 'draft' | 'textarea';

/** One composer found on the page. Adapters create these; everything else is site-blind. */
export interface Composer {
  /** The element the person types into (contenteditable or textarea). */
  editor: HTMLElement;
  kind: ComposerKind;
  editorKind: EditorKind;
  /** The panel goes right after this element: outside the editable area, inside the same dialog or shadow root. */
  anchor: Element;
  /** Thread position on X (tweetTextarea_N), 0 elsewhere. */
  part: number;
}

/** Everything a site-blind caller needs to know about one site. All selectors of a site live in its adapter. */
export interface PlatformAdapter {
  id: Platform;
  /** Content-script match patterns. */
  matches: string[];
  /** Where composers may live: the document plus any open shadow root the site renders into. */
  searchRoots(doc: Document): Array<Document | ShadowRoot>;
  /** Every live, visible composer on the page now (decoys excluded). */
  findComposers(doc: Document): Composer[];
  /** The text as the editor's own model holds it. */
  readText(composer: Composer): string;
  /** Insertion methods to try, best first, for this editor. */
  insertStrategies(composer: Composer): InsertStrategy[];
  /** The site's own Post/Reply/Comment button for this composer, when present. */
  publishButton(composer: Composer): HTMLElement | null;
  /** True when this keydown publishes on this site (X: Ctrl/Cmd+Enter). */
  isSubmitShortcut(event: KeyboardEvent): boolean;
  /** Length limit for this composer, in the site's own counting. */
  limit(composer: Composer): number;
  /** Media attached to the composer, for the alt-text check. */
  attachments(composer: Composer): Attachment[];
  /**
   * Whether an element is one of the site's own buttons that open a composer ("Start a post", X's "Post"): the
   * watcher starts loading the panel when the pointer or the focus reaches one, before the click.
   */
  isComposeTrigger(element: Element): boolean;
}

/** Enabled as the site itself would enable it. */
export function isEnabledButton(button: Element | null): button is HTMLElement {
  return (
    !!button &&
    !(button as HTMLButtonElement).disabled &&
    button.getAttribute('aria-disabled') !== 'true'
  );
}

/** Visible: a hidden preload copy or a decoy has no layout boxes. */
export function isRendered(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

export function uniqueElements<T extends Element>(elements: Iterable<T>): T[] {
  return Array.from(new Set(elements));
}
